"""The demo organisation's supervision: who supervises whom, 1:1s, a peer group, check-ins.

Builds on people.demo's people. Running it again changes nothing that is already there.
"""

from datetime import time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from people.models import SupervisorAssignment
from supervision import recurrence, services
from supervision.models import (
    Action,
    Attendance,
    Attendee,
    Availability,
    CheckIn,
    Flag,
    Kind,
    MeetingSeries,
    OneToOneRecord,
)
from supervision.services.one_to_one_totals import one_to_one_totals_renumber

DOMAIN = "demo.waymark.test"
VOLUNTEERS = ["volunteer", "bea", "chris", "dee", "eli", "fran"]
WITH_ONE_TO_ONES = ["dee", "chris", "bea"]
# Weekly WHO-5 answers, oldest first; Dee's last week drops and raises flags.
CHECKINS = {
    "dee": [(4, 4, 3, 4, 4), (4, 3, 3, 4, 4), (3, 3, 3, 3, 4), (2, 1, 2, 2, 2)],
    "chris": [(3, 3, 4, 3, 4), (4, 3, 4, 3, 4), (4, 4, 4, 3, 4)],
    "bea": [(4, 4, 4, 4, 4), (4, 4, 3, 4, 4)],
}


def _user(login):
    return get_user_model().objects.get(email=f"{login}@{DOMAIN}")


def _monday_weeks_ago(weeks):
    today = timezone.localdate()
    return today - timedelta(days=today.weekday() + 7 * weeks)


def _assignments(supervisor, manager):
    for login in VOLUNTEERS:
        person = _user(login)
        if not SupervisorAssignment.objects.current().filter(volunteer=person).exists():
            # Nobody is supervised from before they joined.
            joined = getattr(getattr(person, "volunteer_profile", None), "joined_on", None)
            started = max(_monday_weeks_ago(6), joined) if joined else _monday_weeks_ago(6)
            SupervisorAssignment.objects.create(
                volunteer=person, supervisor=supervisor, assigned_by=manager, started_on=started
            )


def _availability(supervisor):
    if Availability.objects.filter(supervisor=supervisor).exists():
        return
    for weekday in (0, 2, 3):
        Availability.objects.create(supervisor=supervisor, weekday=weekday, starts_at=time(10), ends_at=time(13))


def _one_to_ones(supervisor):
    first_wednesday = _monday_weeks_ago(4) + timedelta(days=2)
    for index, login in enumerate(WITH_ONE_TO_ONES):
        person = _user(login)
        if MeetingSeries.objects.filter(kind=Kind.ONE_TO_ONE, organiser=supervisor, members=person).exists():
            continue
        start = recurrence.combine_local(first_wednesday, time(10)) + timedelta(minutes=30 * index)
        series = services.series_create(
            kind=Kind.ONE_TO_ONE, title=f"1:1: {person} with {supervisor}", organiser=supervisor,
            members=[person], dtstart=start, rrule="FREQ=WEEKLY", duration_minutes=30, by=supervisor, strict=False,
        )
        past = list(series.occurrences.filter(starts_at__lt=timezone.now()).order_by("starts_at"))
        Attendee.objects.filter(occurrence__in=past).update(attendance=Attendance.ATTENDED)
        if past:
            # Marked in bulk, as nobody would: the reports' 1:1 totals are numbered again here.
            one_to_one_totals_renumber(person_ids=[person.pk], since=past[0].starts_at)
        if login == "dee" and past:
            record = OneToOneRecord.objects.create(
                occurrence=past[-1], volunteer=person, written_by=supervisor, caseload_discussed=6,
                wellbeing_discussed=True,
                notes="Demo note: tired after two difficult hospital visits; talked about pulling back.",
                shared_notes="Take Friday off from visits. Use the peer group to talk it through.",
            )
            Action.objects.create(
                volunteer=person, record=record, owner=person, description="Book a day off from visits",
                due_on=timezone.localdate() + timedelta(days=5),
            )


def _peer_group(supervisor):
    if MeetingSeries.objects.filter(kind=Kind.PEER_GROUP, organiser=supervisor).exists():
        return
    start = recurrence.combine_local(_monday_weeks_ago(4) + timedelta(days=3), time(13))
    series = services.series_create(
        kind=Kind.PEER_GROUP, title="Peer group", organiser=supervisor, all_volunteers=True, dtstart=start,
        rrule="FREQ=WEEKLY;INTERVAL=2", duration_minutes=90, place="Community room, first floor", by=supervisor,
        strict=False,
    )
    for occurrence in series.occurrences.filter(starts_at__lt=timezone.now()):
        occurrence.topics = "Keeping boundaries on the ward; looking after ourselves after a hard visit."
        occurrence.save(update_fields=["topics"])
        occurrence.attendees.update(attendance=Attendance.ATTENDED)


def _checkins():
    now = timezone.now()
    for login, weeks in CHECKINS.items():
        person = _user(login)
        if CheckIn.objects.filter(volunteer=person).exists():
            continue
        for index, items in enumerate(weeks):
            answers = {field: value for field, value in zip(CheckIn.ITEM_FIELDS, items, strict=True)}
            answers.update(caseload=9 if login == "dee" and index == len(weeks) - 1 else 5, recovery=4)
            services.checkin_submit(
                volunteer=person, answers=answers, now=now - timedelta(weeks=len(weeks) - 1 - index, days=1)
            )
    # Demo flags are shown in the app; no e-mail goes out for them.
    Flag.objects.filter(emailed_at=None, volunteer__email__endswith=f"@{DOMAIN}").update(emailed_at=now)


def build():
    supervisor = _user("supervisor")
    manager = _user("manager")
    _assignments(supervisor, manager)
    _availability(supervisor)
    _one_to_ones(supervisor)
    _peer_group(supervisor)
    _checkins()

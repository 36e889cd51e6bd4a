"""Each supervisee's running 1:1 totals (Attendee.one_to_ones_so_far and held_so_far) always
equal the totals numbered from scratch, whatever was written, and the funder report's 1:1
figures read from them equal the count of the places in the period it made before
(supervision/services/one_to_one_totals.py, supervision/figures.py one_to_ones_held)."""

from datetime import datetime, timedelta
from io import StringIO
from itertools import combinations
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db.models import Count, F, Q
from django.utils import timezone

from people import demo as people_demo
from people.roles import Role
from privacy.services import person_erase
from supervision import demo as supervision_demo
from supervision import services
from supervision.figures import one_to_ones_held
from supervision.models import Attendance, Attendee, Kind
from tests.factories import UserFactory, volunteer
from tests.supervision.factories import next_weekday_at, one_to_one, series

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
# The writes below happen "in" 2025, so every meeting they store has started by the time the
# report counts (today); a series booked from next week gives places still to come.
BEFORE = datetime(2025, 1, 1, 9, tzinfo=LONDON)
LATER = datetime(2025, 6, 1, 9, tzinfo=LONDON)
MONDAY = datetime(2025, 1, 6, 10, tzinfo=LONDON)


def at(*parts):
    return datetime(*parts, tzinfo=LONDON)


def kept():
    return {place.pk: (place.one_to_ones_so_far, place.held_so_far) for place in Attendee.objects.all()}


def from_scratch():
    """Every place's totals numbered again in Python, straight from the rule: a counted place
    is one in a 1:1 that is not cancelled, other than the organiser's own."""
    places = Attendee.objects.select_related("occurrence__series").order_by("person_id", "starts_at", "id")
    running, totals = {}, {}
    for place in places:
        meeting = place.occurrence
        counted = (
            meeting.series.kind == Kind.ONE_TO_ONE
            and meeting.cancelled_at is None
            and place.person_id != meeting.series.organiser_id
        )
        if not counted:
            totals[place.pk] = (None, None)
            continue
        so_far, held = running.get(place.person_id, (0, 0))
        running[place.person_id] = (so_far + 1, held + (place.attendance == Attendance.ATTENDED))
        totals[place.pk] = running[place.person_id]
    return totals


def assert_kept_up_to_date():
    assert kept() == from_scratch()
    assert services.one_to_one_totals_rebuild() == 0


def counted_the_old_way(*, start_at, end_at):
    """The report's 1:1 figures as they were counted before the totals: every place in the
    period read and grouped."""
    per_person = (
        Attendee.objects.filter(
            occurrence__series__kind=Kind.ONE_TO_ONE,
            occurrence__starts_at__gte=start_at,
            occurrence__starts_at__lt=min(end_at, timezone.now()),
            occurrence__cancelled_at=None,
        )
        .exclude(person_id=F("occurrence__series__organiser_id"))
        .values("person_id")
        .annotate(planned=Count("id"), held=Count("id", filter=Q(attendance=Attendance.ATTENDED)))
    )
    pairs = {}
    for row in per_person:
        pairs[row["planned"], row["held"]] = pairs.get((row["planned"], row["held"]), 0) + 1
    return [{"planned": planned, "held": held, "supervisees": n} for (planned, held), n in sorted(pairs.items())]


def assert_figures_as_before(moments):
    for start_at, end_at in combinations(sorted(set(moments)), 2):
        assert one_to_ones_held(start_at=start_at, end_at=end_at) == counted_the_old_way(
            start_at=start_at, end_at=end_at
        ), (start_at, end_at)


def supervisor():
    return UserFactory(roles=[Role.SUPERVISOR])


def weekly(organiser, person, *, first=MONDAY, now=BEFORE):
    made = one_to_one(organiser, person, dtstart=first, now=now)
    return list(made.occurrences.order_by("starts_at"))


def mark(meeting, marks, now=LATER):
    services.attendance_record(occurrence=meeting, marks=marks, by=meeting.series.organiser, now=now)


def test_new_1_to_1s_are_numbered_as_they_are_stored_and_as_the_sweep_stores_more():
    boss, person = supervisor(), volunteer()
    weekly(boss, person)
    assert_kept_up_to_date()
    services.series_extend_all(now=at(2025, 3, 1, 9))
    assert Attendee.objects.filter(person=person).count() > 12
    assert_kept_up_to_date()


def test_moving_a_1_to_1_past_the_next_numbers_both_again():
    boss, person = supervisor(), volunteer()
    meetings = weekly(boss, person)
    mark(meetings[0], {person.pk: Attendance.ATTENDED})
    services.occurrence_move(occurrence=meetings[1], starts_at=meetings[2].starts_at + timedelta(days=1), by=boss,
                             now=BEFORE)
    assert_kept_up_to_date()
    moved = Attendee.objects.get(occurrence=meetings[1], person=person)
    assert (moved.one_to_ones_so_far, moved.held_so_far) == (3, 1)
    assert_figures_as_before([at(2025, 1, 1), at(2025, 1, 14), at(2025, 1, 20, 12), at(2025, 2, 1)])


def test_cancelling_a_1_to_1_takes_it_out_of_the_count():
    boss, person = supervisor(), volunteer()
    meetings = weekly(boss, person)
    services.occurrence_cancel(occurrence=meetings[1], by=boss, now=BEFORE)
    assert_kept_up_to_date()
    assert Attendee.objects.get(occurrence=meetings[2], person=person).one_to_ones_so_far == 2
    assert_figures_as_before([at(2025, 1, 1), at(2025, 1, 13), at(2025, 1, 14), at(2025, 3, 1)])


def test_marking_and_changing_attendance_counts_what_was_held():
    boss, person = supervisor(), volunteer()
    meetings = weekly(boss, person)
    mark(meetings[0], {person.pk: Attendance.ATTENDED, boss.pk: Attendance.ATTENDED})
    mark(meetings[2], {person.pk: Attendance.ATTENDED})
    assert_kept_up_to_date()
    assert Attendee.objects.get(occurrence=meetings[3], person=person).held_so_far == 2
    mark(meetings[0], {person.pk: Attendance.DID_NOT_ATTEND})
    mark(meetings[1], {person.pk: Attendance.APOLOGIES})
    assert_kept_up_to_date()
    assert Attendee.objects.get(occurrence=meetings[3], person=person).held_so_far == 1
    # The organiser's own place is never counted, attended or not.
    assert Attendee.objects.get(occurrence=meetings[0], person=boss).one_to_ones_so_far is None
    assert_figures_as_before([meeting.starts_at for meeting in meetings[:4]] + [at(2025, 1, 1), at(2025, 2, 1)])


def test_this_and_all_following_moved_or_cancelled_number_the_rest_again():
    boss, person = supervisor(), volunteer()
    meetings = weekly(boss, person)
    mark(meetings[0], {person.pk: Attendance.ATTENDED})
    services.series_split(occurrence=meetings[3], starts_at=meetings[3].starts_at + timedelta(hours=3), by=boss,
                          now=BEFORE)
    assert_kept_up_to_date()
    later = Attendee.objects.filter(person=person, occurrence__series__ended_at=None).order_by("starts_at")
    services.series_cancel_following(occurrence=later[4].occurrence, by=boss, now=BEFORE)
    assert_kept_up_to_date()
    assert Attendee.objects.filter(person=person).order_by("-starts_at").first().one_to_ones_so_far == 7


def test_a_1_to_1_for_all_volunteers_follows_who_the_volunteers_are():
    boss, first = supervisor(), volunteer()
    made = series(boss, kind=Kind.ONE_TO_ONE, all_volunteers=True, dtstart=next_weekday_at(1, 15), minutes=30)
    assert_kept_up_to_date()
    newcomer = volunteer()
    services.meetings.all_volunteers_sync(series=made)
    assert Attendee.objects.filter(person=newcomer).exists()
    assert_kept_up_to_date()
    assert Attendee.objects.filter(person=first).order_by("-starts_at").first().one_to_ones_so_far == (
        made.occurrences.count()
    )


def test_group_meetings_never_carry_totals_whatever_changes_in_them():
    boss, person, other = supervisor(), volunteer(), volunteer()
    group = series(boss, members=[person], dtstart=at(2025, 1, 8, 14), now=BEFORE)
    weekly(boss, person)
    services.series_members_change(series=group, members=[person, other], from_day=at(2025, 2, 1).date(), by=boss,
                                   now=at(2025, 1, 20, 9))
    meeting = group.occurrences.order_by("starts_at").first()
    mark(meeting, {person.pk: Attendance.ATTENDED})
    assert_kept_up_to_date()
    assert not Attendee.objects.filter(occurrence__series=group, one_to_ones_so_far__isnull=False).exists()


def test_erasing_a_volunteer_or_a_supervisor_keeps_everyone_elses_totals_right():
    boss, person, other = supervisor(), volunteer(), volunteer()
    for meetings, who in ((weekly(boss, person), person), (weekly(boss, other, first=at(2025, 1, 7, 11)), other)):
        for meeting in meetings[:3]:
            mark(meeting, {who.pk: Attendance.ATTENDED})
    person_erase(person=person, by=None, now=at(2025, 2, 4, 12))
    assert_kept_up_to_date()
    person_erase(person=boss, by=None, now=at(2025, 2, 18, 12))
    assert_kept_up_to_date()
    # Past 1:1s stay counted; those to come after the erasure were cancelled.
    assert Attendee.objects.filter(person=other, one_to_ones_so_far__isnull=False).count() == 7


def test_the_demo_organisation_has_its_1_to_1s_numbered():
    people_demo.build()
    supervision_demo.build()
    assert Attendee.objects.filter(one_to_ones_so_far__isnull=False, attendance=Attendance.ATTENDED).exists()
    assert_kept_up_to_date()


def test_the_rebuild_finds_nothing_to_put_right_when_kept_up_to_date_and_puts_right_what_drifted():
    boss, person = supervisor(), volunteer()
    meetings = weekly(boss, person)
    assert services.one_to_one_totals_rebuild() == 0
    # Written past the services, as a bulk load or the admin would.
    Attendee.objects.filter(occurrence=meetings[0], person=person).update(attendance=Attendance.ATTENDED)
    Attendee.objects.filter(occurrence=meetings[5], person=boss).update(one_to_ones_so_far=3, held_so_far=0)
    out = StringIO()
    call_command("one_to_ones_rebuild", stdout=out)
    # Every place of the person's from the first on, and the organiser's.
    assert f"{len(meetings) + 1} places were out of date" in out.getvalue()
    assert kept() == from_scratch()


def test_the_report_figures_are_the_places_in_the_period_counted_as_before_on_varied_data():
    lead, boss = supervisor(), supervisor()
    people = [volunteer() for _ in range(4)]
    # The second supervisor is supervised too: their 1:1s as a supervisee count, their own as organiser never.
    plans = [(lead, people[0], at(2025, 1, 6, 10)), (lead, people[1], at(2025, 1, 6, 11)),
             (boss, people[2], at(2025, 1, 7, 10)), (boss, people[3], at(2025, 1, 7, 11)),
             (lead, boss, at(2025, 1, 8, 10))]
    booked = [weekly(organiser, person, first=first) for organiser, person, first in plans]
    for n, ((organiser, person, _first), meetings) in enumerate(zip(plans, booked, strict=True)):
        for week, meeting in enumerate(meetings[:10]):
            if (week + n) % 5 == 4:
                services.occurrence_cancel(occurrence=meeting, by=organiser, now=BEFORE)
                continue
            outcome = [Attendance.ATTENDED, Attendance.ATTENDED, Attendance.APOLOGIES, Attendance.DID_NOT_ATTEND][
                (week * 3 + n) % 4]
            mark(meeting, {person.pk: outcome, organiser.pk: Attendance.ATTENDED})
    services.occurrence_move(occurrence=booked[1][11], starts_at=booked[1][11].starts_at + timedelta(days=9),
                             by=lead, now=BEFORE)
    # 1:1s still to come, which no period counts yet, and a group meeting, which is not a 1:1.
    weekly(lead, people[2], first=next_weekday_at(3, 16), now=None)
    series(lead, members=people, dtstart=at(2025, 1, 9, 14), now=BEFORE)
    assert_kept_up_to_date()
    moments = [at(2024, 12, 1), at(2025, 1, 6, 10), at(2025, 1, 6, 10, 1), at(2025, 1, 20), at(2025, 2, 7, 10),
               at(2025, 3, 1), at(2025, 3, 31, 11), at(2025, 6, 1), timezone.now() + timedelta(days=60)]
    assert_figures_as_before(moments)
    assert one_to_ones_held(start_at=at(2024, 1, 1), end_at=at(2024, 12, 1)) == []


def test_the_report_figures_are_one_query_however_long_the_period(django_assert_num_queries):
    boss, person = supervisor(), volunteer()
    weekly(boss, person)
    for days in (31, 730):
        with django_assert_num_queries(1):
            one_to_ones_held(start_at=at(2025, 3, 31) - timedelta(days=days), end_at=at(2025, 3, 31))


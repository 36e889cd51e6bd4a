"""Personal data supervision keeps: supervisors, meetings, 1:1 records, check-ins and flags
(privacy/inventory.py collects this module, as the admin collects admin.py)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events import meetings_changed
from privacy import erasers
from privacy.inventory import Kind, label, local, name_of, register
from supervision import recurrence
from supervision.models import (
    Action,
    Attendance,
    Attendee,
    Availability,
    CalendarFeed,
    CheckIn,
    Flag,
    LatestCheckIn,
    MeetingSeries,
    MoveRequest,
    Occurrence,
    OneToOneRecord,
    Reminder,
)
from supervision.models import (
    Kind as MeetingKind,
)
from supervision.services.one_to_one_totals import one_to_one_totals_renumber, people_lock


def _meetings_stopped(rows, person, now):
    """Meetings they organise and their own 1:1s stop from now; they leave every other
    series and give up places still to come. Past places stay: attendance counts for reports.

    1. A series they organise, or their 1:1 series, ends before now (UNTIL), so storing
       ahead never makes it again, and the meetings already stored ahead are cancelled
       together (one update, so the people in them are named in a meetings_changed event).
    2. They stop being a member of any series, and their places still to come are deleted.
    3. Series titles that name them (a 1:1 is called after both people), and topics of
       meetings they were in that name them, name the placeholder instead.
    4. The 1:1 totals the reports read are numbered again from now for everyone whose 1:1s
       to come were cancelled or deleted; those people are locked before anything changes.
    """
    changed = 0
    ending = MeetingSeries.objects.filter(
        Q(organiser=person) | Q(kind=MeetingKind.ONE_TO_ONE, members=person)
    ).distinct()
    coming_one_to_ones = Attendee.objects.filter(
        occurrence__series__in=ending.filter(kind=MeetingKind.ONE_TO_ONE),
        occurrence__starts_at__gt=now, occurrence__cancelled_at=None,
    )
    counted = sorted({person.pk, *coming_one_to_ones.values_list("person_id", flat=True)})
    people_lock(counted)
    for series in ending:
        still_running = recurrence.first_start_after(
            rule=series.rrule, dtstart=series.dtstart, after=now, skip_bank_holidays=series.skip_bank_holidays
        )
        if still_running is not None:
            series.rrule = recurrence.ending_before(series.rrule, now)
            series.save(update_fields=["rrule"])
            changed += 1
        future = list(series.occurrences.filter(starts_at__gt=now, cancelled_at=None).values_list("pk", flat=True))
        if future:
            places = Attendee.objects.filter(occurrence_id__in=future)
            people = sorted(set(places.filter(active=True).values_list("person_id", flat=True)))
            changed += Occurrence.objects.filter(pk__in=future).update(cancelled_at=now)
            places.update(active=False, attendance=Attendance.CANCELLED)
            Reminder.objects.filter(occurrence_id__in=future, sent_at=None).delete()
            meetings_changed.send(sender=Occurrence, people=people)
    membership = MeetingSeries.members.through.objects.filter(user=person)
    changed += membership.delete()[0]
    changed += erasers.delete(rows.filter(starts_at__gt=now), person, now)
    named = MeetingSeries.objects.filter(
        Q(organiser=person) | Q(pk__in=Attendee.objects.filter(person=person).values("occurrence__series_id"))
    )
    changed += erasers.rename(named, "title", person)
    changed += erasers.rename(Occurrence.objects.filter(attendees__person=person), "topics", person)
    one_to_one_totals_renumber(person_ids=counted, since=now)
    return changed


def _meeting_title(place):
    # A 1:1 is called after both people; the kind and the supervisor say the same without naming others.
    series = place.occurrence.series
    return str(series.get_kind_display()) if series.is_one_to_one else series.shown_title


def _meeting_supervisor(place):
    series = place.occurrence.series
    if series.is_one_to_one and series.organiser_id != place.person_id:
        return series.organiser.full_name
    return ""


register(
    Kind(
        "availability", "supervision.Availability", ("supervisor",),
        lambda p: Availability.objects.filter(supervisor=p),
        erasers.delete,
        _("The times they said they are free for 1:1s are deleted."),
        columns=(("id", "id"), ("day", label("weekday")), ("from", "starts_at"), ("until", "ends_at")),
        description=_("Times they said they are free for 1:1s (supervisors)."),
    ),
    Kind(
        "checkins", "supervision.CheckIn", ("volunteer",),
        lambda p: CheckIn.objects.filter(volunteer=p),
        erasers.blank("worries"),
        _("Their wellbeing scores are kept, without their name, for reports until the check-in retention "
          "period ends; what they wrote about their worries is deleted."),
        columns=(("id", "id"), ("submitted_at", local("submitted_at")),
                 *((name, name) for name in ("who5_cheerful", "who5_calm", "who5_active", "who5_rested",
                                              "who5_interested")),
                 ("who5_percentage", "percentage"), ("caseload", "caseload"), ("recovery", "recovery"),
                 ("worries", "worries"), ("contact_requested", "contact_requested")),
        retention="checkins",
        description=_("Their weekly wellbeing check-ins (WHO-5 answers, caseload, worries)."),
    ),
    Kind(
        "latest_checkin", "supervision.LatestCheckIn", ("volunteer",),
        lambda p: LatestCheckIn.objects.filter(volunteer=p),
        erasers.keep,
        _("The score and caseload of their latest check-in stay, without their name, for reports, as the "
          "check-in itself does."),
        not_exported=_("A copy of their latest check-in's score and caseload, kept for the reports; the "
                       "check-ins file holds that check-in."),
        retention="checkins",
    ),
    Kind(
        "checkin_flags", "supervision.Flag", ("volunteer",),
        lambda p: Flag.objects.filter(volunteer=p).select_related("checkin", "resolved_by"),
        erasers.delete,
        _("Wellbeing flags about them are deleted."),
        columns=(("id", "id"), ("checkin_id", "checkin_id"), ("rule", label("rule")), ("urgent", "urgent"),
                 ("detail", "description"), ("created_at", local("created_at")),
                 ("resolved_at", local("resolved_at")), ("resolved_by", name_of("resolved_by")),
                 ("what_was_done", "resolution")),
        retention="checkins",
        description=_("Things in their check-ins that their supervisor was asked to look at, and what was done."),
    ),
    Kind(
        "meetings", "supervision.Attendee", ("person", "MeetingSeries.members"),
        lambda p: Attendee.objects.filter(person=p).select_related("occurrence__series__organiser"),
        _meetings_stopped,
        _("Meetings they organise and their 1:1s stop from today. Their places in meetings still to come are "
          "given up. Past attendance is kept for reports."),
        columns=(("id", "id"), ("starts_at", local("starts_at")), ("ends_at", local("ends_at")),
                 ("kind", lambda a: a.occurrence.series.get_kind_display()), ("meeting", _meeting_title),
                 ("supervisor", _meeting_supervisor), ("attendance", label("attendance")),
                 ("cancelled", lambda a: a.occurrence.is_cancelled)),
        description=_("1:1s and group meetings they had a place in, and whether they attended."),
    ),
    Kind(
        "one_to_one_records", "supervision.OneToOneRecord", ("volunteer",),
        lambda p: OneToOneRecord.objects.filter(volunteer=p).select_related("occurrence", "written_by"),
        erasers.blank("notes", "shared_notes", "safeguarding_action"),
        _("That each 1:1 took place is kept; the notes about them are deleted."),
        columns=(("id", "id"), ("meeting_at", lambda r: timezone.localtime(r.occurrence.starts_at)),
                 ("confidential_notes", "notes"), ("shared_notes", "shared_notes"),
                 ("caseload_discussed", "caseload_discussed"), ("wellbeing_discussed", "wellbeing_discussed"),
                 ("safeguarding_concern", "safeguarding_concern"),
                 ("safeguarding_action", "safeguarding_action"), ("written_by", name_of("written_by")),
                 ("updated_at", local("updated_at"))),
        retention="record_notes",
        description=_("The supervisor's record of each of their 1:1s, including confidential notes."),
    ),
    Kind(
        "actions", "supervision.Action", ("volunteer",),
        lambda p: Action.objects.filter(volunteer=p).select_related("owner"),
        erasers.delete,
        _("Actions agreed at their 1:1s are deleted."),
        columns=(("id", "id"), ("what_was_agreed", "description"), ("whose", name_of("owner")),
                 ("due_on", "due_on"), ("created_at", local("created_at")), ("done_at", local("done_at"))),
        retention="record_notes",
        description=_("Actions agreed at their 1:1s."),
    ),
    Kind(
        "move_requests", "supervision.MoveRequest", ("requested_by",),
        lambda p: MoveRequest.objects.filter(requested_by=p).select_related("occurrence"),
        erasers.delete,
        _("Their requests to move a 1:1 are deleted."),
        columns=(("id", "id"), ("meeting_at", lambda r: timezone.localtime(r.occurrence.original_start)),
                 ("wanted_start", local("wanted_start")), ("why", "reason"), ("state", label("state")),
                 ("created_at", local("created_at")), ("resolved_at", local("resolved_at"))),
        description=_("Times they asked to move a 1:1."),
    ),
    Kind(
        "reminders", "supervision.Reminder", ("person",),
        lambda p: Reminder.objects.filter(person=p),
        erasers.delete,
        _("Reminder e-mails due to them are deleted."),
        columns=(("id", "id"), ("kind", label("kind")), ("due_at", local("due_at")), ("sent_at", local("sent_at"))),
        description=_("Reminder e-mails sent or due to them."),
    ),
    Kind(
        "calendar_feed", "supervision.CalendarFeed", ("person",),
        lambda p: CalendarFeed.objects.filter(person=p),
        erasers.delete,
        _("Their private calendar address stops working."),
        columns=(("id", "id"), ("created_at", local("created_at"))),
        description=_("Their private calendar address (the secret part is never exported)."),
    ),
    acted_on={
        "supervision.Flag.resolved_by": "who dealt with a wellbeing flag",
        "supervision.MeetingSeries.organiser": "who organises a meeting (their meetings stop; see meetings)",
        "supervision.MeetingSeries.created_by": "who booked a meeting",
        "supervision.MeetingSeries.one_to_one_with": "the volunteer of a weekly 1:1 series (see meetings)",
        "supervision.MoveRequest.resolved_by": "who answered a request to move a 1:1",
        "supervision.OneToOneRecord.written_by": "who wrote a 1:1 record",
        "supervision.Action.owner": "whose an agreed action is",
        "supervision.Action.done_by": "who marked an action done",
    },
)

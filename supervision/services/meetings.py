"""Meeting series and their occurrences: create, store ahead, move, cancel, split.

Occurrences are stored for a rolling horizon (HORIZON) and a beat sweep extends it. Every
occurrence keeps the start its rule gave it (`original_start`, unique per series), so
storing ahead again, moving or cancelling one can never produce a duplicate. "This and all
following" ends the series with UNTIL and starts a new one from the chosen occurrence.
"""

import logging
from contextlib import contextmanager
from datetime import datetime, timedelta
from itertools import chain

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Min
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from events import meetings_changed
from people.roles import Role
from people.status import Status
from supervision import recurrence
from supervision.models import Attendance, Attendee, Kind, MeetingSeries, Occurrence, OneToOneRecord, Reminder
from supervision.services.one_to_one_totals import one_to_one_places_lock, one_to_one_totals_renumber, people_lock

User = get_user_model()

logger = logging.getLogger(__name__)
HORIZON = timedelta(weeks=12)
REMINDER_BEFORE = timedelta(hours=24)
# Added by migration 0002 on PostgreSQL: nobody holds two overlapping active places.
CLASH_CONSTRAINT = "supervision_attendee_no_overlap"
# Migration 0003: one live weekly 1:1 series per supervisor and volunteer.
ONE_SERIES_CONSTRAINT = "supervision_one_live_one_to_one_series"


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "l j F Y, H:i")


@contextmanager
def clash_is_clear():
    """Turn the database's refusal of a double booking into a message a person can act on."""
    try:
        yield
    except IntegrityError as error:
        # SQLite names the columns rather than the constraint.
        if ONE_SERIES_CONSTRAINT in str(error) or "meetingseries.one_to_one_with_id" in str(error):
            raise ValidationError(
                _("Weekly 1:1s for these two people were booked a moment ago, so nothing was saved. "
                  "To move them, change the day or time of the 1:1s already booked."),
                code="already_booked",
            ) from None
        if CLASH_CONSTRAINT in str(error):
            raise ValidationError(
                _("Someone in this meeting was booked into another meeting at that time a moment ago. "
                  "Nothing was saved. Choose another time."),
                code="clash",
            ) from None
        raise


def all_volunteer_ids():
    return set(
        User.objects.filter(is_active=True, groups__name=Role.VOLUNTEER.value)
        .exclude(volunteer_profile__status__in=[Status.LEFT, Status.PAUSED])
        .values_list("pk", flat=True)
    )


def people_in(series):
    ids = {series.organiser_id, *series.members.values_list("pk", flat=True)}
    if series.all_volunteers:
        ids |= all_volunteer_ids()
    return ids


def find_clashes(*, person_ids, intervals, exclude_occurrence_ids=()):
    """Existing active places of these people that overlap any of the (start, end) intervals."""
    if not person_ids or not intervals:
        return []
    low = min(start for start, _end in intervals)
    high = max(end for _start, end in intervals)
    rows = (
        Attendee.objects.filter(active=True, person_id__in=person_ids, starts_at__lt=high, ends_at__gt=low)
        .exclude(occurrence_id__in=exclude_occurrence_ids)
        .select_related("person", "occurrence__series")
        .order_by("starts_at")
    )
    return [row for row in rows if any(row.starts_at < end and row.ends_at > start for start, end in intervals)]


def clash_error(clash):
    return ValidationError(
        _("%(person)s already has “%(meeting)s” at %(when)s. Nothing was saved. Choose another time.")
        % {"person": clash.person, "meeting": clash.occurrence.series.shown_title, "when": _when(clash.starts_at)},
        code="clash",
    )


def _meeting_reminders(attendees, now):
    reminders = [
        Reminder(kind=Reminder.Kind.MEETING, person_id=a.person_id, occurrence_id=a.occurrence_id,
                 due_at=a.starts_at - REMINDER_BEFORE)
        for a in attendees
        if a.starts_at - REMINDER_BEFORE > now
    ]
    Reminder.objects.bulk_create(reminders, ignore_conflicts=True)


def occurrences_materialise(*, series, until, strict=True, now=None):
    """Store the series' occurrences up to `until`. Returns the new occurrences.

    1. Lock the series and read how far it is already stored, so two sweeps cannot both add.
    2. Expand the rule in local time, skipping bank holidays and starts already stored.
    3. strict (a person is booking): any clash stops everything with a clear message.
       Not strict (the sweep): a person who is busy is left out of that one occurrence.
    4. Store occurrences, places and 24-hour reminders; move the watermark on, and number
       the 1:1 places again from the first new one (their people locked first of all).
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Asked only of a 1:1, whose people never change: a group's are read under the series' lock.
        counted = one_to_one_places_lock(series=series, person_ids=people_in(series) if series.is_one_to_one else [])
        series = MeetingSeries.objects.select_for_update().get(pk=series.pk)
        after = series.materialised_until or (series.dtstart - timedelta(seconds=1))
        if until <= after:
            return []
        starts = recurrence.starts_between(
            rule=series.rrule, dtstart=series.dtstart, after=after, until=until,
            skip_bank_holidays=series.skip_bank_holidays,
        )
        existing = set(series.occurrences.filter(original_start__in=starts).values_list("original_start", flat=True))
        starts = [start for start in starts if start not in existing]
        length = timedelta(minutes=series.duration_minutes)
        people = people_in(series)
        clashes = find_clashes(person_ids=people, intervals=[(s, s + length) for s in starts])
        if strict and clashes:
            raise clash_error(clashes[0])
        occurrences = Occurrence.objects.bulk_create(
            [Occurrence(series=series, original_start=s, starts_at=s, ends_at=s + length) for s in starts]
        )
        attendees = [
            Attendee(occurrence=occ, person_id=person, starts_at=occ.starts_at, ends_at=occ.ends_at)
            for occ in occurrences
            for person in sorted(people)
            if not any(
                c.person_id == person and c.starts_at < occ.ends_at and c.ends_at > occ.starts_at for c in clashes
            )
        ]
        # The sweep skips a place that a concurrent booking took a moment ago instead of failing.
        Attendee.objects.bulk_create(attendees, ignore_conflicts=not strict)
        if starts:
            one_to_one_totals_renumber(person_ids=counted, since=min(starts))
        _meeting_reminders(attendees, now)
        series.materialised_until = until
        series.save(update_fields=["materialised_until"])
    return occurrences


def all_volunteers_sync(*, series, now=None):
    """For an "all volunteers" series: give volunteers who joined since a place in the meetings
    already stored ahead, and free the places of those who left or paused. A newcomer who is
    busy at one of them is left out of that one."""
    now = now or timezone.now()
    people = people_in(series)
    future = list(series.occurrences.filter(starts_at__gt=now, cancelled_at=None))
    places = Attendee.objects.filter(occurrence__in=future, active=True)
    with transaction.atomic():
        # Only a 1:1 "for all volunteers" (rare) has places the reports count.
        counted = one_to_one_places_lock(
            series=series, person_ids=chain(people, places.values_list("person_id", flat=True)) if future else ()
        )
        places.exclude(person_id__in=people).delete()
        held = set(places.values_list("occurrence_id", "person_id"))
        missing = [(occ, person) for occ in future for person in sorted(people) if (occ.pk, person) not in held]
        clashes = find_clashes(person_ids={person for _occ, person in missing},
                               intervals=[(occ.starts_at, occ.ends_at) for occ, _person in missing])
        added = [
            Attendee(occurrence=occ, person_id=person, starts_at=occ.starts_at, ends_at=occ.ends_at)
            for occ, person in missing
            if not any(c.person_id == person and c.starts_at < occ.ends_at and c.ends_at > occ.starts_at
                       for c in clashes)
        ]
        Attendee.objects.bulk_create(added, ignore_conflicts=True)
        _meeting_reminders(added, now)
        if future:
            one_to_one_totals_renumber(person_ids=counted, since=min(occ.starts_at for occ in future))
    return len(added)


def series_extend_all(*, now=None):
    """The sweep: store every series ahead to the horizon and keep "all volunteers" meetings
    up to date with who the volunteers are. Returns how many occurrences it added."""
    now = now or timezone.now()
    until = now + HORIZON
    added = 0
    for series in MeetingSeries.objects.exclude(materialised_until__gte=until - timedelta(days=1)):
        try:
            added += len(occurrences_materialise(series=series, until=until, strict=False, now=now))
        except ValidationError:
            # A rule stored before Waymark checked rules, which it no longer expands: that series
            # stops growing (its organiser can start a new one); every other series carries on.
            logger.warning("Series %s has a repeat rule Waymark does not offer; not storing more of it.", series.pk)
    for series in MeetingSeries.objects.filter(all_volunteers=True):
        all_volunteers_sync(series=series, now=now)
    return added


def _check_series_fields(*, title, duration_minutes, dtstart, now, named_when_read=False):
    if not named_when_read and not (title or "").strip():
        raise ValidationError(_("Give the meeting a title."), code="title")
    if not duration_minutes or not 5 <= duration_minutes <= 8 * 60:
        raise ValidationError(_("A meeting lasts between 5 minutes and 8 hours."), code="duration")
    if dtstart <= now:
        raise ValidationError(_("The first meeting must be in the future."), code="past")


def open_ended(rule):
    return "COUNT=" not in rule and "UNTIL=" not in rule


def _one_to_one_partner(*, kind, members, all_volunteers, rule):
    """The volunteer of an ongoing 1:1 series (between the organiser and one volunteer, with no
    end): the database keeps one live such series per pair. A one-off or a series with an end
    has none."""
    if kind == Kind.ONE_TO_ONE and len(members) == 1 and not all_volunteers and open_ended(rule):
        return members[0]
    return None


def series_create(*, kind, title, organiser, dtstart, rrule, by, duration_minutes=30, place="", online_link="",
                  members=(), all_volunteers=False, skip_bank_holidays=True, now=None, strict=True):
    """Create a series and store its first weeks. Nothing is saved if anyone in it is busy."""
    now = now or timezone.now()
    members = [m for m in members if m.pk != organiser.pk]
    # A weekly 1:1 with one volunteer may have no title: MeetingSeries.shown_title names it.
    named_when_read = _one_to_one_partner(kind=kind, members=members, all_volunteers=all_volunteers,
                                          rule=rrule) is not None
    if strict:
        _check_series_fields(title=title, duration_minutes=duration_minutes, dtstart=dtstart, now=now,
                             named_when_read=named_when_read)
    rule = recurrence.validate_rule(rule=rrule, dtstart=dtstart, now=now, skip_bank_holidays=skip_bank_holidays)
    partner = _one_to_one_partner(kind=kind, members=members, all_volunteers=all_volunteers, rule=rule)
    with clash_is_clear(), transaction.atomic():
        series = MeetingSeries.objects.create(
            kind=kind, title=title.strip(), organiser=organiser, dtstart=dtstart, rrule=rule,
            duration_minutes=duration_minutes, place=place, online_link=online_link,
            all_volunteers=all_volunteers, skip_bank_holidays=skip_bank_holidays, created_by=by,
            one_to_one_with=partner,
        )
        series.members.set(members)
        occurrences_materialise(series=series, until=max(now, dtstart) + HORIZON, strict=strict, now=now)
    return series


def series_update_details(*, series, title, place, online_link):
    """Change what the whole series is called and where it is. Times change via an occurrence."""
    if not (title or "").strip():
        raise ValidationError(_("Give the meeting a title."), code="title")
    title = title.strip()
    if not series.title and title == str(series.shown_title):
        title = ""  # The name Waymark gives it, left as it was: still worded for each reader.
    changed = (series.title, series.place, series.online_link) != (title, place, online_link)
    series.title, series.place, series.online_link = title, place, online_link
    with transaction.atomic():
        series.save(update_fields=["title", "place", "online_link"])
        if changed:
            # What calendars show changed for every meeting still to come.
            series.occurrences.filter(ends_at__gt=timezone.now()).update(sequence=F("sequence") + 1)
    return series


def _check_can_change(occurrence, now):
    if occurrence.is_cancelled:
        raise ValidationError(_("This meeting is cancelled."), code="cancelled")
    if occurrence.starts_at <= now:
        raise ValidationError(_("This meeting has already started, so it cannot be changed."), code="started")


def _check_start(starts_at, now):
    if starts_at <= now:
        raise ValidationError(_("The new time must be in the future."), code="past")


def _reschedule_reminders(occurrence, now):
    occurrence.reminders.filter(sent_at=None, claimed_at=None).delete()
    _meeting_reminders(list(occurrence.attendees.filter(active=True)), now)


def occurrence_move(*, occurrence, starts_at, by, now=None):
    """Move one occurrence. Its place in the rule stays, so storing ahead never brings it back."""
    now = now or timezone.now()
    _check_can_change(occurrence, now)
    _check_start(starts_at, now)
    ends_at = starts_at + (occurrence.ends_at - occurrence.starts_at)
    people = list(occurrence.attendees.filter(active=True).values_list("person_id", flat=True))
    clashes = find_clashes(person_ids=people, intervals=[(starts_at, ends_at)], exclude_occurrence_ids=[occurrence.pk])
    if clashes:
        raise clash_error(clashes[0])
    with clash_is_clear(), transaction.atomic():
        counted = one_to_one_places_lock(
            series=occurrence.series, person_ids=occurrence.attendees.values_list("person_id", flat=True)
        )
        moved_from = occurrence.starts_at
        occurrence.starts_at, occurrence.ends_at = starts_at, ends_at
        occurrence.sequence = F("sequence") + 1
        occurrence.save(update_fields=["starts_at", "ends_at", "sequence"])
        occurrence.refresh_from_db(fields=["sequence"])
        occurrence.attendees.update(starts_at=starts_at, ends_at=ends_at)
        one_to_one_totals_renumber(person_ids=counted, since=min(moved_from, starts_at))
        _reschedule_reminders(occurrence, now)
        meetings_changed.send(sender=Occurrence, people=people)
    return occurrence


def occurrence_cancel(*, occurrence, by, now=None):
    """Cancel one occurrence. It stays (marked cancelled) so the rule never makes it again."""
    now = now or timezone.now()
    _check_can_change(occurrence, now)
    with transaction.atomic():
        counted = one_to_one_places_lock(
            series=occurrence.series, person_ids=occurrence.attendees.values_list("person_id", flat=True)
        )
        occurrence.cancelled_at = now
        occurrence.sequence = F("sequence") + 1
        occurrence.save(update_fields=["cancelled_at", "sequence"])
        occurrence.refresh_from_db(fields=["sequence"])
        people = list(occurrence.attendees.filter(active=True).values_list("person_id", flat=True))
        occurrence.attendees.update(active=False, attendance=Attendance.CANCELLED)
        one_to_one_totals_renumber(person_ids=counted, since=occurrence.starts_at)
        occurrence.reminders.filter(sent_at=None, claimed_at=None).delete()
        meetings_changed.send(sender=Occurrence, people=people)
    return occurrence


def _following(occurrence):
    """Occurrences from this one on. Refuses if any already has attendance or notes recorded."""
    following = occurrence.series.occurrences.filter(original_start__gte=occurrence.original_start)
    if (
        Attendee.objects.filter(occurrence__in=following).exclude(attendance__in=["", Attendance.CANCELLED]).exists()
        or OneToOneRecord.objects.filter(occurrence__in=following).exists()
    ):
        raise ValidationError(
            _("Some of these meetings already have attendance or notes recorded, so they cannot be changed together."),
            code="recorded",
        )
    return following


def _following_people_lock(occurrence):
    """Lock the people whose counted 1:1 places the occurrences from this one on hold."""
    following = occurrence.series.occurrences.filter(original_start__gte=occurrence.original_start)
    return one_to_one_places_lock(
        series=occurrence.series,
        person_ids=Attendee.objects.filter(occurrence__in=following).values_list("person_id", flat=True),
    )


def _following_delete(occurrence, counted):
    """Delete the occurrences from this one on (see _following), and number the places left
    of the people locked (`counted`) again from the earliest deleted."""
    following = _following(occurrence)
    since = None
    if counted:
        since = Attendee.objects.filter(occurrence__in=following).aggregate(since=Min("starts_at"))["since"]
    following.delete()
    if since is not None:
        one_to_one_totals_renumber(person_ids=counted, since=since)


def _end_series_before(series, occurrence, now):
    series.rrule = recurrence.ending_before(series.rrule, occurrence.original_start)
    series.ended_at = now
    series.save(update_fields=["rrule", "ended_at"])


WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _rule_from(series, occurrence, new_start):
    """The old series' rule for a new series starting at `new_start` in place of `occurrence`."""
    remaining = recurrence.count_from(rule=series.rrule, dtstart=series.dtstart, moment=occurrence.original_start)
    parts = [p for p in series.rrule.split(";") if p and not p.startswith("COUNT=")]
    if remaining is not None:
        parts.append(f"COUNT={remaining}")
    weekday = WEEKDAY_CODES[timezone.localtime(new_start).weekday()]
    # A one-day BYDAY follows the meeting to its new day; a list of days (every weekday) stays.
    parts = [f"BYDAY={weekday}" if p.startswith("BYDAY=") and "," not in p else p for p in parts]
    return ";".join(parts)


def series_split(*, occurrence, starts_at, by, duration_minutes=None, now=None):
    """"This and all following": end the series before this occurrence and start a new series
    at the new time. The old occurrences from here on are replaced, never kept alongside."""
    now = now or timezone.now()
    _check_can_change(occurrence, now)
    _check_start(starts_at, now)
    old = occurrence.series
    duration_minutes = duration_minutes or old.duration_minutes
    new_rule = _rule_from(old, occurrence, starts_at)
    recurrence.validate_rule(rule=new_rule, dtstart=starts_at, now=now, skip_bank_holidays=old.skip_bank_holidays)
    with clash_is_clear(), transaction.atomic():
        counted = _following_people_lock(occurrence)
        old = MeetingSeries.objects.select_for_update().get(pk=old.pk)
        _following_delete(occurrence, counted)
        _end_series_before(old, occurrence, now)
        new = MeetingSeries.objects.create(
            kind=old.kind, title=old.title, organiser=old.organiser, dtstart=starts_at, rrule=new_rule,
            duration_minutes=duration_minutes, place=old.place, online_link=old.online_link,
            all_volunteers=old.all_volunteers, skip_bank_holidays=old.skip_bank_holidays, split_from=old,
            created_by=by, one_to_one_with_id=old.one_to_one_with_id if open_ended(new_rule) else None,
        )
        new.members.set(old.members.all())
        occurrences_materialise(
            series=new, until=max(old.materialised_until or now, now + HORIZON), strict=True, now=now
        )
    return new


def series_cancel_following(*, occurrence, by, now=None):
    """Cancel this occurrence and every one after it by ending the series here."""
    now = now or timezone.now()
    _check_can_change(occurrence, now)
    with transaction.atomic():
        counted = _following_people_lock(occurrence)
        series = MeetingSeries.objects.select_for_update().get(pk=occurrence.series_id)
        _following_delete(occurrence, counted)
        _end_series_before(series, occurrence, now)
    return series


def series_members_change(*, series, members, from_day, by, now=None):
    """Change who is in a group series from `from_day` (a local date) on.

    1. A 1:1 stays between its two people; the date must be from today and within the
       stored weeks (HORIZON), so every meeting from it on is already in the diary.
    2. People added get a place in each meeting from that day on; if any of them is busy at
       one, nothing is saved and the message says who and when.
    3. People removed lose their place in those meetings, unless their attendance there is
       already recorded. Earlier meetings, and attendance recorded at them, stay as they were.
    Returns (added, removed) as lists of people.
    """
    now = now or timezone.now()
    if series.kind == Kind.ONE_TO_ONE:
        raise ValidationError(_("A 1:1 is between two people, so its people cannot be changed. "
                                "Book weekly 1:1s for the other person instead."), code="one_to_one")
    today = timezone.localdate(now)
    if from_day < today:
        raise ValidationError(_("Choose a date from today on: past meetings keep who was there."), code="past")
    if from_day > today + HORIZON:
        raise ValidationError(_("Choose a date within the next 12 weeks."), code="too_far")
    wanted = {person.pk: person for person in members if person.pk != series.organiser_id}
    current = set(series.members.values_list("pk", flat=True))
    added = [wanted[pk] for pk in sorted(set(wanted) - current)]
    removed_ids = sorted(current - set(wanted))
    start = max(now, recurrence.combine_local(from_day, datetime.min.time()))
    with clash_is_clear(), transaction.atomic():
        # The people given places, and the organiser, first (as every write of places does): a
        # 1:1 booked for one of them at the same moment waits, and one of the two says "busy".
        people_lock(sorted({*(person.pk for person in added), series.organiser_id}))
        series = MeetingSeries.objects.select_for_update().get(pk=series.pk)
        coming = list(series.occurrences.filter(starts_at__gte=start, cancelled_at=None))
        held = set(Attendee.objects.filter(occurrence__in=coming).values_list("occurrence_id", "person_id"))
        places = [(occ, person) for occ in coming for person in added if (occ.pk, person.pk) not in held]
        clashes = find_clashes(person_ids=[person.pk for person in added],
                               intervals=[(occ.starts_at, occ.ends_at) for occ, _person in places])
        if clashes:
            raise clash_error(clashes[0])
        made = Attendee.objects.bulk_create([
            Attendee(occurrence=occ, person=person, starts_at=occ.starts_at, ends_at=occ.ends_at)
            for occ, person in places
        ])
        _meeting_reminders(made, now)
        if removed_ids and not series.all_volunteers:
            gone = Attendee.objects.filter(occurrence__in=coming, person_id__in=removed_ids, attendance="")
            Reminder.objects.filter(occurrence__in=coming, person_id__in=removed_ids, sent_at=None,
                                    claimed_at=None).delete()
            gone.delete()
        series.members.add(*added)
        series.members.remove(*removed_ids)
    removed = list(User.objects.filter(pk__in=removed_ids))
    return added, removed

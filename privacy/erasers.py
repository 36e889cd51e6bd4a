"""What erasure does to each kind of record. privacy/inventory.py says which applies where.

Every eraser takes (rows, person, now), where `rows` are the person's rows of that kind, and
returns how many rows it deleted or changed. Each changes only what is not erased yet, so
running erasure again changes nothing and counts nothing.
"""

import re
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db.models import Q
from django.utils import timezone


def placeholder_name(person):
    return f"Erased person #{person.pk}"


def placeholder_email(person):
    return f"erased-{person.pk}@invalid"


def keep(rows, person, now):
    """Facts a retention rule keeps: they stay, pointing at the anonymous placeholder."""
    return 0


def delete(rows, person, now):
    _total, per_model = rows.delete()
    return per_model.get(rows.model._meta.label, 0)


def blank(*fields, **empty_values):
    """Empty these text fields (and set any other given field to its empty value) on the rows
    where something is still there."""
    emptied = {**dict.fromkeys(fields, ""), **empty_values}

    def erase(rows, person, now):
        not_empty = Q()
        for name, value in emptied.items():
            not_empty |= ~Q(**{name: value})
        return rows.filter(not_empty).update(**emptied)

    return erase


def volunteer_profile(rows, person, now):
    from people.status import Status

    return rows.exclude(status=Status.LEFT).update(status=Status.LEFT, status_changed_at=now)


def classroom_bookings(rows, person, now):
    """Give up places on sessions still to come (the waiting list moves up), then forget bookings."""
    from courses.models import BookingState
    from courses.services import booking_cancel

    live = rows.filter(state__in=[BookingState.BOOKED, BookingState.WAITING], session__starts_at__gt=now)
    for booking in live:
        booking_cancel(booking=booking)
    return delete(rows, person, now)


def supervisor_assignments(rows, person, now):
    """Supervision they receive or give ends today; the history of who supervised whom stays."""
    from people.models import SupervisorAssignment

    current = SupervisorAssignment.objects.current().filter(Q(volunteer=person) | Q(supervisor=person))
    return current.update(ended_on=timezone.localdate(now))


def meetings(rows, person, now):
    """Meetings they organise and their own 1:1s stop from now; they leave every other
    series and give up places still to come. Past places stay: attendance counts for reports.

    1. A series they organise, or their 1:1 series, ends before now (UNTIL), so storing
       ahead never makes it again, and the meetings already stored ahead are cancelled.
    2. They stop being a member of any series, and their places still to come are deleted.
    3. Series titles that name them (a 1:1 is called after both people), and topics of
       meetings they were in that name them, name the placeholder instead.
    """
    from supervision import recurrence
    from supervision.models import Attendance, Attendee, Kind, MeetingSeries, Occurrence, Reminder

    changed = 0
    ending = MeetingSeries.objects.filter(Q(organiser=person) | Q(kind=Kind.ONE_TO_ONE, members=person)).distinct()
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
            changed += Occurrence.objects.filter(pk__in=future).update(cancelled_at=now)
            Attendee.objects.filter(occurrence_id__in=future).update(active=False, attendance=Attendance.CANCELLED)
            Reminder.objects.filter(occurrence_id__in=future, sent_at=None).delete()
    membership = MeetingSeries.members.through.objects.filter(user=person)
    changed += membership.delete()[0]
    changed += delete(rows.filter(starts_at__gt=now), person, now)
    named = MeetingSeries.objects.filter(
        Q(organiser=person) | Q(pk__in=Attendee.objects.filter(person=person).values("occurrence__series_id"))
    )
    changed += _rename(named, "title", person)
    changed += _rename(Occurrence.objects.filter(attendees__person=person), "topics", person)
    return changed


def _names(person):
    """The person's name and e-mail with what stands in for each, until they are erased."""
    pairs = ((person.full_name, placeholder_name(person)), (person.email, placeholder_email(person)))
    return [(value, stand_in) for value, stand_in in pairs if value and value != stand_in]


def _rename(rows, field, person):
    """Put the placeholder in place of the person's name and e-mail in one text field, as
    whole words only, so a short name never mangles a longer word."""
    pairs = _names(person)
    if not pairs:
        return 0
    mentions = Q()
    for value, _stand_in in pairs:
        mentions |= Q(**{f"{field}__icontains": value})
    patterns = [(re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.IGNORECASE), stand_in) for value, stand_in in pairs]
    changed = 0
    for row in rows.filter(mentions):
        text = getattr(row, field)
        for pattern, stand_in in patterns:
            text = pattern.sub(stand_in, text)
        if text != getattr(row, field):
            type(row).objects.filter(pk=row.pk).update(**{field: text})
            changed += 1
    return changed


def history_labels(field):
    """Log entries keep a copy of an object's name (a person, or a record named after them)."""

    def erase(rows, person, now):
        return _rename(rows, field, person)

    return erase


def access_log(rows, person, now):
    from audit.services import forget_person

    return forget_person(user=person)


def sign_ins(rows, person, now):
    """End each session allauth knows of (its Django session goes too)."""
    ended = 0
    for user_session in rows:
        user_session.end()
        ended += 1
    return ended


SEARCHABLE_SESSION_ENGINES = ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db")


def sessions(rows, person, now):
    """Sessions allauth did not list (a database-backed store can be searched for them)."""
    if settings.SESSION_ENGINE not in SEARCHABLE_SESSION_ENGINES:
        # Other stores cannot be searched; the unusable password already signs the person out.
        return 0
    from django.contrib.sessions.models import Session

    store = import_module(settings.SESSION_ENGINE).SessionStore
    theirs = [
        session.session_key
        for session in Session.objects.filter(expire_date__gt=now).iterator()
        if session.get_decoded().get(SESSION_KEY) == str(person.pk)
    ]
    for key in theirs:
        store().delete(key)
    return len(theirs)


def cms_profile(rows, person, now):
    for profile in rows:
        if profile.avatar:
            profile.avatar.delete(save=False)
    return delete(rows, person, now)


def uploaded_files(rows, person, now):
    for upload in rows:
        if upload.file:
            upload.file.delete(save=False)
    return delete(rows, person, now)


def page_locks(rows, person, now):
    return rows.update(locked=False, locked_by=None, locked_at=None)


def account(rows, person, now):
    """The user row becomes an inactive placeholder with no name, no e-mail, no roles and a
    password that can never match. It stays so that kept facts still have a "who"."""
    wanted = {
        "full_name": placeholder_name(person),
        "preferred_name": "",
        "email": placeholder_email(person),
        "is_active": False,
        "is_staff": False,
        "last_login": None,
    }
    changed = [name for name, value in wanted.items() if getattr(person, name) != value]
    for name in changed:
        setattr(person, name, wanted[name])
    if person.has_usable_password():
        person.set_unusable_password()
        changed.append("password")
    if changed:
        person.save(update_fields=changed)
    roles = person.groups.through.objects.filter(user=person).delete()[0]
    permissions = person.user_permissions.through.objects.filter(user=person).delete()[0]
    return 1 if changed or roles or permissions else 0

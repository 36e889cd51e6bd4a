"""Reminders stored in the database and sent by a beat sweep, each exactly once.

1. The minute sweep reads the due rows once, then claims them a batch of BATCH at a time,
   each batch with one conditional UPDATE that stamps it with a token of its own; a second
   sweep running at the same moment finds them claimed and skips them. It hands each batch
   to the workers as one task (one broker message per batch), so 10,000 reminders due
   together go out in parallel within the minute rather than one batch a minute
   (reminders_fan_out).
2. The batch's task reads its reminders, their people, meetings and places in a fixed number
   of queries and writes each e-mail in its reader's language (templates looked up once per
   batch, each language switched on once). In one transaction it puts them in the outbox
   (keyed by the reminder) and marks the reminders done.
3. It sends them over one mail connection; the outbox marks each e-mail sent as soon as the
   server accepts it, so a server that fails part-way gets only the rest again, on a later
   run (outbox/emails.py).
4. A claim older than STALE_CLAIM with nothing queued means the worker died (or its task
   waited that long): the row is claimed again by a later sweep under a new token, and the
   old task, should it still run, finds nothing under its token. A restart loses nothing.
"""

import uuid
from datetime import time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from outbox.emails import emails_queue, emails_send, emails_to
from people.models import SupervisorAssignment
from people.status import Status
from supervision import recurrence
from supervision.models import Attendee, CheckIn, Reminder

User = get_user_model()

STALE_CLAIM = timedelta(minutes=10)
# One task, one broker message and one mail connection per BATCH reminders.
BATCH = 100
# Batches one sweep hands out at most (20,000 reminders); the rest wait for the next minute.
SWEEP_BATCHES = 200
CHECKIN_REMINDER_TIME = time(10, 0)


def reminders_claim(*, now, limit=BATCH):
    """Claim up to `limit` due reminders for this sweep. Returns the claim token."""
    return _claim(_due_ids(now=now, limit=limit), now=now)[0]


def _claimable(now):
    return Q(claimed_at=None) | Q(claimed_at__lt=now - STALE_CLAIM)


def _due_ids(*, now, limit):
    """The earliest due reminders nobody holds, read once for the whole sweep."""
    due = Reminder.objects.filter(_claimable(now), sent_at=None, due_at__lte=now).order_by("due_at", "id")
    return list(due.values_list("pk", flat=True)[:limit])


def _claim(ids, *, now):
    """(token, how many of `ids` it claimed): one conditional UPDATE, so a row another sweep
    claimed since it was read is left to that sweep."""
    token = uuid.uuid4()
    if not ids:
        return token, 0
    claimed = Reminder.objects.filter(_claimable(now), pk__in=ids, sent_at=None).update(claim=token, claimed_at=now)
    return token, claimed


def _messages(reminders, now):
    """{reminder id: e-mail} for the reminders that still apply, in a fixed number of queries
    whatever their number: one for who still has a place in which meeting, one for who has
    checked in this week; each kind's templates looked up once, each language switched on once."""
    active = [r for r in reminders if r.person.is_active]
    meetings = [r for r in active if r.kind == Reminder.Kind.MEETING]
    checkins = [r for r in active if r.kind != Reminder.Kind.MEETING]
    places = set()
    if meetings:
        places = set(
            Attendee.objects.filter(active=True, occurrence_id__in={r.occurrence_id for r in meetings},
                                    person_id__in={r.person_id for r in meetings})
            .order_by().values_list("occurrence_id", "person_id")
        )
    checked_in = set()
    if checkins:
        checked_in = set(
            CheckIn.objects.this_week(now).filter(volunteer_id__in={r.person_id for r in checkins})
            .order_by().values_list("volunteer_id", flat=True)
        )
    site = {"site_url": settings.SITE_URL}
    meeting_emails = [
        (r, {**site, "person": r.person, "occurrence": r.occurrence, "series": r.occurrence.series,
             "link": settings.SITE_URL + reverse("supervision:meeting", args=[r.occurrence_id])})
        for r in meetings
        if (r.occurrence_id, r.person_id) in places and not r.occurrence.is_cancelled and r.occurrence.starts_at > now
    ]
    checkin_link = settings.SITE_URL + reverse("supervision:checkin")
    checkin_emails = [(r, {**site, "person": r.person, "link": checkin_link})
                      for r in checkins if r.person_id not in checked_in]
    emails = {}
    for template, chosen in (("meeting_reminder", meeting_emails), ("checkin_reminder", checkin_emails)):
        if chosen:
            written = emails_to(f"supervision/email/{template}", [(r.person, context) for r, context in chosen])
            emails.update((r.pk, message) for (r, _context), message in zip(chosen, written, strict=True))
    return emails


def _message(reminder, now):
    """The e-mail for one reminder, or None when it no longer applies."""
    return _messages([reminder], now).get(reminder.pk)


def reminders_send_claimed(token, *, now=None):
    """Queue and send the e-mails of the reminders claimed under `token` (one batch), over one
    connection. Returns how many the mail server accepted."""
    now = now or timezone.now()
    claimed = list(
        Reminder.objects.filter(claim=token, sent_at=None)
        .select_related("person", "occurrence__series__organiser", "occurrence__series__one_to_one_with")
    )
    if not claimed:
        return 0
    emails = _messages(claimed, now)
    messages = [(f"reminder:{r.pk}", emails[r.pk]) for r in claimed if r.pk in emails]
    with transaction.atomic():
        keys = emails_queue(messages)
        Reminder.objects.filter(claim=token, sent_at=None).update(sent_at=timezone.now())
    return emails_send(keys=keys) if keys else 0


def reminders_send_due(*, now=None):
    """Claim one batch of what is due and send it here, in this process. Returns how many
    the mail server accepted."""
    now = now or timezone.now()
    return reminders_send_claimed(reminders_claim(now=now), now=now)


def reminders_fan_out(*, hand_out, now=None, batches=SWEEP_BATCHES):
    """Read what is due once, claim it a batch at a time and pass each batch's token to
    `hand_out` (the sweep task sends one task per batch to the workers). Returns how many
    batches."""
    now = now or timezone.now()
    due = _due_ids(now=now, limit=batches * BATCH)
    handed = 0
    for start in range(0, len(due), BATCH):
        token, claimed = _claim(due[start:start + BATCH], now=now)
        if claimed:
            hand_out(token)
            handed += 1
    return handed


def checkin_reminders_schedule(*, now=None):
    """Make sure every supervised volunteer has this week's check-in reminder (Monday 10:00)."""
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    due_at = recurrence.combine_local(today - timedelta(days=today.weekday()), CHECKIN_REMINDER_TIME)
    volunteers = (
        SupervisorAssignment.objects.current()
        .filter(volunteer__is_active=True)
        .exclude(volunteer__volunteer_profile__status__in=[Status.LEFT, Status.PAUSED])
        .values_list("volunteer_id", flat=True)
    )
    Reminder.objects.bulk_create(
        [Reminder(kind=Reminder.Kind.CHECKIN, person_id=pk, due_at=due_at) for pk in volunteers],
        ignore_conflicts=True,
    )

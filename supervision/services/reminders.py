"""Reminders stored in the database and sent by a beat sweep, each exactly once.

1. The minute sweep claims due rows a batch of BATCH at a time, each batch with one
   conditional UPDATE that stamps it with a token of its own; a second sweep running at the
   same moment finds them claimed and skips them. It hands each batch to the workers as one
   task (one broker message per batch), so 10,000 reminders due together go out in parallel
   within the minute rather than one batch a minute (reminders_fan_out).
2. The batch's task, in one transaction, puts an e-mail for each of its reminders in the
   outbox (keyed by the reminder) and marks the reminders done.
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
from django.db.models import Q, Subquery
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_to, emails_queue, emails_send
from people.models import SupervisorAssignment
from people.status import Status
from supervision import recurrence
from supervision.models import CheckIn, Reminder

User = get_user_model()

STALE_CLAIM = timedelta(minutes=10)
# One task, one broker message and one mail connection per BATCH reminders.
BATCH = 100
# Batches one sweep hands out at most (20,000 reminders); the rest wait for the next minute.
SWEEP_BATCHES = 200
CHECKIN_REMINDER_TIME = time(10, 0)


def reminders_claim(*, now, limit=BATCH):
    """Claim up to `limit` due reminders for this sweep. Returns the claim token."""
    return _claim(now=now, limit=limit)[0]


def _claim(*, now, limit):
    """(token, how many reminders it claimed)."""
    token = uuid.uuid4()
    claimable = Q(claimed_at=None) | Q(claimed_at__lt=now - STALE_CLAIM)
    due = Reminder.objects.filter(claimable, sent_at=None, due_at__lte=now).order_by("due_at").values("pk")[:limit]
    claimed = Reminder.objects.filter(claimable, pk__in=Subquery(due), sent_at=None).update(claim=token, claimed_at=now)
    return token, claimed


def _message(reminder, now):
    """The e-mail for one reminder, or None when it no longer applies."""
    person = reminder.person
    if not person.is_active:
        return None
    context = {"person": person, "site_url": settings.SITE_URL}
    if reminder.kind == Reminder.Kind.MEETING:
        occurrence = reminder.occurrence
        place = occurrence.attendees.filter(person=person, active=True).exists()
        if occurrence.is_cancelled or not place or occurrence.starts_at <= now:
            return None
        context.update(occurrence=occurrence, series=occurrence.series,
                       link=settings.SITE_URL + reverse("supervision:meeting", args=[occurrence.pk]))
        template = "meeting_reminder"
    else:
        if CheckIn.objects.this_week(now).filter(volunteer=person).exists():
            return None
        context["link"] = settings.SITE_URL + reverse("supervision:checkin")
        template = "checkin_reminder"
    return email_to(f"supervision/email/{template}", context, person)


def reminders_send_claimed(token, *, now=None):
    """Queue and send the e-mails of the reminders claimed under `token` (one batch), over one
    connection. Returns how many the mail server accepted."""
    now = now or timezone.now()
    claimed = list(
        Reminder.objects.filter(claim=token, sent_at=None).select_related("person", "occurrence__series")
    )
    if not claimed:
        return 0
    messages = [(f"reminder:{r.pk}", m) for r, m in ((r, _message(r, now)) for r in claimed) if m is not None]
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
    """Claim what is due a batch at a time and pass each batch's token to `hand_out` (the
    sweep task sends one task per batch to the workers). Returns how many batches."""
    now = now or timezone.now()
    handed = 0
    while handed < batches:
        token, claimed = _claim(now=now, limit=BATCH)
        if not claimed:
            break
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

"""Reminders stored in the database and sent by a beat sweep, each exactly once.

1. A sweep claims due rows with one conditional UPDATE that stamps them with its own token;
   a second sweep running at the same moment finds them claimed and skips them.
2. In one transaction it puts an e-mail for each claimed reminder in the outbox (keyed by
   the reminder) and marks the reminders done.
3. It sends them over one mail connection; the outbox marks each e-mail sent as soon as the
   server accepts it, so a server that fails part-way gets only the rest again, on a later
   run (outbox/emails.py).
4. A claim older than STALE_CLAIM with nothing queued means the worker died: the row is
   claimed again by a later sweep, so a restart loses nothing.
"""

import uuid
from datetime import time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q, Subquery
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_from_templates, emails_queue, emails_send
from people.models import SupervisorAssignment
from people.status import Status
from supervision import recurrence
from supervision.models import CheckIn, Reminder

User = get_user_model()

STALE_CLAIM = timedelta(minutes=10)
BATCH = 500
CHECKIN_REMINDER_TIME = time(10, 0)


def reminders_claim(*, now, limit=BATCH):
    """Claim up to `limit` due reminders for this sweep. Returns the claim token."""
    token = uuid.uuid4()
    claimable = Q(claimed_at=None) | Q(claimed_at__lt=now - STALE_CLAIM)
    due = Reminder.objects.filter(claimable, sent_at=None, due_at__lte=now).order_by("due_at").values("pk")[:limit]
    Reminder.objects.filter(claimable, pk__in=Subquery(due), sent_at=None).update(claim=token, claimed_at=now)
    return token


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
    return email_from_templates(f"supervision/email/{template}", context, [person.email])


def reminders_send_due(*, now=None):
    """Claim what is due, queue its e-mails and send them in one batch over one connection.
    Returns how many the mail server accepted."""
    now = now or timezone.now()
    token = reminders_claim(now=now)
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

"""Background jobs for caseloads: thin adapters that take ids, claim the work and act once."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone


@shared_task
def next_step_reminders():
    """Queue a reminder for every planned contact in the next 24 hours not yet reminded."""
    from outreach.selectors import reminders_due

    for pk, due_at in reminders_due():
        next_step_reminder_send.delay(pk, due_at.isoformat())


@shared_task
def next_step_reminder_send(first_stepper_id, due_at):
    """E-mail the peer supporter once. The message names no first stepper: e-mail leaves
    Waymark, and the name and notes stay behind the sign-in."""
    from datetime import datetime

    from outreach.models import FirstStepper
    from outreach.services import next_step_reminder_claim

    due = datetime.fromisoformat(due_at)
    if not next_step_reminder_claim(first_stepper_id=first_stepper_id, due_at=due):
        return False
    person = FirstStepper.objects.select_related("peer_supporter").get(pk=first_stepper_id)
    supporter = person.peer_supporter
    context = {"person": supporter, "when": timezone.localtime(due),
               "link": settings.SITE_URL + reverse("outreach:first_stepper", args=[person.pk])}
    subject = render_to_string("outreach/email/next_step_subject.txt", context).strip()
    body = render_to_string("outreach/email/next_step_body.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [supporter.email]).send()
    return True

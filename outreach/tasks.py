"""Background jobs for caseloads: thin adapters that claim the work and act once."""

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_to, emails_deliver


@shared_task
def next_step_reminders():
    """E-mail each peer supporter the day before a planned contact, once per next step.

    Each reminder is claimed with a conditional update (outreach.services), and goes through
    the outbox under a key naming the person and the time, so two sweeps never send it twice.
    The message names no first stepper: e-mail leaves Waymark, and the name and notes stay
    behind the sign-in."""
    from outreach.models import FirstStepper
    from outreach.selectors import reminders_due
    from outreach.services import next_step_reminder_claim

    claimed = [pk for pk, due_at in reminders_due() if next_step_reminder_claim(first_stepper_id=pk, due_at=due_at)]
    messages = []
    for person in FirstStepper.objects.filter(pk__in=claimed).select_related("peer_supporter"):
        supporter, when = person.peer_supporter, timezone.localtime(person.next_contact_at)
        context = {"person": supporter, "when": when,
                   "link": settings.SITE_URL + reverse("outreach:first_stepper", args=[person.pk])}
        messages.append((f"first-steps-reminder:{person.pk}:{when:%Y%m%d%H%M}",
                         email_to("outreach/email/next_step", context, supporter)))
    emails_deliver(messages)
    return len(messages)


@shared_task
def first_steps_facts_rebuild():
    """Nightly (beat): count the facts the First Steps report reads again from the contact
    log, putting right anything changed by other means. Returns how many were wrong."""
    from outreach.kept_facts import facts_rebuild

    return facts_rebuild()

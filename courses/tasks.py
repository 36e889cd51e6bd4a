"""Background jobs for courses. Each takes ids, re-reads what it needs, claims its row so
running twice sends nothing twice, and sends one e-mail."""

from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from outbox.emails import emails_deliver
from people import selectors as people_selectors

# Days before expiry that the renewal reminder goes out.
REMINDER_DAYS = 30


def _email(template, context, recipients):
    subject = render_to_string(f"courses/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"courses/email/{template}_body.txt", context)
    return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)


@shared_task
def send_place_offered(booking_id):
    from courses.models import Booking

    now = timezone.now()
    if Booking.objects.filter(pk=booking_id, state="booked", promotion_sent_at=None).update(promotion_sent_at=now) != 1:
        return
    booking = Booking.objects.select_related("user", "session__module", "session__course").get(pk=booking_id)
    context = {"booking": booking, "session": booking.session, "link": settings.SITE_URL + reverse("home")}
    emails_deliver([(f"place-offered:{booking.pk}", _email("place_offered", context, [booking.user.email]))])


@shared_task
def expiry_sweep():
    """Find required courses that expire within 30 days and have had no reminder yet."""
    from courses.models import REQUIRED_CATEGORIES, CourseStatus

    today = timezone.localdate()
    due = CourseStatus.objects.filter(
        reminder_sent_at=None,
        expires_on__isnull=False,
        expires_on__lte=today + timedelta(days=REMINDER_DAYS),
        course__category__in=REQUIRED_CATEGORIES,
        course__live=True,
        user__is_active=True,
    ).values_list("pk", flat=True)
    for status_id in due:
        send_expiry_reminder.delay(status_id)


@shared_task
def send_expiry_reminder(status_id):
    from courses.models import CourseStatus

    claimed = CourseStatus.objects.filter(pk=status_id, reminder_sent_at=None).update(reminder_sent_at=timezone.now())
    if claimed != 1:
        return
    status = CourseStatus.objects.select_related("user", "course").get(pk=status_id)
    learner = status.user
    context = {
        "learner": learner,
        "course": status.course,
        "expires_on": status.expires_on,
        "expired": status.expires_on <= timezone.localdate(),
        "link": settings.SITE_URL + reverse("home"),
    }
    # One key per person and expiry date: a renewal later gets its own reminder.
    key = f"expiry:{status.pk}:{status.expires_on.isoformat()}"
    messages = [(f"{key}:{learner.pk}", _email("expiry", context, [learner.email]))]
    for supervisor in people_selectors.supervisors_of(learner):
        if supervisor.email and supervisor.pk != learner.pk:
            messages.append((f"{key}:{supervisor.pk}",
                             _email("expiry_supervisor", {**context, "supervisor": supervisor}, [supervisor.email])))
    emails_deliver(messages)

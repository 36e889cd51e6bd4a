"""Background jobs for courses. Each takes ids, re-reads what it needs, claims its row so
running twice sends nothing twice, and sends one e-mail."""

import hashlib
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_to, emails_deliver
from people.selectors import current_supervisor_of


@shared_task
def send_place_offered(booking_id):
    from courses.models import Booking

    now = timezone.now()
    if Booking.objects.filter(pk=booking_id, state="booked", promotion_sent_at=None).update(promotion_sent_at=now) != 1:
        return
    booking = Booking.objects.select_related("user", "session__module", "session__course").get(pk=booking_id)
    context = {"booking": booking, "session": booking.session, "link": settings.SITE_URL + reverse("home")}
    emails_deliver([(f"place-offered:{booking.pk}",
                     email_to("courses/email/place_offered", context, booking.user))])


@shared_task
def expiry_sweep():
    """Find required courses that expire within the warning window and have had no reminder yet."""
    from courses.models import RENEWAL_WARNING_DAYS, REQUIRED_CATEGORIES, CourseStatus

    today = timezone.localdate()
    due = CourseStatus.objects.filter(
        reminder_sent_at=None,
        expires_on__isnull=False,
        expires_on__lte=today + timedelta(days=RENEWAL_WARNING_DAYS),
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
    messages = [(f"{key}:{learner.pk}", email_to("courses/email/expiry", context, learner))]
    supervisor = current_supervisor_of(learner)
    if supervisor is not None and supervisor.email and supervisor.pk != learner.pk:
        context = {**context, "supervisor": supervisor}
        messages.append((f"{key}:{supervisor.pk}",
                         email_to("courses/email/expiry_supervisor", context, supervisor)))
    emails_deliver(messages)


@shared_task
def send_session_cancelled(booking_id):
    """Tell someone their classroom day was cancelled, and where they are now. Once."""
    from courses.models import Booking

    if Booking.objects.filter(pk=booking_id, notice_sent_at=None).update(notice_sent_at=timezone.now()) != 1:
        return
    booking = Booking.objects.select_related(
        "user", "session__module", "session__course", "moved_to__session"
    ).get(pk=booking_id)
    context = {"booking": booking, "session": booking.session, "moved_to": booking.moved_to,
               "link": settings.SITE_URL + reverse("courses:session_list")}
    emails_deliver([(f"session-cancelled:{booking.pk}",
                     email_to("courses/email/session_cancelled", context, booking.user))])


@shared_task
def send_session_changed(session_id):
    """Tell everyone booked or waiting the new time or venue of a classroom day: once per
    person for each new time and place, so a second change is news and a retry is not."""
    from courses.models import Booking, ClassroomSession

    session = ClassroomSession.objects.select_related("module", "course").filter(pk=session_id).first()
    if session is None or session.cancelled_at is not None:
        return
    change = hashlib.sha256(
        f"{session.starts_at.isoformat()}|{session.ends_at.isoformat()}|{session.venue}".encode()
    ).hexdigest()[:16]
    messages = []
    for booking in Booking.objects.filter(session=session, state__in=["booked", "waiting"]).select_related("user"):
        context = {"booking": booking, "session": session, "link": settings.SITE_URL + reverse("home")}
        messages.append((f"session-changed:{booking.pk}:{change}",
                         email_to("courses/email/session_changed", context, booking.user)))
    emails_deliver(messages)


@shared_task
def publish_scheduled():
    """Every minute (beat): put live the changes editors scheduled, and take down expired pages."""
    from courses import publishing

    publishing.scheduled_changes_publish()

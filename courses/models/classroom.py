"""Classroom days: sessions a trainer schedules, bookings with a waiting list, registers."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ClassroomSession(models.Model):
    course = models.ForeignKey("courses.Course", on_delete=models.PROTECT, related_name="+")
    module = models.ForeignKey("courses.Module", on_delete=models.PROTECT, related_name="+")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    venue = models.CharField(_("venue"), max_length=200)
    capacity = models.PositiveSmallIntegerField(_("places"))
    trainer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="sessions_taught")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # A cancelled session stays, with its bookings (moved elsewhere), so nothing is lost.
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(_("why it is cancelled"), max_length=300, blank=True)

    class Meta:
        ordering = ["starts_at", "id"]

    def __str__(self):
        return f"{self.module_id} on {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self):
        return self.cancelled_at is not None

    @property
    def is_past(self):
        return self.starts_at <= timezone.now()

    @property
    def register_open(self):
        """The register can be taken from the session's day (courses.services.register_take)."""
        return timezone.localdate(self.starts_at) <= timezone.localdate()


class BookingState(models.TextChoices):
    BOOKED = "booked", _("Booked")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Booking(models.Model):
    session = models.ForeignKey(ClassroomSession, on_delete=models.CASCADE, related_name="bookings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classroom_bookings")
    state = models.CharField(max_length=20, choices=BookingState.choices, default=BookingState.BOOKED)
    # Place in the queue while waiting (1 = next to get a place); empty otherwise.
    waiting_position = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    promotion_sent_at = models.DateTimeField(null=True, blank=True)
    # When its session was cancelled: the booking made for them on another date, if any, and
    # when they were told (claimed once by the task that e-mails them).
    moved_to = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    notice_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=Q(state__in=["booked", "waiting"]),
                name="one_live_booking_per_session",
            )
        ]

    def __str__(self):
        return f"{self.user} – session {self.session_id} ({self.state})"


class Attendance(models.TextChoices):
    PRESENT = "present", _("Present")
    LATE = "late", _("Late")
    ABSENT = "absent", _("Absent")


ATTENDED = (Attendance.PRESENT, Attendance.LATE)


class RegisterEntry(models.Model):
    session = models.ForeignKey(ClassroomSession, on_delete=models.CASCADE, related_name="register")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="register_entries")
    attendance = models.CharField(max_length=10, choices=Attendance.choices)
    reason = models.CharField(_("reason"), max_length=250, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = _("register entries")
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="one_register_entry_per_person")]

    def __str__(self):
        return f"{self.user} {self.attendance} at session {self.session_id}"

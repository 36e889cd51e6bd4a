import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class Reminder(models.Model):
    """An e-mail that is due. The beat sweep claims due rows with a conditional update and
    sends each exactly once; `claimed_at` without `sent_at` means a worker died mid-send."""

    class Kind(models.TextChoices):
        MEETING = "meeting", "Meeting tomorrow"
        CHECKIN = "checkin", "Weekly check-in"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    occurrence = models.ForeignKey(
        "supervision.Occurrence", on_delete=models.CASCADE, null=True, blank=True, related_name="reminders"
    )
    due_at = models.DateTimeField()
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "person", "occurrence"], condition=Q(occurrence__isnull=False),
                name="supervision_meeting_reminder_once",
            ),
            models.UniqueConstraint(
                fields=["kind", "person", "due_at"], condition=Q(occurrence__isnull=True),
                name="supervision_checkin_reminder_once",
            ),
        ]
        indexes = [models.Index(fields=["due_at"], condition=Q(sent_at=None), name="supervision_reminders_due")]

    def __str__(self):
        return f"{self.kind} for {self.person} at {self.due_at}"


def new_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A person's private calendar address. Anyone with the token can read the feed, so it can be reset."""

    person = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Calendar for {self.person}"

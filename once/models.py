from django.db import models
from django.utils import timezone


class SubmittedForm(models.Model):
    """A one-time form key that has been posted (once/middleware.py). The key is unique, so a
    form sent twice, even at the same moment, is saved by the first request only; the second
    is sent where the first one went. Holds no personal data; kept for a day."""

    key = models.UUIDField(primary_key=True)
    path = models.CharField(max_length=500)
    # Where the first request sent the person; empty while it is still being saved.
    redirect_to = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"{self.path} ({self.key})"

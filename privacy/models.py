"""What erasure leaves behind: that it happened, when, and who did it. Nothing about the person."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ErasureRecord(models.Model):
    class Reason(models.TextChoices):
        REQUEST = "request", _("Asked for by the person, done by a manager")
        RETENTION = "retention", _("Retention period after leaving ran out")

    # The id the person's account had (it now belongs to the "Erased person" placeholder).
    person_pk = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    reason = models.CharField(max_length=20, choices=Reason.choices)
    # How many rows of each kind were deleted or anonymised: numbers only.
    counts = models.JSONField(default=dict)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"Erasure of person #{self.person_pk} on {self.at:%Y-%m-%d}"

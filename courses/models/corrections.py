"""Corrections to the seeded course content, waiting for an editor to review and publish them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContentCorrectionQuerySet(models.QuerySet):
    def waiting(self):
        """Corrections whose draft is not live yet: nothing published since it was made."""
        return self.filter(
            models.Q(page__live_revision=None) | models.Q(page__live_revision_id__lt=models.F("revision_id")),
            revision__isnull=False,
        )


class ContentCorrection(models.Model):
    """A new version of a seeded page that `load_courses` saved as a draft revision.

    Published pages are never changed by loading: an editor compares the draft with the live
    version, keeps their own changes, and publishes. `content_hash` names the shipped content,
    so loading again never makes a second draft for the same correction.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    content_hash = models.CharField(max_length=64)
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+")
    editor_changed = models.BooleanField(
        default=False, help_text=_("An editor had changed the page since it was loaded, so compare carefully.")
    )
    note = models.CharField(max_length=250, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = ContentCorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["page__path"]
        constraints = [models.UniqueConstraint(fields=["page", "content_hash"], name="courses_correction_once")]

    def __str__(self):
        return f"Correction to page {self.page_id}"

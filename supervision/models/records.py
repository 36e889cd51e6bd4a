from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from supervision.models.meetings import Occurrence


class OneToOneRecord(models.Model):
    """What was said at one 1:1. `notes` are confidential (supervisor and managers only);
    `shared_notes` is what the supervisor chooses to show the volunteer."""

    occurrence = models.OneToOneField(Occurrence, on_delete=models.CASCADE, related_name="record")
    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    notes = models.TextField(_("confidential notes"), blank=True)
    shared_notes = models.TextField(_("notes shared with the volunteer"), blank=True)
    caseload_discussed = models.PositiveSmallIntegerField(_("people they support now"), null=True, blank=True)
    wellbeing_discussed = models.BooleanField(_("wellbeing discussed"), default=False)
    safeguarding_concern = models.BooleanField(_("safeguarding concern raised"), default=False)
    safeguarding_action = models.TextField(_("what was done about it"), blank=True)
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Record of {self.occurrence}"


class ActionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(done_at=None)


class Action(models.Model):
    """Something agreed at a 1:1. It is shown at every later 1:1 until it is done."""

    volunteer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    record = models.ForeignKey(OneToOneRecord, on_delete=models.SET_NULL, null=True, related_name="actions")
    description = models.CharField(_("what was agreed"), max_length=300)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField(_("due by"))
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["volunteer"], condition=Q(done_at=None), name="supervision_open_actions")]

    def __str__(self):
        return self.description

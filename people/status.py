"""A volunteer's status lifecycle: applicant → in training → ready to start → active ⇄ paused → left."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    APPLICANT = "applicant", _("Applicant")
    IN_TRAINING = "in_training", _("In training")
    READY = "ready", _("Ready to start")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    LEFT = "left", _("Left")


# Which moves are allowed from each status. Anyone can leave, except someone who already has.
ALLOWED_TRANSITIONS = {
    Status.APPLICANT: {Status.IN_TRAINING, Status.LEFT},
    # Training can be paused; readiness can lapse back to training when a course expires.
    Status.IN_TRAINING: {Status.READY, Status.PAUSED, Status.LEFT},
    Status.READY: {Status.ACTIVE, Status.IN_TRAINING, Status.LEFT},
    Status.ACTIVE: {Status.PAUSED, Status.LEFT},
    Status.PAUSED: {Status.ACTIVE, Status.IN_TRAINING, Status.LEFT},
    Status.LEFT: set(),
}


def can_move(from_status, to_status):
    return Status(to_status) in ALLOWED_TRANSITIONS[Status(from_status)]


def next_statuses(from_status):
    """The statuses someone may be moved to, in lifecycle order."""
    allowed = ALLOWED_TRANSITIONS[Status(from_status)]
    return [status for status in Status if status in allowed]

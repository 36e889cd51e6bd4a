"""The roles a person can hold. Each is a Django group, created by a data migration."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    VOLUNTEER = "Volunteer", _("Volunteer")
    SUPERVISOR = "Supervisor", _("Supervisor")
    TRAINER = "Trainer", _("Trainer")
    MANAGER = "Manager", _("Manager")
    CONTENT_EDITOR = "Content editor", _("Content editor")


# The order dashboards are offered in when a person holds several roles.
DASHBOARD_ORDER = [Role.MANAGER, Role.SUPERVISOR, Role.TRAINER, Role.VOLUNTEER, Role.CONTENT_EDITOR]

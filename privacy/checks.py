"""Refuse to start with retention settings that cannot be right."""

from django.conf import settings
from django.core.checks import Error, register

from privacy.retention import RULES


@register()
def retention_settings(app_configs, **kwargs):
    days = getattr(settings, "WAYMARK_RETENTION_DAYS", {})
    errors = []
    for key in RULES:
        value = days.get(key)
        if not isinstance(value, int) or value < 0:
            errors.append(
                Error(
                    f"WAYMARK_RETENTION_DAYS[{key!r}] must be a whole number of days, 0 or more; got {value!r}.",
                    hint="Set it with the matching WAYMARK_RETENTION_…_DAYS environment variable (0 keeps for ever).",
                    id="privacy.E001",
                )
            )
    return errors

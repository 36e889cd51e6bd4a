from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnceConfig(AppConfig):
    name = "once"
    verbose_name = _("Forms saved once")
    default_auto_field = "django.db.models.BigAutoField"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo organisation, and nothing else: `manage.py load_demo` builds it from each
    app's own demo.py, in the order the apps depend on each other."""

    name = "demo"
    verbose_name = _("Demo organisation")

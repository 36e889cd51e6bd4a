from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo organisation, and nothing else: `manage.py load_demo` builds it from each
    app's own demo.py, in the order the apps depend on each other. It has no models, so
    nothing of it is shown to anyone."""

    name = "demo"

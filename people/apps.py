from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = _("People")

    def ready(self):
        from people import checks, inputs, language, signals  # noqa: F401

        inputs.install()
        _log_refusals_inside_the_content_editor()


def _log_refusals_inside_the_content_editor():
    """Wagtail turns a refusal inside its admin into a redirect with a message, so it never
    reaches audit's middleware. Its one function for that is wrapped to write the refusal to
    the access log first, like every other refusal."""
    from functools import wraps

    from wagtail.admin import auth

    from audit.models import AccessLog
    from audit.services import access_record

    refuse = auth.permission_denied
    if getattr(refuse, "logs_refusals", False):
        return

    @wraps(refuse)
    def logged(request):
        if request.user.is_authenticated:
            access_record(request=request, kind=AccessLog.Kind.PAGE, outcome=AccessLog.Outcome.REFUSED)
        return refuse(request)

    logged.logs_refusals = True
    auth.permission_denied = logged

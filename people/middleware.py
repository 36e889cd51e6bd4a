import time

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from audit.models import AccessLog
from audit.services import access_record
from people import inputs
from people.permissions import can_enter_cms, has_two_step, needs_two_step

CMS_PREFIX = "/cms/"
ADMIN_PREFIXES = (CMS_PREFIX, "/django-admin/")
# Wagtail's own account pages, which config/urls.py turns into redirects to allauth's.
CMS_ACCOUNT_PATHS = ("/cms/login/", "/cms/logout/", "/cms/password_reset/")


class ControlCharactersMiddleware:
    """No control character (NUL and the like) gets past the address into a view.

    An address that holds one names nothing, so it is "not found". Query values (a search, a
    date, a page number) lose theirs, so every view reads clean text. Form fields refuse them
    with a message instead (people/inputs.py), so a person knows what happened to what they typed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if inputs.QUERY_CONTROL_CHARACTERS.search(request.path_info):
            raise Http404
        if any(inputs.QUERY_CONTROL_CHARACTERS.search(key + "".join(values)) for key, values in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(inputs.clean_query_value(key), [inputs.clean_query_value(v) for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class CmsAccessMiddleware:
    """Keep the Wagtail admin for content editors and managers.

    Anyone else gets a plain refusal page rather than a glimpse of the admin, and a signed-out
    person is sent to the one sign-in page (allauth), never to Wagtail's own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(CMS_PREFIX) and not request.path.startswith(CMS_ACCOUNT_PATHS):
            if not request.user.is_authenticated:
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(settings.LOGIN_URL)}?{query}")
            if not can_enter_cms(request.user):
                access_record(request=request, kind=AccessLog.Kind.PAGE, outcome=AccessLog.Outcome.REFUSED)
                return render(request, "people/cms_refused.html", status=403)
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy in settings for Waymark's own pages; a looser one for the two admins.

    Wagtail's and Django's admin pages use inline scripts and styles, so they get
    settings.CONTENT_SECURITY_POLICY_ADMIN instead. Pages people use every day never do.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path.startswith(ADMIN_PREFIXES):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        elif not report_only and parts.config is None and getattr(request, "is_preview", False):
            # A preview is the learner's page shown inside the editor (Wagtail sets is_preview
            # only on its own preview requests): the same strict policy, framed by this site only.
            parts.config = {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}
        return parts


class SessionLifetimeMiddleware:
    """Sign people out after a spell of inactivity, and after a fixed time whatever they do.

    Supervision notes and wellbeing scores are health data, often read on shared computers,
    so a forgotten browser tab must not stay signed in.
    """

    IDLE_KEY = "waymark_last_seen"
    STARTED_KEY = "waymark_signed_in_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            started = session.setdefault(self.STARTED_KEY, now)
            last_seen = session.get(self.IDLE_KEY, now)
            idle = now - last_seen > settings.WAYMARK_IDLE_MINUTES * 60
            too_old = now - started > settings.WAYMARK_SESSION_HOURS * 3600
            if idle or too_old:
                logout(request)
                messages.info(request, _("You were signed out to keep your information safe. Please sign in again."))
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse(settings.LOGIN_URL)}?{query}")
            # Writing the session costs a query, so only once a minute is enough.
            if now - last_seen >= 60 or self.IDLE_KEY not in session:
                session[self.IDLE_KEY] = now
        return self.get_response(request)


class TwoStepRequiredMiddleware:
    """Staff (supervisors, trainers, managers, content editors, superusers) see other
    people's personal data, so they must set up two-step sign-in before anything else.

    Their account pages stay open, so they can set it up or sign out.
    """

    OPEN_PREFIXES = ("/accounts/", "/static/", "/verify/")
    SESSION_KEY = "waymark_two_step_ready"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            settings.WAYMARK_TWO_STEP_FOR_STAFF
            and user.is_authenticated
            and not request.path.startswith(self.OPEN_PREFIXES)
            and needs_two_step(user)
            and not request.session.get(self.SESSION_KEY)
        ):
            if not has_two_step(user):
                messages.info(
                    request,
                    _("Because you can see other people’s personal information, set up two-step sign-in first."),
                )
                return redirect("mfa_activate_totp")
            request.session[self.SESSION_KEY] = True
        return self.get_response(request)

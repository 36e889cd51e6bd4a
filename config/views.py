from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from config.dashboards import DASHBOARDS
from people.permissions import dashboard_roles
from people.roles import Role

SESSION_KEY = "dashboard_role"


@never_cache
def home(request):
    """The signed-in person's dashboard for their chosen role, or the way to sign in."""
    if not request.user.is_authenticated:
        return redirect_to_login("/")
    roles = dashboard_roles(request.user)
    if not roles:
        return render(request, "dashboards/no_role.html")
    chosen = request.session.get(SESSION_KEY)
    role = Role(chosen) if chosen in [r.value for r in roles] else roles[0]
    template, build_context = DASHBOARDS[role]
    context = {"role": role, "roles": roles, **build_context(request)}
    return render(request, template, context)


@require_POST
def switch_role(request):
    if not request.user.is_authenticated:
        return redirect_to_login("/")
    wanted = request.POST.get("role", "")
    if wanted not in [role.value for role in dashboard_roles(request.user)]:
        return HttpResponseBadRequest(_("You do not hold that role."))
    request.session[SESSION_KEY] = wanted
    return redirect("home")


@require_GET
def robots_txt(request):
    """Nothing in Waymark is for search engines: every page is about people or for members."""
    return HttpResponse("User-agent: *\nDisallow: /\n", content_type="text/plain; charset=utf-8")

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from config.dashboards import DASHBOARDS
from people.permissions import dashboard_roles
from people.roles import Role

SESSION_KEY = "dashboard_role"


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

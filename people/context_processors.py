from django.conf import settings

from people.permissions import can_enter_cms, can_manage_people, dashboard_roles, roles_of
from people.roles import Role

SUPERVISION_ROLES = {Role.VOLUNTEER.value, Role.SUPERVISOR.value, Role.MANAGER.value}
# Peer supporters keep their First Steps caseload there; managers record and assign referrals.
FIRST_STEPS_ROLES = {Role.VOLUNTEER.value, Role.MANAGER.value}


def waymark(request):
    """What every page's header needs: the organisation and what this person may open."""
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {
        "organisation_name": settings.WAYMARK_ORGANISATION_NAME,
        "signup_open": settings.WAYMARK_OPEN_SIGNUP,
        "nav_can_manage_people": signed_in and can_manage_people(user),
        "nav_can_enter_cms": signed_in and can_enter_cms(user),
        "nav_has_supervision": signed_in and bool(roles_of(user) & SUPERVISION_ROLES),
        "nav_has_first_steps": signed_in and bool(roles_of(user) & FIRST_STEPS_ROLES),
        "nav_dashboard_roles": dashboard_roles(user) if signed_in else [],
    }

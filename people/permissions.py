"""Who may do what. Views and templates ask here; nobody open-codes a role check.

Each question takes the person asking and, where there is one, the object they ask about.
"""

from people.models import SupervisorAssignment
from people.roles import DASHBOARD_ORDER, Role


def roles_of(user):
    """The set of role names a person holds, read once per request and kept on the user."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    cached = getattr(user, "_waymark_roles", None)
    if cached is None:
        cached = frozenset(user.groups.values_list("name", flat=True))
        user._waymark_roles = cached
    return cached


def has_role(user, role):
    return Role(role).value in roles_of(user)


def dashboard_roles(user):
    """The roles with a dashboard, in the order they are offered."""
    held = roles_of(user)
    return [role for role in DASHBOARD_ORDER if role.value in held]


def is_manager(user):
    return has_role(user, Role.MANAGER)


def can_manage_people(user):
    return is_manager(user)


def can_invite(user):
    return is_manager(user)


def supervises(user, person):
    """Is `user` the current supervisor of `person` (a person or their id)? Asked by every app
    that lets a supervisor see their supervisees' records. The supervisees' ids are read once
    per request and kept on the user."""
    if not user.is_authenticated or not has_role(user, Role.SUPERVISOR):
        return False
    cached = getattr(user, "_waymark_supervisee_ids", None)
    if cached is None:
        current = SupervisorAssignment.objects.current().filter(supervisor=user)
        cached = frozenset(current.values_list("volunteer_id", flat=True))
        user._waymark_supervisee_ids = cached
    return getattr(person, "pk", person) in cached


def can_view_person(user, person):
    return user.is_authenticated and (user.pk == person.pk or is_manager(user))


def can_read_access_log(user):
    """Who looked at a person's 1:1 records and check-ins, and who was refused: managers
    (and superusers, who answer for the system)."""
    return user.is_authenticated and user.is_active and (user.is_superuser or is_manager(user))


def can_change_status(user, profile):
    return is_manager(user)


def can_ask_to_step_back(user, profile):
    return user.pk == profile.user_id


def can_manage_placements(user):
    return is_manager(user)


def can_enter_cms(user):
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or bool(roles_of(user) & {Role.MANAGER.value, Role.CONTENT_EDITOR.value})


STAFF_ROLES = {Role.SUPERVISOR.value, Role.TRAINER.value, Role.MANAGER.value, Role.CONTENT_EDITOR.value}


def needs_two_step(user):
    """Anyone who can see other people's personal data must use two-step sign-in."""
    return user.is_authenticated and (user.is_superuser or bool(roles_of(user) & STAFF_ROLES))


def has_two_step(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()

"""Who may see and change readiness, object by object."""

from people.permissions import is_manager, supervises


def can_view_board(user):
    return is_manager(user)


def can_view_checklist(user, profile):
    """The volunteer themselves, their current supervisor, and managers."""
    if not user.is_authenticated:
        return False
    return user.pk == profile.user_id or is_manager(user) or supervises(user, profile.user_id)


def can_record_checks(user, profile):
    return is_manager(user)


def can_sign_off(user, profile):
    return is_manager(user)


def can_change_rules(user):
    return is_manager(user)


def can_view_reports(user):
    return is_manager(user)

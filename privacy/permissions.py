"""Who may export or erase a person's data: managers only. Anyone else is told nothing exists."""

from people.permissions import is_manager


def can_export(user, person):
    return is_manager(user)


def can_erase(user, person):
    """May open the erasure page. Whether this person can be erased is services.erase_refusal."""
    return is_manager(user)

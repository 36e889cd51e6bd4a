"""Reads about people, shaped for the pages that show them."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q
from django.utils.module_loading import import_string

from people.models import Invitation, StatusChange

User = get_user_model()


def people_for_manager(*, search="", role=""):
    people = (
        User.objects.filter(is_active=True)
        .select_related("volunteer_profile__placement")
        .prefetch_related("groups")
        .order_by("full_name")
    )
    if search:
        people = people.filter(Q(full_name__icontains=search) | Q(email__icontains=search))
    if role:
        people = people.filter(groups__name=role)
    return people


def pending_invitations():
    return Invitation.objects.pending().select_related("invited_by", "placement").prefetch_related("roles")


def person_with_history(pk):
    history = StatusChange.objects.select_related("changed_by")
    return (
        User.objects.select_related("volunteer_profile__placement")
        .prefetch_related("groups", Prefetch("volunteer_profile__status_changes", queryset=history))
        .get(pk=pk)
    )


def supervisors_of(user):
    """The people who supervise this person now.

    Supervision relationships belong to the supervision app, which `people` and `courses`
    must not import; settings.WAYMARK_SUPERVISOR_FINDER names the function that answers.
    """
    finder = import_string(settings.WAYMARK_SUPERVISOR_FINDER) if settings.WAYMARK_SUPERVISOR_FINDER else None
    found = finder(user) if finder else None
    if found is None:
        return []
    return [found] if isinstance(found, User) else list(found)

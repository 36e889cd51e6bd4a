"""Reads about people, shaped for the pages that show them."""

from django.contrib.auth import get_user_model
from django.db.models import Prefetch, Q

from people.models import Invitation, StatusChange, SupervisorAssignment
from people.roles import Role

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


def current_supervisor_of(person):
    """Who supervises this person now, or None. The one place that answers it (the permission
    question is people.permissions.supervises)."""
    assignment = SupervisorAssignment.objects.current().filter(volunteer=person).select_related("supervisor").first()
    return assignment.supervisor if assignment else None


def supervisees_of(supervisor):
    """The people this supervisor supervises now."""
    return User.objects.filter(supervisor_assignments__supervisor=supervisor, supervisor_assignments__ended_on=None)


def managers():
    """Every active manager: who hears when there is nobody closer to tell."""
    return User.objects.filter(groups__name=Role.MANAGER.value, is_active=True).distinct()


def manager_emails():
    """The addresses of every active manager, each once and in order."""
    return sorted(set(managers().values_list("email", flat=True)))

"""Personal data people keeps: accounts, volunteer records and invitations (privacy/inventory.py
collects this module, as the admin collects admin.py)."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events import supervisors_changed
from people.models import Invitation, StatusChange, SupervisorAssignment, VolunteerProfile
from people.status import Status
from privacy import erasers
from privacy.inventory import Kind, label, local, name_of, register

User = get_user_model()


def _roles(user):
    return ", ".join(sorted(group.name for group in user.groups.all()))


def _volunteer_record_closed(rows, person, now):
    return rows.exclude(status=Status.LEFT).update(status=Status.LEFT, status_changed_at=now)


def _supervision_ended(rows, person, now):
    """Supervision they receive or give ends today; the history of who supervised whom stays."""
    current = SupervisorAssignment.objects.current().filter(Q(volunteer=person) | Q(supervisor=person))
    volunteers = list(current.values_list("volunteer_id", flat=True))
    ended = current.update(ended_on=timezone.localdate(now))
    supervisors_changed.send(sender=SupervisorAssignment, people=volunteers)
    return ended


register(
    Kind(
        "supervisors", "people.SupervisorAssignment", ("volunteer",),
        lambda p: SupervisorAssignment.objects.filter(volunteer=p).select_related("supervisor"),
        _supervision_ended,
        _("Supervision they receive or give ends today."),
        columns=(("id", "id"), ("supervisor", name_of("supervisor")), ("started_on", "started_on"),
                 ("ended_on", "ended_on")),
        description=_("Who supervised them, from when to when."),
    ),
    Kind(
        "account", "people.User", ("User.groups", "User.user_permissions"),
        lambda p: User.objects.filter(pk=p.pk).prefetch_related("groups"),
        erasers.account,
        _("Their account becomes “Erased person #N”: no name, no e-mail, no roles, and it cannot sign in."),
        columns=(("id", "id"), ("email", "email"), ("full_name", "full_name"),
                 ("preferred_name", "preferred_name"), ("language", "language"), ("roles", _roles),
                 ("active", "is_active"),
                 ("date_joined", local("date_joined")), ("last_login", local("last_login"))),
        description=_("Their account: name, e-mail address, roles, when they joined and last signed in."),
    ),
    Kind(
        "volunteer_profile", "people.VolunteerProfile", ("user",),
        lambda p: VolunteerProfile.objects.filter(user=p).select_related("placement"),
        _volunteer_record_closed,
        _("Their volunteer record is kept with the date they joined and their placement, marked as left."),
        columns=(("id", "id"), ("joined_on", "joined_on"), ("placement", "placement.name"),
                 ("first_steps_caseload", "first_steps_caseload"),
                 ("status", label("status")), ("status_changed_at", local("status_changed_at"))),
        retention="left",
        description=_("Their volunteer record: when they joined, where they volunteer, their status."),
    ),
    Kind(
        "status_history", "people.StatusChange", (),
        lambda p: StatusChange.objects.filter(profile__user=p).select_related("changed_by"),
        erasers.blank("reason"),
        _("Their status history keeps the dates and statuses; the reasons written down are deleted."),
        columns=(("id", "id"), ("changed_at", local("changed_at")), ("from_status", label("from_status")),
                 ("to_status", label("to_status")), ("changed_by", name_of("changed_by")), ("reason", "reason_text")),
        description=_("Each change of their status: when, from what to what, who changed it and why."),
    ),
    Kind(
        "invitations", "people.Invitation", ("user",),
        lambda p: Invitation.objects.filter(Q(user=p) | Q(email__iexact=p.email))
        .select_related("invited_by").prefetch_related("roles"),
        erasers.delete,
        _("Invitations sent to them are deleted."),
        columns=(("id", "id"), ("email", "email"), ("full_name", "full_name"),
                 ("roles", lambda i: ", ".join(sorted(g.name for g in i.roles.all()))),
                 ("invited_by", name_of("invited_by")), ("created_at", local("created_at")),
                 ("expires_at", local("expires_at")), ("accepted_at", local("accepted_at")),
                 ("revoked_at", local("revoked_at"))),
        retention="invitations",
        description=_("Invitations to join Waymark sent to their e-mail address."),
    ),
    acted_on={
        "people.SupervisorAssignment.supervisor": "a supervisor (their supervisees' history)",
        "people.SupervisorAssignment.assigned_by": "who assigned a supervisor",
        "people.StatusChange.changed_by": "who changed a volunteer's status",
        "people.Invitation.invited_by": "the manager who sent an invitation",
    },
)

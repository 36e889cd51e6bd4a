"""Who supervises whom, and when supervisors are free for 1:1s."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events import supervisors_changed
from people.models import SupervisorAssignment
from people.permissions import has_role
from people.roles import Role
from supervision.models import Availability

User = get_user_model()


def supervisor_assign(*, volunteer, supervisor, by, started_on=None):
    """Make `supervisor` the volunteer's supervisor from `started_on`, ending any current one.

    The earlier assignment is kept with its end date, so the history stays whole.
    """
    started_on = started_on or timezone.localdate()
    if not has_role(volunteer, Role.VOLUNTEER):
        raise ValidationError(_("%(name)s is not a volunteer.") % {"name": volunteer}, code="not_volunteer")
    if not has_role(supervisor, Role.SUPERVISOR):
        raise ValidationError(_("%(name)s is not a supervisor.") % {"name": supervisor}, code="not_supervisor")
    if supervisor.pk == volunteer.pk:
        raise ValidationError(_("Nobody can supervise themselves."), code="self")
    with transaction.atomic():
        # Lock the volunteer's row so two managers assigning at once cannot both succeed.
        User.objects.select_for_update().filter(pk=volunteer.pk).first()
        current = SupervisorAssignment.objects.current().filter(volunteer=volunteer).first()
        if current and current.supervisor_id == supervisor.pk:
            raise ValidationError(
                _("%(supervisor)s already supervises %(volunteer)s.")
                % {"supervisor": supervisor, "volunteer": volunteer},
                code="already",
            )
        if current:
            if started_on < current.started_on:
                raise ValidationError(
                    _("The new supervision cannot start before the current one started (%(date)s).")
                    % {"date": current.started_on.strftime("%d/%m/%Y")},
                    code="too_early",
                )
            current.ended_on = started_on
            current.save(update_fields=["ended_on"])
        return SupervisorAssignment.objects.create(
            volunteer=volunteer, supervisor=supervisor, started_on=started_on, assigned_by=by
        )


def supervision_end(*, volunteer, by):
    ended = SupervisorAssignment.objects.current().filter(volunteer=volunteer).update(ended_on=timezone.localdate())
    if not ended:
        raise ValidationError(_("%(name)s has no supervisor at the moment.") % {"name": volunteer}, code="none")
    supervisors_changed.send(sender=SupervisorAssignment, people=[volunteer.pk])


def availability_add(*, supervisor, weekday, starts_at, ends_at):
    if ends_at <= starts_at:
        raise ValidationError(_("The end time must be after the start time."), code="order")
    overlapping = Availability.objects.filter(
        supervisor=supervisor, weekday=weekday, starts_at__lt=ends_at, ends_at__gt=starts_at
    )
    if overlapping.exists():
        raise ValidationError(_("That overlaps a time you have already added."), code="overlap")
    return Availability.objects.create(supervisor=supervisor, weekday=weekday, starts_at=starts_at, ends_at=ends_at)


def availability_remove(*, availability):
    availability.delete()

"""Who may see or do what in supervision, object by object. Views ask here and raise 404
for anything a person may not know exists.

A supervisor sees only their current supervisees; a manager sees everyone; a volunteer
sees only their own records (and, of their 1:1 notes, only what is shared with them).
"""

from people.models import VolunteerProfile
from people.permissions import has_role, is_manager, supervises
from people.roles import Role
from people.status import Status
from supervision.models import Kind


def can_manage_assignments(user):
    return is_manager(user)


def can_see_team(user):
    return is_manager(user) or has_role(user, Role.SUPERVISOR)


def can_see_volunteer(user, volunteer):
    """The supervisor's or manager's view of a volunteer: check-ins, flags, 1:1 notes."""
    return is_manager(user) or supervises(user, volunteer)


def can_check_in(user):
    return has_role(user, Role.VOLUNTEER)


def supports_people(user):
    """Only an active peer supporter has people they support; anyone else is not asked."""
    return VolunteerProfile.objects.filter(user=user, status=Status.ACTIVE).exists()


def can_set_availability(user):
    return has_role(user, Role.SUPERVISOR)


def can_book_for(user, supervisor, volunteer):
    return (user.pk == supervisor.pk or is_manager(user)) and supervises(supervisor, volunteer)


def can_create_series(user):
    return is_manager(user) or has_role(user, Role.SUPERVISOR)


def can_apply_rhythm(user):
    return is_manager(user)


def can_manage_series(user, series):
    return is_manager(user) or series.organiser_id == user.pk


def _one_to_one_volunteer_id(occurrence):
    ids = [a.person_id for a in occurrence.attendees.all() if a.person_id != occurrence.series.organiser_id]
    return ids[0] if ids else None


def can_view_meeting(user, occurrence):
    if can_manage_series(user, occurrence.series):
        return True
    if any(a.person_id == user.pk for a in occurrence.attendees.all()):
        return True
    if occurrence.series.kind == Kind.ONE_TO_ONE:
        volunteer_id = _one_to_one_volunteer_id(occurrence)
        return volunteer_id is not None and supervises(user, volunteer_id)
    return False


def can_manage_meeting(user, occurrence):
    """Move, cancel, take attendance: the organiser or a manager."""
    return can_manage_series(user, occurrence.series)


def can_view_confidential_notes(user, record):
    """1:1 notes: the volunteer's current supervisor and managers. Never the volunteer or anyone else."""
    return is_manager(user) or supervises(user, record.volunteer_id)


def can_write_record(user, occurrence):
    if occurrence.series.kind != Kind.ONE_TO_ONE:
        return False
    volunteer_id = _one_to_one_volunteer_id(occurrence)
    return is_manager(user) or (volunteer_id is not None and supervises(user, volunteer_id))


def can_view_shared_record(user, record):
    """What the supervisor shared, and all actions: the volunteer themselves (and those who see all)."""
    return user.pk == record.volunteer_id or can_view_confidential_notes(user, record)


def can_ask_to_move(user, occurrence):
    return (
        occurrence.series.kind == Kind.ONE_TO_ONE
        and occurrence.series.organiser_id != user.pk
        and any(a.person_id == user.pk and a.active for a in occurrence.attendees.all())
    )


def can_answer_move_request(user, request):
    return request.occurrence.series.organiser_id == user.pk or is_manager(user)


def can_complete_action(user, action):
    return user.pk in (action.volunteer_id, action.owner_id) or can_see_volunteer(user, action.volunteer)


def can_resolve_flag(user, flag):
    return can_see_volunteer(user, flag.volunteer)

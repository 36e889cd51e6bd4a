"""Who may see or do what with a caseload, object by object. Views ask here and answer
"not found" for a first stepper a person may not know exists.

A peer supporter sees only their own people; their supervisor sees their supervisees'
people; managers see everyone. Who supervises whom is asked through `people`.
"""

from people.permissions import has_role, is_manager, supervises
from people.roles import Role
from people.status import Status


def can_hold_caseload(person):
    """Only volunteers signed off as ready to start (and so active) whom a manager marked to
    hold a First Steps caseload (so readiness asked for the phone and text training) take on
    first steppers."""
    profile = getattr(person, "volunteer_profile", None)
    return (person.is_active and profile is not None and profile.status == Status.ACTIVE
            and profile.first_steps_caseload)


def is_own(user, first_stepper):
    return user.is_authenticated and first_stepper.peer_supporter_id == user.pk


def supervises_holder(user, first_stepper):
    return first_stepper.peer_supporter_id is not None and supervises(user, first_stepper.peer_supporter_id)


def can_view_first_stepper(user, first_stepper):
    if not user.is_authenticated:
        return False
    return is_own(user, first_stepper) or is_manager(user) or supervises_holder(user, first_stepper)


def can_work_with(user, first_stepper):
    """Log contacts, change the stage, step back: the person's own peer supporter, while they
    hold a caseload. An opted-out or erased person is never contacted again."""
    return is_own(user, first_stepper) and first_stepper.erased_at is None


def can_see_own_caseload(user):
    return has_role(user, Role.VOLUNTEER)


def can_record_referral(user):
    """Managers record referrals; a peer supporter records a self-referral onto their own caseload."""
    return is_manager(user) or (has_role(user, Role.VOLUNTEER) and can_hold_caseload(user))


def can_manage_caseloads(user):
    return is_manager(user)


def can_review(user, first_stepper):
    """The 1:1 review: the peer supporter's supervisor, or a manager."""
    return is_manager(user) or supervises_holder(user, first_stepper)


def can_erase(user, first_stepper):
    return is_manager(user)

"""Who may do what with learning records and classroom sessions. Views ask here."""

from people.permissions import has_role, is_manager
from people.roles import Role


def can_view_attempt(user, attempt):
    return user.is_authenticated and (attempt.user_id == user.pk or is_manager(user))


def can_view_reflection(user, answer):
    # Reflections are private: not even a manager reads them.
    return user.is_authenticated and answer.user_id == user.pk


def can_view_certificate(user, certificate):
    return user.is_authenticated and (certificate.user_id == user.pk or is_manager(user))


def can_book_sessions(user):
    return has_role(user, Role.VOLUNTEER)


def can_cancel_booking(user, booking):
    return user.is_authenticated and booking.user_id == user.pk


def can_teach(user):
    return has_role(user, Role.TRAINER)


def can_schedule_sessions(user):
    return has_role(user, Role.TRAINER) or is_manager(user)


def can_take_register(user, session):
    return user.is_authenticated and (session.trainer_id == user.pk or is_manager(user))

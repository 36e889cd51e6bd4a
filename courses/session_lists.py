"""Reads about classroom sessions for the people who run them and book them: lists in date
order (today's first), and a session's register."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Booking, BookingState, ClassroomSession, RegisterEntry


def _sessions_from(when):
    return (
        ClassroomSession.objects.filter(starts_at__gt=when, cancelled_at=None)
        .select_related("course", "module", "trainer")
        .annotate(
            booked=Count("bookings", filter=Q(bookings__state=BookingState.BOOKED)),
            waiting=Count("bookings", filter=Q(bookings__state=BookingState.WAITING)),
        )
        # Soonest first, so today's sessions lead the list.
        .order_by("starts_at", "id")
    )


def upcoming_sessions(*, course=None, module=None):
    sessions = _sessions_from(timezone.now())
    if course is not None:
        sessions = sessions.filter(course=course)
    if module is not None:
        sessions = sessions.filter(module=module)
    return sessions


def sessions_for_trainer(user):
    """Today's sessions (whose register is due) and later ones, for the trainer who runs them."""
    start_of_today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return _sessions_from(start_of_today).filter(trainer=user)


def today_and_later(sessions):
    """[(heading, sessions)]: today's sessions under "Today", the rest under "Coming up", each
    in date order; a heading with no sessions is left out."""
    today = timezone.localdate()
    groups = [(_("Today"), []), (_("Coming up"), [])]
    for session in sessions:
        groups[0 if timezone.localdate(session.starts_at) == today else 1][1].append(session)
    return [(heading, items) for heading, items in groups if items]


def register_for(session):
    """The people booked on a session with their register entry (if any), in name order."""
    bookings = list(
        Booking.objects.filter(session=session, state=BookingState.BOOKED)
        .select_related("user")
        .order_by("user__full_name", "user_id")
    )
    entries = {entry.user_id: entry for entry in RegisterEntry.objects.filter(session=session)}
    for booking in bookings:
        booking.entry = entries.get(booking.user_id)
    return bookings

"""Changing and cancelling a classroom session after it is scheduled.

Both validate before they save and raise ValidationError with a message a trainer can act
on. Everyone booked (or waiting) is e-mailed after the change is committed.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import rules, tasks
from courses.models import Booking, BookingState, ClassroomSession, RegisterEntry

LIVE = (BookingState.BOOKED, BookingState.WAITING)


def _check_can_change(session, by):
    if not rules.can_take_register(by, session):
        raise ValidationError(_("Only this session’s trainer or a manager can change it."), code="not_allowed")
    if session.is_cancelled:
        raise ValidationError(_("This session is cancelled."), code="cancelled")
    if session.is_past:
        raise ValidationError(_("This session has already started, so it cannot be changed."), code="started")


def session_update(*, session, by, starts_at, ends_at, venue, capacity, trainer):
    """Change a session's time, venue, places or trainer.

    1. Only before it starts, by its trainer or a manager, with the same checks as scheduling.
    2. Places cannot go below the number already booked; more places go to the people
       waiting, in turn, who are e-mailed that a place is theirs.
    3. If the time or venue changed, everyone booked or waiting is e-mailed the new details.
    """
    _check_can_change(session, by)
    if ends_at <= starts_at:
        raise ValidationError(_("The session must end after it starts."), code="ends_before_start")
    if starts_at <= timezone.now():
        raise ValidationError(_("Choose a date and time in the future."), code="past")
    if capacity < 1:
        raise ValidationError(_("A session needs at least one place."), code="no_places")
    if not rules.can_teach(trainer):
        raise ValidationError(_("%(name)s is not a trainer.") % {"name": trainer}, code="not_trainer")
    with transaction.atomic():
        session = ClassroomSession.objects.select_for_update().get(pk=session.pk)
        booked = Booking.objects.filter(session=session, state=BookingState.BOOKED).count()
        if capacity < booked:
            raise ValidationError(
                _("%(booked)d people are booked, so the session needs at least %(booked)d places.")
                % {"booked": booked},
                code="too_few_places",
            )
        moved = (session.starts_at, session.ends_at, session.venue) != (starts_at, ends_at, venue.strip())
        session.starts_at, session.ends_at, session.venue = starts_at, ends_at, venue.strip()
        session.capacity, session.trainer = capacity, trainer
        session.save(update_fields=["starts_at", "ends_at", "venue", "capacity", "trainer"])
        promoted = []
        waiting = Booking.objects.filter(session=session, state=BookingState.WAITING).order_by("waiting_position", "id")
        for booking in waiting[: capacity - booked]:
            booking.state, booking.waiting_position, booking.promoted_at = BookingState.BOOKED, None, timezone.now()
            booking.save(update_fields=["state", "waiting_position", "promoted_at"])
            promoted.append(booking.pk)
        _renumber_waiting(session)
    for booking_id in promoted:
        transaction.on_commit(lambda pk=booking_id: tasks.send_place_offered.delay(pk))
    if moved:
        transaction.on_commit(lambda: tasks.send_session_changed.delay(session.pk))
    return session


def _renumber_waiting(session):
    for position, booking in enumerate(
        Booking.objects.filter(session=session, state=BookingState.WAITING).order_by("waiting_position", "id"),
        start=1,
    ):
        if booking.waiting_position != position:
            booking.waiting_position = position
            booking.save(update_fields=["waiting_position"])


def session_cancel(*, session, by, reason=""):
    """Cancel a session that has not started and whose register is not taken.

    1. The session stays, marked cancelled, with the reason; its bookings stay too, cancelled.
    2. Each person booked (then each person waiting, in turn) moves to the next session of
       the same classroom day with room, or, when none has room, to the waiting list of the
       next one. With no later session, their booking is cancelled and they are asked to
       book again when a new date is set.
    3. Everyone is e-mailed where they are now. A register already taken is never lost: such
       a session cannot be cancelled.
    Returns the new bookings made elsewhere.
    """
    _check_can_change(session, by)
    if RegisterEntry.objects.filter(session=session).exists():
        raise ValidationError(_("The register for this session has been taken, so it cannot be cancelled."),
                              code="register_taken")
    now = timezone.now()
    with transaction.atomic():
        session = ClassroomSession.objects.select_for_update().get(pk=session.pk)
        session.cancelled_at, session.cancel_reason = now, (reason or "").strip()
        session.save(update_fields=["cancelled_at", "cancel_reason"])
        later = list(
            ClassroomSession.objects.select_for_update()
            .filter(module_id=session.module_id, cancelled_at=None, starts_at__gt=max(now, session.starts_at))
            .order_by("starts_at", "id")
        )
        if not later:
            later = list(
                ClassroomSession.objects.select_for_update()
                .filter(module_id=session.module_id, cancelled_at=None, starts_at__gt=now)
                .order_by("starts_at", "id")
            )
        people = list(
            Booking.objects.filter(session=session, state__in=LIVE)
            .order_by("state", "waiting_position", "created_at", "id")  # "booked" before "waiting"
        )
        made = []
        for booking in people:
            booking.moved_to = _move(booking.user_id, later)
            booking.state, booking.waiting_position, booking.cancelled_at = BookingState.CANCELLED, None, now
            booking.save(update_fields=["state", "waiting_position", "cancelled_at", "moved_to"])
            if booking.moved_to is not None:
                made.append(booking.moved_to)
    for booking in people:
        transaction.on_commit(lambda pk=booking.pk: tasks.send_session_cancelled.delay(pk))
    return made


def _move(user_id, sessions):
    """A booking on the first of `sessions` with room, or on the first one's waiting list.
    Someone already booked or waiting on one of them keeps that booking."""
    existing = Booking.objects.filter(user_id=user_id, session__in=sessions, state__in=LIVE).first()
    if existing is not None or not sessions:
        return existing
    for session in sessions:
        booked = Booking.objects.filter(session=session, state=BookingState.BOOKED).count()
        if booked < session.capacity:
            return Booking.objects.create(session=session, user_id=user_id, state=BookingState.BOOKED)
    first = sessions[0]
    last = Booking.objects.filter(session=first, state=BookingState.WAITING).aggregate(n=Max("waiting_position"))
    return Booking.objects.create(session=first, user_id=user_id, state=BookingState.WAITING,
                                  waiting_position=(last["n"] or 0) + 1)

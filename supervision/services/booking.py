"""Booking weekly 1:1s from a supervisor's availability, and moving one when a volunteer asks."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from people.selectors import current_supervisor_of
from supervision import recurrence, tasks
from supervision.models import Attendee, Availability, Kind, MeetingSeries, MoveRequest
from supervision.services.meetings import find_clashes, occurrence_move, series_create, series_split

ONE_TO_ONE_MINUTES = 30
SLOT_STEP = timedelta(minutes=30)


def within_availability(supervisor, starts_at, minutes=ONE_TO_ONE_MINUTES):
    local = timezone.localtime(starts_at)
    end = (local + timedelta(minutes=minutes)).time()
    if end <= local.time():
        return False
    return Availability.objects.filter(
        supervisor=supervisor, weekday=local.weekday(), starts_at__lte=local.time(), ends_at__gte=end
    ).exists()


def free_slots(*, supervisor, volunteer, first_day, days=7, now=None):
    """30-minute starts in the supervisor's availability over `days` days from `first_day`
    (local dates) where neither the supervisor nor the volunteer has anything booked."""
    now = now or timezone.now()
    windows = list(Availability.objects.filter(supervisor=supervisor))
    candidates = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        for window in windows:
            if window.weekday != day.weekday():
                continue
            start = recurrence.combine_local(day, window.starts_at)
            last = recurrence.combine_local(day, window.ends_at) - timedelta(minutes=ONE_TO_ONE_MINUTES)
            while start <= last:
                if start > now:
                    candidates.append(start)
                start += SLOT_STEP
    if not candidates:
        return []
    length = timedelta(minutes=ONE_TO_ONE_MINUTES)
    busy = list(
        Attendee.objects.filter(
            active=True, person__in=[supervisor, volunteer],
            starts_at__lt=max(candidates) + length, ends_at__gt=min(candidates),
        ).values_list("starts_at", "ends_at")
    )
    return sorted(
        start for start in candidates
        if not any(b_start < start + length and b_end > start for b_start, b_end in busy)
    )


def live_one_to_one(*, supervisor, volunteer):
    """The live weekly 1:1 series of this supervisor with this volunteer, or None (there is at
    most one: a partial unique constraint in the database)."""
    return (
        MeetingSeries.objects.live()
        .filter(kind=Kind.ONE_TO_ONE, organiser=supervisor, one_to_one_with=volunteer)
        .first()
    )


def _check_new_time(*, supervisor, volunteer, starts_at, now):
    if current_supervisor_of(volunteer) != supervisor:
        raise ValidationError(
            _("%(volunteer)s is not your supervisee, so you cannot book their 1:1.") % {"volunteer": volunteer},
            code="not_supervisee",
        )
    if starts_at <= now:
        raise ValidationError(_("You cannot book a 1:1 in the past. Choose a time from now on."), code="past")
    if not within_availability(supervisor, starts_at):
        raise ValidationError(
            _("That time is outside the times you said you are free for 1:1s. Choose one of the free times."),
            code="outside_availability",
        )


def one_to_one_book(*, supervisor, volunteer, starts_at, by, now=None):
    """Book a weekly 30-minute 1:1 series in one step, starting at `starts_at`.

    1. The volunteer must be the supervisor's current supervisee, with no live 1:1 series
       with them already (that one's day or time is changed instead).
    2. The first 1:1 must be in the future and inside the supervisor's availability.
    3. The series is stored for the coming weeks; if either person is busy at any of them,
       nothing is saved and the message says when. Under concurrency the database decides,
       both about a clash and about a second series for the same two people.
    """
    now = now or timezone.now()
    _check_new_time(supervisor=supervisor, volunteer=volunteer, starts_at=starts_at, now=now)
    if live_one_to_one(supervisor=supervisor, volunteer=volunteer):
        raise ValidationError(
            _("Weekly 1:1s with %(volunteer)s are already booked. Change their day or time instead.")
            % {"volunteer": volunteer},
            code="already_booked",
        )
    series = series_create(
        kind=Kind.ONE_TO_ONE,
        title="",  # Named when read, in the reader's language (MeetingSeries.shown_title).
        organiser=supervisor, members=[volunteer], dtstart=starts_at, rrule="FREQ=WEEKLY",
        duration_minutes=ONE_TO_ONE_MINUTES, skip_bank_holidays=True, by=by, now=now,
    )
    enqueue(tasks.tell_about_booking, series.pk)
    return series


def one_to_one_reschedule(*, supervisor, volunteer, starts_at, by, now=None):
    """Change the day or time of the live weekly 1:1s, from the next one on ("this and all
    following"): the next 1:1 and every one after it move to the weekly time of `starts_at`.
    Past 1:1s, and what was recorded at them, stay as they were. Both people are e-mailed."""
    now = now or timezone.now()
    _check_new_time(supervisor=supervisor, volunteer=volunteer, starts_at=starts_at, now=now)
    series = live_one_to_one(supervisor=supervisor, volunteer=volunteer)
    if series is None:
        raise ValidationError(_("There are no weekly 1:1s to change. Book them first."), code="none")
    following = series.occurrences.filter(starts_at__gt=now, cancelled_at=None).order_by("original_start").first()
    if following is None:
        raise ValidationError(_("There is no coming 1:1 to change. Book weekly 1:1s again."), code="none")
    new = series_split(occurrence=following, starts_at=starts_at, by=by, now=now)
    transaction.on_commit(lambda: tasks.tell_about_booking.delay(new.pk))
    return new


def move_request_create(*, occurrence, volunteer, wanted_start, reason, now=None):
    """A volunteer asks to move one 1:1 to a time the supervisor is free. The supervisor is told."""
    now = now or timezone.now()
    if occurrence.is_cancelled or occurrence.starts_at <= now:
        raise ValidationError(_("You can only ask to move a 1:1 that has not happened yet."), code="gone")
    if wanted_start <= now:
        raise ValidationError(_("Choose a new time in the future."), code="past")
    if occurrence.move_requests.filter(state=MoveRequest.State.OPEN).exists():
        raise ValidationError(_("You have already asked to move this 1:1. Your supervisor will reply."), code="open")
    supervisor = occurrence.series.organiser
    if not within_availability(supervisor, wanted_start):
        raise ValidationError(_("Your supervisor is not free at that time. Choose one of the times shown."),
                              code="outside_availability")
    length = occurrence.ends_at - occurrence.starts_at
    clashes = find_clashes(person_ids=[supervisor.pk, volunteer.pk], intervals=[(wanted_start, wanted_start + length)],
                           exclude_occurrence_ids=[occurrence.pk])
    if clashes:
        raise ValidationError(_("One of you already has a meeting at that time. Choose another time."), code="clash")
    try:
        with transaction.atomic():
            request = MoveRequest.objects.create(
                occurrence=occurrence, requested_by=volunteer, wanted_start=wanted_start, reason=reason.strip()
            )
    except IntegrityError:
        # Another request for this meeting was saved a moment ago (supervision_one_open_move_request).
        if not occurrence.move_requests.filter(state=MoveRequest.State.OPEN).exists():
            raise
        raise ValidationError(_("You have already asked to move this 1:1. Your supervisor will reply."),
                              code="open") from None
    enqueue(tasks.tell_about_move_request, request.pk)
    return request


def _resolve(request, *, starts_at, state, by, now):
    if request.state != MoveRequest.State.OPEN:
        raise ValidationError(_("This request has already been answered."), code="answered")
    with transaction.atomic():
        claimed = MoveRequest.objects.filter(pk=request.pk, state=MoveRequest.State.OPEN).update(
            state=state, moved_to=starts_at, resolved_at=now, resolved_by=by
        )
        if claimed != 1:
            raise ValidationError(_("This request has already been answered."), code="answered")
        occurrence_move(occurrence=request.occurrence, starts_at=starts_at, by=by, now=now)
    request.refresh_from_db()
    enqueue(tasks.tell_about_move_answer, request.pk)
    return request


def move_request_accept(*, request, by, now=None):
    now = now or timezone.now()
    return _resolve(request, starts_at=request.wanted_start, state=MoveRequest.State.ACCEPTED, by=by, now=now)


def move_request_offer(*, request, starts_at, by, now=None):
    """The supervisor moves the 1:1 to another time instead of the one asked for."""
    now = now or timezone.now()
    return _resolve(request, starts_at=starts_at, state=MoveRequest.State.OFFERED, by=by, now=now)

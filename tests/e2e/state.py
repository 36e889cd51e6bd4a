"""Where each journey starts, built with the apps' own services so a journey runs alone.

The four journeys follow one volunteer, Alice: her check-in flag is what her supervisor
sees, her classroom day is the one the trainer registers, and she is the one the manager
signs off. Each journey is its own test, so instead of carrying the database from one to
the next, each builds the state the journeys before it would have left.
"""

from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.utils import timezone

from courses import services as courses
from courses.models import Booking, ClassroomSession
from supervision import services as supervision
from supervision.models import Attendance, Kind
from supervision.recurrence import localise
from tests.courses import factories as course_factories
from tests.supervision.factories import assign

INDUCTION = "Introduction to peer support"

# Answers to the weekly check-in that raise an urgent flag: low wellbeing and "contact me".
LOW_CHECK_IN = {
    "who5_cheerful": 1, "who5_calm": 1, "who5_active": 1, "who5_rested": 1, "who5_interested": 1,
    "caseload": 3, "recovery": 2, "worries": "A hard week at home.", "contact_requested": True,
}


def induction():
    """A short induction (a lesson, a knowledge check, one classroom day) and one policy."""
    data = course_factories.course_data("induction", title=INDUCTION, category="induction")
    course_factories.build(courses=[data], policies=[course_factories.policy_data()])
    return course_factories.course("induction")


def classroom_day(*, trainer, on, capacity=12):
    """The induction's classroom day at 09:30 on `on`, 6 hours, in Room 2."""
    course = course_factories.course("induction")
    starts = localise(datetime.combine(on, time(9, 30)))
    return ClassroomSession.objects.create(
        course=course, module=course_factories.module("day-one"), starts_at=starts,
        ends_at=starts + timedelta(hours=6), venue="Room 2", capacity=capacity, trainer=trainer,
    )


def booked_today(volunteers, *, trainer):
    """Today's classroom day with these volunteers booked: the register is due."""
    session = classroom_day(trainer=trainer, on=timezone.localdate())
    for volunteer in volunteers:
        Booking.objects.create(session=session, user=volunteer)
    return session


def one_off_one_to_one(supervisor, volunteer, *, starts, attended=False):
    """A single 1:1 at `starts` (which may be past), booked a week before it."""
    series = supervision.series_create(
        kind=Kind.ONE_TO_ONE, title=f"First 1:1: {volunteer}", organiser=supervisor, members=[volunteer],
        dtstart=starts, rrule="FREQ=WEEKLY;COUNT=1", duration_minutes=30, by=supervisor,
        now=starts - timedelta(days=7),
    )
    occurrence = series.occurrences.get()
    if attended:
        supervision.attendance_record(
            occurrence=occurrence, marks={volunteer.pk: Attendance.ATTENDED}, by=supervisor
        )
    return occurrence


def flagged_supervisee(volunteer, supervisor):
    """After journey 1: Alice is Sue's supervisee and sent a low check-in; their first 1:1
    began ten minutes ago, so it is in Sue's diary and ready to record."""
    assign(volunteer, supervisor)
    starts = timezone.now().replace(second=0, microsecond=0) - timedelta(minutes=10)
    occurrence = one_off_one_to_one(supervisor, volunteer, starts=starts)
    supervision.checkin_submit(volunteer=volunteer, answers=LOW_CHECK_IN)
    return occurrence


def ready_but_for_checks(volunteer, *, supervisor, trainer):
    """After journeys 1–3: everything met except the pre-start checks only a manager records."""
    profile = volunteer.volunteer_profile
    profile.joined_on = timezone.localdate() - relativedelta(months=3)
    profile.save(update_fields=["joined_on"])
    course_factories.finish_online_work(volunteer, course_slug="induction")
    course_factories.attend(volunteer, trainer=trainer, course_slug="induction")
    courses.policy_acknowledge(user=volunteer, policy=course_factories.policy())
    assign(volunteer, supervisor)
    two_days_ago = localise(datetime.combine(timezone.localdate() - timedelta(days=2), time(10)))
    one_off_one_to_one(supervisor, volunteer, starts=two_days_ago, attended=True)

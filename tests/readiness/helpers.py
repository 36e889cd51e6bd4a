"""Put a volunteer in a known place on every readiness rule."""

from datetime import date, timedelta

from django.utils import timezone

from courses import services as course_services
from readiness.models import CheckType, PreStartCheck
from supervision import services as supervision_services
from tests.courses import factories as courses
from tests.supervision.factories import assign, local, one_to_one

START = local(2026, 1, 7, 10)
BEFORE = local(2026, 1, 1, 9)


def learning(policies=True):
    """One required blended course (two lessons, one classroom day) and, if asked, one policy."""
    courses.build(policies=[courses.policy_data()] if policies else [])


def finish_course(user, trainer):
    courses.finish_online_work(user)
    courses.attend(user, trainer=trainer)


def attend_one_to_one(volunteer, supervisor):
    assign(volunteer, supervisor, started_on=START.date() - timedelta(days=30))
    occurrence = one_to_one(supervisor, volunteer, dtstart=START, now=BEFORE).occurrences.order_by("starts_at").first()
    supervision_services.attendance_record(occurrence=occurrence, marks={volunteer.pk: "attended"}, by=supervisor)
    return occurrence


def record_checks(volunteer, manager, done_on=None):
    done_on = done_on or timezone.localdate() - timedelta(days=10)
    for check_type in CheckType.objects.filter(required=True):
        PreStartCheck.objects.create(
            volunteer=volunteer,
            check_type=check_type,
            done_on=done_on,
            expires_on=done_on + timedelta(days=365 * 3) if check_type.renewal_months else None,
            recorded_by=manager,
        )


def joined_long_ago(volunteer, when=date(2025, 6, 1)):
    profile = volunteer.volunteer_profile
    profile.joined_on = when
    profile.save(update_fields=["joined_on"])
    return profile


def make_ready(volunteer, *, supervisor, trainer, manager):
    joined_long_ago(volunteer)
    finish_course(volunteer, trainer)
    attend_one_to_one(volunteer, supervisor)
    course_services.policy_acknowledge(user=volunteer, policy=courses.policy())
    record_checks(volunteer, manager)

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services as course_services
from courses.models import CourseStatus
from people.models import VolunteerProfile
from readiness.models import PreStartCheck, ReadinessSettings, RequiredCourse
from readiness.selectors import readiness_judge
from readiness.states import State
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.readiness import helpers
from tests.worlds import entered, on_world, world_fixture

pytestmark = pytest.mark.django_db

TWO_COURSES = "boundaries and safeguarding"


def _content(kind):
    if kind == TWO_COURSES:
        courses.build(courses=[courses.course_data(), courses.course_data("safeguarding", title="Safeguarding")])
    else:
        helpers.learning()


_world = world_fixture(_content)


@pytest.fixture
def content(_world, db):
    """The learning content (helpers.learning(), unless the test asks for TWO_COURSES), built
    once for the module (tests/worlds.py)."""
    entered(_world)


def _states(readiness):
    return {rule.key: rule.state for rule in readiness.rules}


def _for(user):
    profile = VolunteerProfile.objects.get(user=user)
    return readiness_judge([profile])[user.pk]


def test_a_new_volunteer_is_missing_everything(content, volunteer_user):
    readiness = _for(volunteer_user)
    assert not readiness.ready
    states = _states(readiness)
    assert states["course:boundaries"] == State.MISSING
    assert states["preparation"] == State.MISSING
    assert states["supervisor"] == State.MISSING
    assert states["one_to_ones"] == State.MISSING
    assert states["policies"] == State.MISSING
    assert [k for k in states if k.startswith("check:")] and all(
        states[k] == State.MISSING for k in states if k.startswith("check:")
    )


def test_it_is_ready_when_every_rule_is_met(content, volunteer_user, supervisor, trainer, manager):
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    readiness = _for(volunteer_user)
    assert readiness.ready, [(r.key, r.state, r.detail) for r in readiness.missing]
    assert readiness.projected_date == timezone.localdate()


def test_it_explains_how_far_a_course_has_got(content, volunteer_user, trainer):
    courses.finish_online_work(volunteer_user)
    rule = next(r for r in _for(volunteer_user).rules if r.key == "course:boundaries")
    assert rule.state == State.MISSING
    assert rule.detail == "3 of 3 lessons done, 0 of 1 classroom day attended"


def test_a_missing_classroom_day_projects_the_next_session(content, volunteer_user, trainer):
    helpers.joined_long_ago(volunteer_user)
    upcoming = courses.session(trainer=trainer, days=20)
    readiness = _for(volunteer_user)
    rule = next(r for r in readiness.rules if r.key == "course:boundaries")
    assert rule.earliest == timezone.localdate(upcoming.starts_at)
    assert readiness.projected_date == timezone.localdate(upcoming.starts_at)


def test_an_expired_course_counts_as_missing(content, volunteer_user, supervisor, trainer, manager):
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    today = timezone.localdate()
    status = CourseStatus.objects.get(user=volunteer_user)
    status.expires_on = today - timedelta(days=1)
    status.save()
    assert _states(_for(volunteer_user))["course:boundaries"] == State.EXPIRED
    assert not _for(volunteer_user).ready

    status.expires_on = today + timedelta(days=10)
    status.save()
    readiness = _for(volunteer_user)
    assert _states(readiness)["course:boundaries"] == State.EXPIRING
    assert readiness.ready  # expiring soon still counts as done


def test_an_expired_dbs_check_counts_as_missing_and_a_renewed_one_counts(
    content, volunteer_user, supervisor, trainer, manager
):
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    dbs = PreStartCheck.objects.get(volunteer=volunteer_user, check_type__name="DBS check")
    dbs.expires_on = timezone.localdate()
    dbs.save()
    assert _states(_for(volunteer_user))[f"check:{dbs.check_type_id}"] == State.EXPIRED
    PreStartCheck.objects.create(
        volunteer=volunteer_user,
        check_type=dbs.check_type,
        done_on=timezone.localdate(),
        expires_on=timezone.localdate() + timedelta(days=1000),
    )
    assert _states(_for(volunteer_user))[f"check:{dbs.check_type_id}"] == State.MET


def test_a_republished_policy_must_be_read_again(content, volunteer_user, supervisor, trainer, manager):
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    assert _for(volunteer_user).ready
    policy = courses.policy()
    policy.ask_to_reacknowledge = True
    policy.save_revision().publish()
    rule = next(r for r in _for(volunteer_user).rules if r.key == "policies")
    assert rule.state == State.MISSING
    assert "Confidentiality" in rule.detail
    course_services.policy_acknowledge(user=volunteer_user, policy=courses.policy())
    assert _for(volunteer_user).ready


def test_the_preparation_period_follows_the_settings(content, volunteer_user):
    profile = volunteer_user.volunteer_profile
    profile.joined_on = timezone.localdate() - timedelta(days=40)
    profile.save()
    assert _states(_for(volunteer_user))["preparation"] == State.MISSING
    ReadinessSettings.objects.filter(pk=1).update(preparation_months=1)
    assert _states(_for(volunteer_user))["preparation"] == State.MET


def test_one_to_ones_count_only_when_attended(content, volunteer_user, supervisor):
    occurrence = helpers.attend_one_to_one(volunteer_user, supervisor)
    assert _states(_for(volunteer_user))["one_to_ones"] == State.MET
    attendee = occurrence.attendees.get(person=volunteer_user)
    attendee.attendance = "apologies"
    attendee.save()
    assert _states(_for(volunteer_user))["one_to_ones"] == State.MISSING


def test_it_uses_the_same_number_of_queries_for_few_and_many(content, django_assert_num_queries, supervisor, trainer):
    few = [volunteer() for _ in range(3)]
    helpers.attend_one_to_one(few[0], supervisor)
    profiles = list(VolunteerProfile.objects.select_related("user"))
    readiness_judge(profiles)  # reads the course content into the cache, as a first request does
    # Settings 1, progress 2, policies 2, supervision 1, checks 1, roles 1 (the course is for
    # volunteers only); the manager's course list (shared with My path, so kept under the
    # content version: it was 1 query more while read each time), the live courses, their
    # lessons, classroom days and next sessions come from the cache.
    with django_assert_num_queries(8) as captured:
        readiness_judge(profiles)
    baseline = len(captured.captured_queries)
    many = [volunteer() for _ in range(25)]
    for person in many[:5]:
        courses.finish_online_work(person)
    profiles = list(VolunteerProfile.objects.select_related("user"))
    with django_assert_num_queries(baseline):
        readiness_judge(profiles)


# On other content (each world is built once, so this comes last, after the tests that share one).


@on_world(TWO_COURSES, ids=["two courses"])
def test_a_managers_course_list_replaces_the_defaults_and_can_be_per_placement(content, volunteer_user):
    keys = {r.key for r in _for(volunteer_user).rules if r.key.startswith("course:")}
    assert keys == {"course:boundaries", "course:safeguarding"}
    hospital = volunteer_user.volunteer_profile.placement.__class__.objects.get(slug="hospital")
    RequiredCourse.objects.create(course=courses.course("boundaries"))
    RequiredCourse.objects.create(course=courses.course("safeguarding"), placement=hospital)
    keys = {r.key for r in _for(volunteer_user).rules if r.key.startswith("course:")}
    assert keys == {"course:boundaries"}
    profile = volunteer_user.volunteer_profile
    profile.placement = hospital
    profile.save()
    keys = {r.key for r in _for(volunteer_user).rules if r.key.startswith("course:")}
    assert keys == {"course:boundaries", "course:safeguarding"}

"""The phone and text module is required before starting for everyone on a telephone placement
and everyone who will hold a First Steps caseload, and for nobody else."""

import pytest

from people.models import Placement, VolunteerProfile
from people.services import volunteer_first_steps_set
from readiness.models import RequiredCourse
from readiness.selectors import readiness_judge
from readiness.states import State
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.worlds import entered, on_world, world_fixture

pytestmark = pytest.mark.django_db

PHONE = "phone-and-text-support"


def _phone_rule(user):
    profile = VolunteerProfile.objects.get(user=user)
    rules = {rule.key: rule for rule in readiness_judge([profile])[user.pk].rules}
    return rules.get(f"course:{PHONE}")


def _phone_course_data():
    return courses.course_data(
        PHONE,
        title="Phone and text support",
        classroom=False,
        category="placement",
        for_placements=["telephone"],
        for_first_steps=True,
    )


def _in(placement_slug, **extra):
    return volunteer(placement=Placement.objects.get(slug=placement_slug), **extra)


BOTH = "the test course and the phone course"
BOUNDARIES = "the test course alone"


def _content(kind):
    if kind == BOTH:
        courses.build([courses.course_data(), _phone_course_data()])
    else:
        courses.build([courses.course_data()])


_world = world_fixture(_content, default=BOTH)


@pytest.fixture
def content(_world, db):
    """The courses (the test course and the phone course, unless the test asks for others),
    built once for the module (tests/worlds.py)."""
    entered(_world)


def test_it_is_missing_for_a_telephone_volunteer_until_they_complete_it(content):
    caller = _in("telephone", user__email="tel@example.org")
    assert _phone_rule(caller).state == State.MISSING
    courses.finish_online_work(caller, course_slug=PHONE)
    assert _phone_rule(caller).state == State.MET


def test_it_is_not_asked_of_a_community_volunteer_without_a_caseload(content):
    assert _phone_rule(_in("community")) is None
    assert _phone_rule(_in("hospital", user__email="ward@example.org")) is None


def test_it_is_asked_of_anyone_who_will_hold_a_first_steps_caseload(content):
    community = _in("community")
    volunteer_first_steps_set(profile=community.volunteer_profile, holds=True)
    assert _phone_rule(community).state == State.MISSING
    volunteer_first_steps_set(profile=community.volunteer_profile, holds=False)
    assert _phone_rule(community) is None


def test_a_caseload_holder_on_a_telephone_placement_sees_it_once(content):
    caller = _in("telephone", first_steps_caseload=True)
    profile = VolunteerProfile.objects.get(user=caller)
    keys = [rule.key for rule in readiness_judge([profile])[caller.pk].rules]
    assert keys.count(f"course:{PHONE}") == 1


def test_a_managers_own_list_still_asks_caseload_holders_for_a_first_steps_course(content):
    RequiredCourse.objects.create(course=courses.course(), placement=None)
    RequiredCourse.objects.create(course=courses.course(PHONE), placement=Placement.objects.get(slug="telephone"))
    community = _in("community", first_steps_caseload=True)
    assert _phone_rule(community).state == State.MISSING


@on_world(BOUNDARIES, ids=["boundaries"])
def test_loading_the_new_course_adds_it_to_a_managers_own_list_where_it_applies(content):
    RequiredCourse.objects.create(course=courses.course(), placement=None)
    caller = _in("telephone")
    assert _phone_rule(caller) is None

    courses.build([courses.course_data(), _phone_course_data()])

    row = RequiredCourse.objects.get(course=courses.course(PHONE))
    assert row.placement.slug == "telephone"
    assert _phone_rule(caller).state == State.MISSING

"""A course's "Who must take it" is honoured by readiness and "What's left before I can start"."""

import pytest
from django.contrib.auth.models import Group

from people.models import VolunteerProfile
from readiness.selectors import readiness_judge
from tests import built_once
from tests.courses import factories as courses

pytestmark = pytest.mark.django_db


def _course_keys(user):
    readiness = readiness_judge([VolunteerProfile.objects.get(user=user)])[user.pk]
    return {rule.key for rule in readiness.rules if rule.key.startswith("course:")}


@built_once.fixture()
def supervisors_course():
    courses.build(
        courses=[
            courses.course_data(),
            courses.course_data("leading-groups", title="Leading supervision groups", for_roles=["Supervisor"]),
        ]
    )


def test_a_course_for_supervisors_only_is_not_required_of_a_volunteer(supervisors_course, volunteer_user):
    assert _course_keys(volunteer_user) == {"course:boundaries"}


def test_a_volunteer_who_is_also_a_supervisor_must_take_it(supervisors_course, volunteer_user):
    volunteer_user.groups.add(Group.objects.get(name="Supervisor"))
    assert _course_keys(volunteer_user) == {"course:boundaries", "course:leading-groups"}


def test_whats_left_on_my_path_leaves_it_out_too(supervisors_course, client_for, volunteer_user):
    page = client_for(volunteer_user).get("/").content.decode()
    assert "Professional boundaries" in page
    assert "Leading supervision groups" not in page


def test_the_funder_report_counts_only_the_people_a_course_is_for(supervisors_course, volunteer_user, supervisor):
    from datetime import date

    from readiness.reports import Period, training

    VolunteerProfile.objects.get_or_create(user=supervisor)
    rows = {row["course"]: row for row in training(Period(date(2026, 1, 1), date(2026, 12, 31)))}

    assert rows["Leading supervision groups"]["needing"] == 1
    assert rows["Professional boundaries"]["needing"] == 1

"""When a manager has made their own list of required courses (readiness settings), My path
and the learning hub list those courses, the same ones readiness judges by; without a list,
the default rule (required categories) applies again."""

import pytest
from django.test import RequestFactory

from courses import selectors
from people.models import VolunteerProfile
from readiness import facts
from readiness.models import RequiredCourse
from tests.courses import factories

pytestmark = pytest.mark.django_db


def _two_courses():
    # "Professional boundaries" is in a required category; "Course 0" is ongoing learning.
    factories.build(courses=[factories.course_data(), {**factories.small_course(0), "category": "ongoing"}])


def _my_path_titles(user):
    request = RequestFactory().get("/")
    return [row.course.title for row in selectors.my_path(user=user, request=request)["required"]]


def _readiness_titles(user):
    profile = VolunteerProfile.objects.get(user=user)
    by_placement = facts.required_courses()
    courses = [course for items in by_placement.values() for course in items]
    roles = facts.roles_of_many([user.pk], courses)
    return [course.title for course in facts.courses_for(profile, by_placement, roles)]


def test_my_path_lists_the_managers_own_required_courses(volunteer_user):
    _two_courses()
    assert _my_path_titles(volunteer_user) == ["Professional boundaries"]
    RequiredCourse.objects.create(course=factories.course("course-0"))
    assert _my_path_titles(volunteer_user) == ["Course 0"] == _readiness_titles(volunteer_user)


def test_my_path_goes_back_to_the_default_when_the_list_is_emptied(volunteer_user):
    _two_courses()
    chosen = RequiredCourse.objects.create(course=factories.course("course-0"))
    assert _my_path_titles(volunteer_user) == ["Course 0"]
    chosen.delete()
    assert _my_path_titles(volunteer_user) == ["Professional boundaries"] == _readiness_titles(volunteer_user)


def test_my_path_page_shows_the_managers_list(client_for, volunteer_user):
    _two_courses()
    RequiredCourse.objects.create(course=factories.course("course-0"))
    page = client_for(volunteer_user).get("/").content.decode()
    training = page.split("My training")[1]
    assert "Course 0" in training and "Professional boundaries" not in training.split("</section>")[0]

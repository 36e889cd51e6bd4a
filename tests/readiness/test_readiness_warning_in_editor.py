"""Before publishing a change that changes readiness, the editor sees how many volunteers it moves."""

import pytest

from readiness.models import ReadinessSummary
from tests.courses import factories as courses
from tests.factories import volunteer

pytestmark = pytest.mark.django_db


def _ready(person):
    ReadinessSummary.objects.update_or_create(volunteer=person, defaults={"ready": True})


def test_editing_a_course_says_how_many_ready_volunteers_have_not_finished_it(client_for, content_editor):
    courses.build(policies=[courses.policy_data()])
    done, not_done = volunteer(), volunteer()
    _ready(done)
    _ready(not_done)
    courses.finish_online_work(done)
    from courses.models import CourseStatus

    CourseStatus.objects.filter(user=done).update(completed_on="2026-01-01")

    page = client_for(content_editor).get(f"/cms/pages/{courses.course().pk}/edit/").content.decode()

    assert "Readiness: 1 volunteer who is ready to start now has not finished this course." in page


def test_editing_a_policy_says_how_many_ready_volunteers_asking_again_moves(client_for, content_editor):
    courses.build(policies=[courses.policy_data()])
    for _n in range(3):
        _ready(volunteer())

    page = client_for(content_editor).get(f"/cms/pages/{courses.policy().pk}/edit/").content.decode()

    assert "3 volunteers who are ready to start now move to “not yet”" in page

"""A lesson page's "Done" and its finish button read the learner's completion against their
course status (courses.progress.lesson_done, one plain SQL query): a completion from before
the course's renewal cycle started does not count, one from its start on does, and a course
whose status has expired offers the finish button again even on a done lesson."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services
from courses.models import CourseStatus, LessonCompletion

pytestmark = pytest.mark.django_db

DONE_TAG = '<strong class="govuk-tag govuk-tag--green">Done</strong>'
FINISH = "I have finished this lesson"

# An instant with microseconds, so a value that loses them on its way back (or is compared
# as text) shows.
CYCLE_STARTED = (timezone.now() - timedelta(days=10)).replace(microsecond=654321)


def _completed(user, lesson, when):
    services.lesson_complete(user=user, lesson=lesson)
    LessonCompletion.objects.filter(user=user, lesson=lesson).update(completed_at=when)


def _status(user, course, *, cycle_started_at=None, expires_on=None):
    CourseStatus.objects.update_or_create(
        user=user, course=course, defaults={"cycle_started_at": cycle_started_at, "expires_on": expires_on}
    )


def _renewal_expired(user, course):
    """A renewal cycle began at CYCLE_STARTED and the course expired yesterday."""
    _status(user, course, cycle_started_at=CYCLE_STARTED, expires_on=timezone.localdate() - timedelta(days=1))


@pytest.fixture
def lesson(tree):
    return tree.lesson("why-boundaries")


def _page(client, lesson):
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_completion_from_before_the_cycle_started_is_not_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, CYCLE_STARTED - timedelta(days=300))
    _status(volunteer_user, tree.course(), cycle_started_at=CYCLE_STARTED)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG not in page
    assert FINISH in page


def test_a_completion_a_moment_before_the_cycle_started_is_not_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, CYCLE_STARTED - timedelta(microseconds=1))
    _status(volunteer_user, tree.course(), cycle_started_at=CYCLE_STARTED)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG not in page and FINISH in page


def test_a_completion_after_the_cycle_started_is_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, CYCLE_STARTED + timedelta(days=2))
    _status(volunteer_user, tree.course(), cycle_started_at=CYCLE_STARTED)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page
    assert FINISH not in page


def test_a_completion_at_the_very_moment_the_cycle_started_is_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, CYCLE_STARTED)
    _status(volunteer_user, tree.course(), cycle_started_at=CYCLE_STARTED)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page


def test_a_completion_with_no_cycle_started_is_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, timezone.now() - timedelta(days=700))
    _status(volunteer_user, tree.course())
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page


def test_a_completion_with_no_course_status_at_all_is_done(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, timezone.now() - timedelta(days=3))
    CourseStatus.objects.filter(user=volunteer_user).delete()
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page


def test_no_completion_is_not_done(tree, lesson, client_for, volunteer_user):
    _status(volunteer_user, tree.course(), cycle_started_at=CYCLE_STARTED)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG not in page and FINISH in page


def test_an_expired_course_offers_the_finish_button_again_on_a_done_lesson(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, CYCLE_STARTED + timedelta(days=1))
    _renewal_expired(volunteer_user, tree.course())
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page, "done in this cycle"
    assert FINISH in page, "renewal due: the button shows again"


def test_a_course_expiring_today_is_due_for_renewal(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, timezone.now() - timedelta(days=1))
    _status(volunteer_user, tree.course(), expires_on=timezone.localdate())
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH in page


def test_a_course_expiring_tomorrow_is_not_yet_due(tree, lesson, client_for, volunteer_user):
    _completed(volunteer_user, lesson, timezone.now() - timedelta(days=1))
    _status(volunteer_user, tree.course(), expires_on=timezone.localdate() + timedelta(days=1))
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page


def test_another_learners_renewal_does_not_touch_my_lesson(tree, lesson, client_for, volunteer_user, other_volunteer):
    _completed(volunteer_user, lesson, CYCLE_STARTED - timedelta(days=5))
    _status(volunteer_user, tree.course())
    # Bob's course started a renewal after Alice finished, and has expired.
    _renewal_expired(other_volunteer, tree.course())
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page


def test_my_status_on_another_course_does_not_touch_this_lesson(tree, client_for, volunteer_user):
    tree.build(courses=[tree.small_course(1)])
    lesson = tree.lesson("why-boundaries")
    other = tree.course("course-1")
    _completed(volunteer_user, lesson, CYCLE_STARTED - timedelta(days=5))
    _status(volunteer_user, tree.course())
    _renewal_expired(volunteer_user, other)
    page = _page(client_for(volunteer_user), lesson)
    assert DONE_TAG in page and FINISH not in page

"""Deleting, moving and unpublishing pages keep learners' records of what they did."""

import pytest

from courses.models import Certificate, Course, CourseStatus, Lesson, LessonCompletion, Module
from tests.courses import factories

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def two_courses(tree):
    factories.build(courses=[factories.course_data(), factories.course_data("listening", title="Listening")])
    return tree


def _status(user, slug="boundaries"):
    return CourseStatus.objects.get(user=user, course=Course.objects.get(slug=slug))


def test_the_delete_page_says_how_many_people_have_records(tree, client_for, content_editor, volunteer_user):
    factories.finish_online_work(volunteer_user)
    lesson = tree.lesson("check")

    page = client_for(content_editor).get(f"/cms/pages/{lesson.pk}/delete/").content.decode()

    assert "1 person has learning records on “Check your understanding”" in page
    assert "Deleting keeps their records" in page


def test_deleting_a_finished_lesson_keeps_the_completion_with_its_title(
    tree, client_for, content_editor, volunteer_user, django_capture_on_commit_callbacks
):
    factories.finish_online_work(volunteer_user)
    lesson = tree.lesson("check")
    assert _status(volunteer_user).lessons_done == 3

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(content_editor).post(f"/cms/pages/{lesson.pk}/delete/")

    assert response.status_code == 302
    assert not Lesson.objects.filter(pk=lesson.pk).exists()
    kept = LessonCompletion.objects.get(user=volunteer_user, lesson=None)
    assert kept.lesson_name == "Check your understanding"
    assert kept.course == tree.course()
    assert LessonCompletion.objects.filter(user=volunteer_user).count() == 3
    # Progress adds up with the lessons the course has now.
    status = _status(volunteer_user)
    assert (status.lessons_done, status.lessons_total) == (2, 2)


def test_deleting_a_course_keeps_its_certificates(tree, volunteer_user, trainer):
    factories.finish_online_work(volunteer_user)
    factories.attend(volunteer_user, trainer=trainer)
    from courses import services

    services.lesson_complete(user=volunteer_user, lesson=tree.lesson("before-the-day"))
    assert Certificate.objects.filter(user=volunteer_user).count() == 1

    course = tree.course()
    # Classroom days are kept too: a course with sessions cannot be deleted until they are.
    from courses.models import Booking, ClassroomSession, RegisterEntry

    RegisterEntry.objects.all().delete()
    Booking.objects.all().delete()
    ClassroomSession.objects.all().delete()
    course.delete()

    certificate = Certificate.objects.get(user=volunteer_user)
    assert certificate.course_title == "Professional boundaries"
    assert LessonCompletion.objects.filter(user=volunteer_user).count() == 3
    assert set(LessonCompletion.objects.values_list("lesson_title", flat=True)) == {
        "Why boundaries matter",
        "Check your understanding",
        "Before the day",
    }


def test_moving_a_lesson_to_another_course_leaves_its_completions_with_the_first(
    two_courses, client_for, content_editor, volunteer_user, django_capture_on_commit_callbacks
):
    factories.finish_online_work(volunteer_user)
    lesson = Lesson.objects.descendant_of(Course.objects.get(slug="boundaries")).get(slug="check")
    other_module = Module.objects.child_of(Course.objects.get(slug="listening")).get(slug="day-one")
    client = client_for(content_editor)

    page = client.get(f"/cms/pages/{lesson.pk}/move/{other_module.pk}/confirm/").content.decode()
    assert "1 person has learning records" in page
    with django_capture_on_commit_callbacks(execute=True):
        lesson.specific.move(other_module, pos="last-child")

    kept = LessonCompletion.objects.get(user=volunteer_user, lesson_title="Check your understanding")
    assert kept.lesson is None
    assert kept.course.slug == "boundaries"
    assert (_status(volunteer_user).lessons_done, _status(volunteer_user).lessons_total) == (2, 2)
    from courses.progress import progress_for

    listening = Course.objects.get(slug="listening")
    moved = progress_for([volunteer_user], [listening])[volunteer_user.pk, listening.pk]
    assert lesson.pk not in moved.done_lesson_ids, "done again in the new course before it counts there"


def test_reordering_lessons_inside_a_course_keeps_completions(tree, volunteer_user):
    factories.finish_online_work(volunteer_user)
    lesson = tree.lesson("check")
    lesson.move(tree.lesson("why-boundaries"), pos="left")

    assert LessonCompletion.objects.filter(user=volunteer_user, lesson=lesson).exists()


def test_unpublishing_a_course_takes_its_modules_and_lessons_with_it(tree, client_for, volunteer_user):
    course = tree.course()
    lesson = tree.lesson("check")

    course.unpublish()

    assert not Lesson.objects.get(pk=lesson.pk).live
    assert not Module.objects.descendant_of(course).live().exists()
    assert client_for(volunteer_user).get(lesson.url_path.replace("/learning", "/learn", 1)).status_code == 404

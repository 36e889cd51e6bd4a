"""An editor cannot break learners' records by accident: a course or module with classroom
sessions is not deleted (and the editor is told why), a moved lesson leaves its learners'
tries and reflections with the course they were made in, and the privacy wording says what
is true here."""

import pytest

from courses.models import ClassroomSession, Course, Lesson, Module, QuizAttempt, ReflectionAnswer
from tests.courses import factories

pytestmark = pytest.mark.django_db


def test_deleting_a_course_with_classroom_sessions_says_why_it_cannot(
    tree, client_for, content_editor, trainer, volunteer_user
):
    factories.session(trainer=trainer)
    factories.finish_online_work(volunteer_user)
    course = tree.course()
    client = client_for(content_editor)

    shown = client.get(f"/cms/pages/{course.pk}/delete/")
    posted = client.post(f"/cms/pages/{course.pk}/delete/")

    for response in (shown, posted):
        assert response.status_code == 200
        page = response.content.decode()
        assert "This page cannot be deleted" in page
        assert "has 1 classroom session." in page
        assert "unpublish it instead" in page
        assert "Deleting keeps their records" not in page
    assert Course.objects.filter(pk=course.pk).exists()
    assert ClassroomSession.objects.count() == 1


def test_deleting_a_module_with_classroom_sessions_says_why_it_cannot(tree, client_for, content_editor, trainer):
    factories.session(trainer=trainer)
    factories.session(trainer=trainer, days=14)
    module = tree.module()

    response = client_for(content_editor).post(f"/cms/pages/{module.pk}/delete/")

    assert "has 2 classroom sessions." in response.content.decode()
    assert Module.objects.filter(pk=module.pk).exists()


def test_a_course_without_sessions_can_still_be_deleted(tree, client_for, content_editor):
    course = tree.course()

    response = client_for(content_editor).post(f"/cms/pages/{course.pk}/delete/")

    assert response.status_code == 302
    assert not Course.objects.filter(pk=course.pk).exists()


def test_a_lesson_moved_to_another_course_leaves_tries_and_reflections_with_the_first(
    client_for, content_editor, volunteer_user
):
    factories.build(courses=[factories.course_data(), factories.course_data("listening", title="Listening")])
    lesson = Lesson.objects.descendant_of(Course.objects.get(slug="boundaries")).get(slug="check")
    other_module = Module.objects.child_of(Course.objects.get(slug="listening")).get(slug="day-one")
    attempt = QuizAttempt.objects.create(
        user=volunteer_user, lesson=lesson, score=100, pass_mark=80, passed=True, questions=[], answers={}
    )
    answer = ReflectionAnswer.objects.create(
        user=volunteer_user, lesson=lesson, block_id="b1", prompt="Why?", text="Me"
    )

    response = client_for(content_editor).post(f"/cms/pages/{lesson.pk}/move/{other_module.pk}/confirm/")

    assert response.status_code == 302
    assert Lesson.objects.get(pk=lesson.pk).get_parent().pk == other_module.pk
    attempt.refresh_from_db()
    answer.refresh_from_db()
    assert (attempt.lesson_id, attempt.lesson_title) == (None, "Check your understanding")
    assert (answer.lesson_id, answer.lesson_title) == (None, "Check your understanding")
    # Nothing of theirs carries into the new course: the lesson starts afresh there.
    assert not QuizAttempt.objects.filter(lesson=lesson).exists()


def test_the_privacy_dialog_says_every_page_is_for_signed_in_people(tree, client_for, superuser):
    course = tree.course()

    page = client_for(superuser).get(f"/cms/pages/{course.pk}/privacy/").content.decode()

    assert "Everyone signed in to Waymark" in page
    assert "Public" not in page

import pytest
from django.urls import reverse

from courses.models import Lesson, LessonCompletion, QuizAttempt

pytestmark = pytest.mark.django_db


def _submit(client, lesson, data):
    return client.post(reverse("courses:quiz_submit", args=[lesson.pk]), data)


def test_the_lesson_page_shows_the_quiz_as_a_plain_form(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    page = client_for(volunteer_user).get(lesson.url).content.decode()
    assert f'action="{reverse("courses:quiz_submit", args=[lesson.pk])}"' in page
    question = lesson.knowledge_check()[0]
    assert f'name="q-{question["id"]}" type="radio" value="{question["options"][0]["id"]}"' in page
    assert 'type="checkbox"' in page


def test_passing_completes_the_lesson_and_shows_feedback(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    response = _submit(client, lesson, tree.right_answers(lesson))
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(user=volunteer_user)
    assert (attempt.score, attempt.passed) == (100, True)
    assert LessonCompletion.objects.get(user=volunteer_user, lesson=lesson).score == 100
    page = client.get(lesson.url).content.decode()
    assert "You passed" in page
    assert "Yes: recovery is self-defined." in page


def test_failing_stores_the_attempt_but_does_not_complete(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    _submit(client, lesson, tree.wrong_answers(lesson))
    attempt = QuizAttempt.objects.get(user=volunteer_user)
    assert (attempt.score, attempt.passed) == (0, False)
    assert not LessonCompletion.objects.exists()
    page = client.get(lesson.url).content.decode()
    assert "need 80%" in page and "Not quite" in page
    # The feedback on a wrong option would give the answer away until they pass.
    assert "No: it is their choice." not in page


def test_retries_are_allowed_and_every_attempt_is_kept(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    _submit(client, lesson, tree.wrong_answers(lesson))
    _submit(client, lesson, tree.right_answers(lesson))
    _submit(client, lesson, tree.right_answers(lesson))
    assert QuizAttempt.objects.filter(user=volunteer_user).count() == 3
    assert LessonCompletion.objects.filter(user=volunteer_user).count() == 1


def test_half_right_on_a_multiple_choice_question_is_not_right(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    data = tree.right_answers(lesson)
    multiple = lesson.knowledge_check()[1]
    data[f"q-{multiple['id']}"] = [multiple["options"][0]["id"]]
    _submit(client_for(volunteer_user), lesson, data)
    assert QuizAttempt.objects.get().score == 50


def test_missing_answers_get_a_clear_message_and_nothing_is_saved(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    data = tree.right_answers(lesson)
    data.pop(next(iter(data)))
    response = _submit(client_for(volunteer_user), lesson, data)
    page = response.client.get(response.url).content.decode()
    assert "Answer every question" in page
    assert not QuizAttempt.objects.exists()


def test_answers_from_another_lesson_are_refused(tree, client_for, volunteer_user):
    tree.build(courses=[tree.course_data("other", title="Another course")])
    lesson = Lesson.objects.descendant_of(tree.course()).get(slug="check")
    elsewhere = Lesson.objects.descendant_of(tree.course("other")).get(slug="check")
    data = tree.right_answers(lesson)
    key = next(iter(data))
    # The right option of the same question in the other course's copy of the quiz.
    data[key] = next(iter(tree.right_answers(elsewhere).values()))
    assert data[key] != tree.right_answers(lesson)[key]
    response = _submit(client_for(volunteer_user), lesson, data)
    page = response.client.get(response.url).content.decode()
    assert "did not belong to this lesson" in page
    assert not QuizAttempt.objects.exists()


def test_a_quiz_for_an_unpublished_lesson_is_refused(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    data = tree.right_answers(lesson)
    lesson.unpublish()
    client = client_for(volunteer_user)
    response = _submit(client, lesson, data)
    assert response.url == "/"
    assert "This lesson is not published" in client.get("/").content.decode()
    assert not QuizAttempt.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_editing_the_quiz_later_keeps_earlier_attempts_readable(tree, client_for, volunteer_user, other_volunteer):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    _submit(client, lesson, tree.right_answers(lesson))
    attempt = QuizAttempt.objects.get()
    lesson.body[-1].value["questions"][0]["text"] = "A reworded question?"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert lesson.knowledge_check()[0]["id"] == attempt.questions[0]["id"]
    page = client.get(reverse("courses:attempt_detail", args=[attempt.pk])).content.decode()
    assert "Who decides what recovery means for a person?" in page
    # The learner who passed reviews what they answered; anyone starting now sees the new wording.
    assert "Who decides what recovery means for a person?" in client.get(lesson.url).content.decode()
    assert "A reworded question?" in client_for(other_volunteer).get(lesson.url).content.decode()


def test_a_signed_out_person_is_sent_to_sign_in(tree, client):
    response = client.get(tree.lesson("check").url)
    assert response.status_code == 302
    assert "/accounts/login/" in response.url

import pytest
from django.urls import reverse

from courses import services
from courses.models import QuizAttempt, ReflectionAnswer

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt(tree, volunteer_user):
    lesson = tree.lesson("check")
    answers = {key[2:]: value for key, value in tree.wrong_answers(lesson).items()}
    return services.quiz_attempt_submit(user=volunteer_user, lesson=lesson, answers=answers)


@pytest.fixture
def reflection(tree, volunteer_user):
    lesson = tree.lesson("why-boundaries")
    block_id = next(iter(lesson.reflection_ids()))
    return services.reflection_save(user=volunteer_user, lesson=lesson, block_id=block_id, text="My private words")


def test_the_learner_reads_their_own_attempt(attempt, client_for, volunteer_user):
    response = client_for(volunteer_user).get(reverse("courses:attempt_detail", args=[attempt.pk]))
    assert response.status_code == 200
    assert "Score 0%" in response.content.decode()


def test_another_volunteer_cannot_read_an_attempt(attempt, client_for, other_volunteer):
    response = client_for(other_volunteer).get(reverse("courses:attempt_detail", args=[attempt.pk]))
    assert response.status_code == 404


def test_the_learner_reads_their_own_reflection(reflection, client_for, volunteer_user):
    response = client_for(volunteer_user).get(reverse("courses:reflection_detail", args=[reflection.pk]))
    assert "My private words" in response.content.decode()


@pytest.mark.parametrize("persona", ["other_volunteer", "supervisor", "manager"])
def test_nobody_else_reads_a_reflection(request, reflection, client_for, persona):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(reverse("courses:reflection_detail", args=[reflection.pk])).status_code == 404


def test_a_reflection_is_shown_back_only_to_its_writer(tree, reflection, client_for, volunteer_user, other_volunteer):
    url = tree.lesson("why-boundaries").url
    assert "My private words" in client_for(volunteer_user).get(url).content.decode()
    assert "My private words" not in client_for(other_volunteer).get(url).content.decode()


def test_saving_a_reflection_again_replaces_it(tree, reflection, client_for, volunteer_user):
    lesson = tree.lesson("why-boundaries")
    url = reverse("courses:reflection_save", args=[lesson.pk, reflection.block_id])
    client_for(volunteer_user).post(url, {"text": "Second thoughts"})
    assert ReflectionAnswer.objects.get().text == "Second thoughts"


def test_an_empty_reflection_is_refused_and_the_old_one_kept(tree, reflection, client_for, volunteer_user):
    lesson = tree.lesson("why-boundaries")
    url = reverse("courses:reflection_save", args=[lesson.pk, reflection.block_id])
    response = client_for(volunteer_user).post(url, {"text": "  "}, follow=True)
    assert "Write your answer before saving." in response.content.decode()
    assert ReflectionAnswer.objects.get().text == "My private words"


def test_another_volunteers_attempt_never_shows_on_my_lesson_page(tree, attempt, client_for, other_volunteer):
    page = client_for(other_volunteer).get(tree.lesson("check").url).content.decode()
    assert "Your last try" not in page
    assert QuizAttempt.objects.count() == 1

import pytest

pytestmark = pytest.mark.django_db


def test_the_learning_hub_is_served_at_learn(tree, client_for, volunteer_user):
    page = client_for(volunteer_user).get("/learn/").content.decode()
    assert "Professional boundaries" in page
    assert "Required for you" in page
    assert "/learn/policies/" in page


def test_a_course_page_lists_modules_lessons_and_classroom_days(tree, client_for, volunteer_user, trainer):
    tree.session(trainer=trainer)
    page = client_for(volunteer_user).get(tree.course().url).content.decode()
    assert "Why boundaries matter" in page
    assert "Day 1:" in page
    assert "Book the classroom day" in page
    assert "Start the course" in page


def test_a_lesson_page_renders_its_blocks(tree, client_for, volunteer_user):
    page = client_for(volunteer_user).get(tree.lesson("why-boundaries").url).content.decode()
    assert "<li>Never lend money</li>" in page
    assert "If you are worried about someone" in page
    assert "I have finished this lesson" in page
    assert "Next lesson: Check your understanding" in page


def test_marking_a_lesson_done_from_its_page(tree, client_for, volunteer_user):
    from django.urls import reverse

    client = client_for(volunteer_user)
    lesson = tree.lesson("why-boundaries")
    client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    page = client.get(lesson.url).content.decode()
    assert "I have finished this lesson" not in page


def test_a_module_url_leads_to_its_course(tree, client_for, volunteer_user):
    response = client_for(volunteer_user).get(tree.module().url)
    assert response.status_code == 302
    assert response.url.startswith(tree.course().url)


def test_learning_pages_need_signing_in(tree, client):
    assert client.get("/learn/").status_code == 302

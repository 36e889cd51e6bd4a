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
    assert "Classroom day 1 of 1" in page
    assert "Book classroom day 1" in page
    assert "Start the course" in page


def test_a_lesson_page_renders_its_blocks(tree, client_for, volunteer_user):
    page = client_for(volunteer_user).get(tree.lesson("why-boundaries").url).content.decode()
    assert "<li>Never lend money</li>" in page
    # A callout says its title once, as the banner's heading.
    assert page.count(">Worried?<") == 1 and "If you are worried about someone" not in page
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


DONE_TAG = '<strong class="govuk-tag govuk-tag--green">Done</strong>'


def test_a_lesson_done_before_a_renewal_is_offered_again_until_done_in_it(tree, client_for, volunteer_user, trainer):
    from datetime import timedelta

    from django.urls import reverse
    from django.utils import timezone

    from courses.models import CourseStatus, LessonCompletion

    tree.finish_online_work(volunteer_user)
    tree.attend(volunteer_user, trainer=trainer, when_days=-400)
    lesson = tree.lesson("why-boundaries")
    client = client_for(volunteer_user)
    assert "I have finished this lesson" not in client.get(lesson.url).content.decode()

    # The course expired; the renewal began a week ago, after the lesson was first done.
    expired = timezone.localdate() - timedelta(days=1)
    LessonCompletion.objects.filter(user=volunteer_user).update(completed_at=timezone.now() - timedelta(days=400))
    CourseStatus.objects.update(
        completed_on=expired - timedelta(days=365), expires_on=expired, cycle_started_at=timezone.now() - timedelta(7)
    )
    page = client.get(lesson.url).content.decode()
    assert DONE_TAG not in page, "work from before the renewal does not count"
    assert "I have finished this lesson" in page

    client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    page = client.get(lesson.url).content.decode()
    # Done in this cycle, but the course is still due for renewal: the button stays.
    assert DONE_TAG in page and "I have finished this lesson" in page

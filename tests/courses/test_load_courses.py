import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from courses import loading
from courses.models import Course, LearningHub, Lesson, LessonCompletion, Module, PoliciesIndex, PolicyPage
from tests.courses import factories

pytestmark = pytest.mark.django_db


def test_it_builds_the_page_tree_and_makes_the_hub_the_site_root():
    factories.build(policies=[factories.policy_data()])
    hub = LearningHub.objects.get()
    assert Site.objects.get(is_default_site=True).root_page_id == hub.pk
    course = Course.objects.child_of(hub).get()
    assert course.category == "required"
    assert [group.name for group in course.for_roles.all()] == ["Volunteer"]
    assert list(Module.objects.child_of(course).values_list("slug", flat=True)) == ["online", "day-one"]
    assert Module.objects.get(slug="day-one").classroom_day == 1
    assert Lesson.objects.count() == 3
    assert PolicyPage.objects.child_of(PoliciesIndex.objects.child_of(hub).get()).get().title == "Confidentiality"
    assert hub.url == "/learn/"


def test_it_turns_text_and_quizzes_into_blocks():
    factories.build()
    first = factories.lesson("why-boundaries")
    types = [child.block_type for child in first.body]
    assert types == ["heading", "text", "callout", "reflection"]
    assert "<li>Meet in agreed places</li>" in first.body[1].value.source
    questions = factories.lesson("check").knowledge_check()
    assert [q["kind"] for q in questions] == ["single", "multiple"]
    assert factories.lesson("check").pass_mark == 80


def test_running_twice_creates_nothing_new_and_keeps_edits_and_learner_records(volunteer_user):
    factories.build()
    course = factories.course()
    course.title = "Boundaries (edited)"
    course.save_revision().publish()
    LessonCompletion.objects.create(user=volunteer_user, lesson=factories.lesson("why-boundaries"))
    pages = Page.objects.count()

    again = loading.build(courses=[factories.course_data()], policies=[])

    assert again.created == 0
    assert Page.objects.count() == pages
    assert factories.course().title == "Boundaries (edited)"
    assert LessonCompletion.objects.filter(user=volunteer_user).count() == 1


def test_it_adds_pages_that_are_new_in_the_content():
    factories.build()
    data = factories.course_data()
    data["modules"][0]["lessons"].append(
        {"slug": "new-lesson", "title": "New", "estimated_minutes": 5, "body": [("text", "Hi")], "quiz": None}
    )
    loaded = loading.build(courses=[data], policies=[])
    assert loaded.created == 1
    assert Lesson.objects.filter(slug="new-lesson", live=True).exists()


def test_the_command_loads_the_real_content_and_is_idempotent(real_content):
    """`real_content` is the command's first run on a new installation; this is its second."""
    pages = Page.objects.count()
    assert Course.objects.filter(category="induction").get().title
    call_command("load_courses", verbosity=0)
    assert Page.objects.count() == pages
    assert PolicyPage.objects.count() >= 6

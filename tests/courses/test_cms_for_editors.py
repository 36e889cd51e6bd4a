"""The content editor (Wagtail admin) set up for Waymark's editors."""

import pytest
from wagtail.models import Page

from courses.blocks import QuestionBlock
from courses.loading import WAGTAIL_PLACEHOLDER_TITLE
from courses.models import Lesson, PolicyPage
from tests.courses import factories
from tests.courses.cms import quiz_body

pytestmark = pytest.mark.django_db


def test_choosing_a_lesson_in_the_explorer_opens_it_in_the_editor(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    response = client_for(content_editor).get(f"/cms/pages/{lesson.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/cms/pages/{lesson.pk}/edit/"


def test_a_module_in_the_explorer_still_lists_its_lessons(tree, client_for, content_editor):
    module = tree.lesson("check").get_parent()
    page = client_for(content_editor).get(f"/cms/pages/{module.pk}/").content.decode()
    assert "Check your understanding" in page


def test_a_policy_in_the_explorer_opens_it_in_the_editor(tree, client_for, content_editor):
    policy = tree.policy()
    response = client_for(content_editor).get(f"/cms/pages/{policy.pk}/")
    assert response["Location"] == f"/cms/pages/{policy.pk}/edit/"


def test_a_new_question_starts_with_two_empty_answers_and_shows_its_text_when_collapsed():
    block = QuestionBlock()
    default = block.get_default()
    assert len(default["options"]) == 2
    assert all(option["text"] == "" for option in default["options"])
    assert block.meta.label_format == "{text}"


def test_the_promote_tab_has_no_search_engine_fields_and_the_words_are_true(tree, client_for, content_editor):
    page = client_for(content_editor).get(f"/cms/pages/{tree.lesson('check').pk}/edit/").content.decode()
    assert 'name="seo_title"' not in page
    assert 'name="search_description"' not in page
    assert 'name="show_in_menus"' not in page
    assert 'name="slug"' in page
    assert "seen by the public" not in page
    assert "Visible to all" not in page
    assert "Everyone signed in to Waymark" in page


def test_fields_that_change_readiness_say_so(tree, client_for, content_editor):
    course_page = client_for(content_editor).get(f"/cms/pages/{tree.course().pk}/edit/").content.decode()
    assert course_page.count("changes who is ready to start") >= 3
    policy_page = client_for(content_editor).get(f"/cms/pages/{tree.policy().pk}/edit/").content.decode()
    assert "not ready to start" in policy_page


def test_comparing_revisions_shows_words_not_stored_values(tree, client_for, content_editor):
    lesson = Lesson.objects.get(pk=tree.lesson("check").pk)
    lesson.body = quiz_body()
    first = lesson.save_revision()
    body = quiz_body()
    body[0][1]["questions"][0]["kind"] = "multiple"
    body[0][1]["questions"][0]["options"][1]["correct"] = True
    lesson.body = body
    second = lesson.save_revision()

    page = client_for(content_editor).get(f"/cms/pages/{lesson.pk}/revisions/compare/{first.pk}...{second.pk}/")

    text = page.content.decode()
    assert page.status_code == 200
    assert "Choose all the answers that are right" in text
    assert "Right answer" in text
    assert ">single<" not in text and ">True<" not in text


def test_what_changed_starts_empty_for_each_new_version(tree, client_for, content_editor):
    policy = tree.policy()
    client = client_for(content_editor)
    page = client.get(f"/cms/pages/{policy.pk}/edit/").content.decode()
    assert "First version." not in page

    draft = PolicyPage.objects.get(pk=policy.pk)
    draft.version_note = "Clearer words about sharing."
    draft.save_revision()
    page = client.get(f"/cms/pages/{policy.pk}/edit/").content.decode()
    assert "Clearer words about sharing." in page, "a draft's own note is kept"


def test_loading_the_courses_removes_wagtails_welcome_page(db):
    factories.build()
    assert not Page.objects.filter(title=WAGTAIL_PLACEHOLDER_TITLE).exists()
    assert Page.objects.filter(depth=2).get().slug == "learn"

"""A lesson's (and a policy's) own fields and the HTML of its shared blocks come from the
content cache (courses.content_cache.specific_page and rendered_blocks): an editor's published
change shows on the very next request, a draft never does, and the blocks that show a
learner's own work (reflections, the knowledge check) are still rendered for each learner."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Page
from wagtail.rich_text import RichText

from courses import content_cache
from courses.models import Lesson, ReflectionAnswer

pytestmark = pytest.mark.django_db


def _reworded(page, old, new):
    """`page` with the text block that holds `old` holding `new` instead."""
    for index, child in enumerate(page.body):
        if child.block_type == "text" and old in child.value.source:
            page.body[index] = ("text", RichText(f"<p>{new}</p>"))
            return page
    raise AssertionError(f"no text block holds {old!r}")


def _reflection_id(lesson):
    (block_id,) = lesson.reflection_ids()
    return block_id


@pytest.fixture
def learner(tree, client_for, volunteer_user):
    client = client_for(volunteer_user)
    # Fill the cache and this process's memo, as an earlier visit would.
    page = client.get(tree.lesson("why-boundaries").url).content.decode()
    assert "Boundaries protect you." in page
    client.get(tree.policy().url)
    return client


def test_a_published_change_to_a_lesson_text_shows_on_the_next_request(tree, learner):
    lesson = _reworded(tree.lesson("why-boundaries"), "Boundaries protect you.", "Boundaries keep us all safe.")
    lesson.save_revision().publish()
    page = learner.get(lesson.url).content.decode()
    assert "Boundaries keep us all safe." in page
    assert "Boundaries protect you." not in page


def test_a_published_change_to_a_lesson_title_and_minutes_shows_on_the_next_request(tree, learner):
    lesson = tree.lesson("why-boundaries")
    lesson.title = "Why boundaries really matter"
    lesson.estimated_minutes = 42
    lesson.save_revision().publish()
    page = learner.get(lesson.url).content.decode()
    assert '<h1 class="govuk-heading-l">Why boundaries really matter</h1>' in page
    assert "About 42 minutes" in page


def test_a_draft_of_a_lesson_is_not_shown(tree, learner):
    lesson = _reworded(tree.lesson("why-boundaries"), "Boundaries protect you.", "Draft words nobody may read.")
    lesson.save_revision()
    page = learner.get(lesson.url).content.decode()
    assert "Draft words nobody may read." not in page
    assert "Boundaries protect you." in page


def _preview(page, editor, rf):
    """Wagtail's preview of `page` as it is in memory (not saved), as the editor sees it in the
    CMS: the unsaved page goes through the page's own template with the editor's session."""
    editor_client = Client()
    editor_client.force_login(editor)
    original = rf.get("/cms/", HTTP_COOKIE=editor_client.cookies.output(header="", sep=";").strip())
    return page.make_preview_request(original_request=original)


def test_a_draft_previewed_by_an_editor_is_not_shown_to_learners(tree, learner, content_editor, rf):
    """Wagtail's preview serves the unsaved page (same id) through the same template; what it
    renders must not become what learners are served."""
    lesson = _reworded(tree.lesson("why-boundaries"), "Boundaries protect you.", "Previewed words only.")
    lesson.save_revision()  # the draft save changes the content version: nothing is cached yet
    preview = _preview(lesson, content_editor, rf)
    assert preview.status_code == 200
    assert "Previewed words only." in preview.rendered_content, "the editor's preview shows the draft"
    page = learner.get(lesson.url).content.decode()
    assert "Previewed words only." not in page
    assert "Boundaries protect you." in page


def test_an_editor_previewing_after_learners_have_read_the_lesson_sees_the_draft(tree, learner, content_editor, rf):
    lesson = _reworded(tree.lesson("why-boundaries"), "Boundaries protect you.", "Previewed words only.")
    preview = _preview(lesson, content_editor, rf)
    assert preview.status_code == 200
    assert "Previewed words only." in preview.rendered_content
    assert "Boundaries protect you." not in preview.rendered_content


def test_a_policy_draft_previewed_by_an_editor_is_not_shown_to_learners(tree, learner, content_editor, rf):
    policy = _reworded(tree.policy(), "Most things do.", "Previewed policy words.")
    policy.save_revision()
    preview = _preview(policy, content_editor, rf)
    assert "Previewed policy words." in preview.rendered_content
    page = learner.get(policy.url).content.decode()
    assert "Previewed policy words." not in page and "Most things do." in page


def test_a_published_change_to_a_policy_body_shows_on_the_next_request(tree, learner):
    policy = _reworded(tree.policy(), "Most things do.", "Nearly everything stays private.")
    policy.save_revision().publish()
    page = learner.get(policy.url).content.decode()
    assert "Nearly everything stays private." in page
    assert "Most things do." not in page
    assert "What stays private" in page


def test_a_draft_of_a_policy_is_not_shown(tree, learner):
    policy = _reworded(tree.policy(), "Most things do.", "A draft policy sentence.")
    policy.save_revision()
    page = learner.get(policy.url).content.decode()
    assert "A draft policy sentence." not in page
    assert "Most things do." in page


def test_my_reflection_shows_on_my_lesson_page_and_never_on_another_learners(
    tree, client_for, volunteer_user, other_volunteer
):
    lesson = tree.lesson("why-boundaries")
    block_id = _reflection_id(lesson)
    alice = client_for(volunteer_user)
    # Alice's page fills the shared block cache first, before and after she answers.
    assert "Boundaries protect you." in alice.get(lesson.url).content.decode()
    alice.post(reverse("courses:reflection_save", args=[lesson.pk, block_id]), {"text": "Alice thinks privately."})
    assert ReflectionAnswer.objects.filter(user=volunteer_user, lesson=lesson).exists()
    alice_page = alice.get(lesson.url).content.decode()
    assert "Alice thinks privately." in alice_page
    assert "Save changes" in alice_page

    bob = client_for(other_volunteer)
    bob_page = bob.get(lesson.url).content.decode()
    assert "Boundaries protect you." in bob_page, "the shared blocks are the same for Bob"
    assert "When did a boundary help you?" in bob_page, "Bob is asked the same question"
    assert "Alice thinks privately." not in bob_page
    assert "Save my answer" in bob_page

    bob.post(reverse("courses:reflection_save", args=[lesson.pk, block_id]), {"text": "Bob keeps this to himself."})
    bob_page = bob.get(lesson.url).content.decode()
    assert "Bob keeps this to himself." in bob_page and "Alice thinks privately." not in bob_page
    alice_page = client_for(volunteer_user).get(lesson.url).content.decode()
    assert "Alice thinks privately." in alice_page and "Bob keeps this to himself." not in alice_page


def test_a_lesson_with_a_knowledge_check_still_shows_the_quiz_and_my_last_try(
    tree, client_for, volunteer_user, other_volunteer
):
    lesson = tree.lesson("check")
    alice = client_for(volunteer_user)
    page = alice.get(lesson.url).content.decode()
    assert "Answer the questions below." in page
    assert 'id="knowledge-check"' in page
    assert "Who decides what recovery means for a person?" in page
    for question in lesson.knowledge_check():
        assert f'name="q-{question["id"]}"' in page
    assert reverse("courses:quiz_submit", args=[lesson.pk]) in page

    alice.post(reverse("courses:quiz_submit", args=[lesson.pk]), tree.wrong_answers(lesson))
    page = alice.get(lesson.url).content.decode()
    assert "Not yet: you scored 0%" in page and "need 80%" in page
    assert 'id="knowledge-check"' in page

    # Bob reads the same cached blocks, and his own (empty) quiz state.
    page = client_for(other_volunteer).get(lesson.url).content.decode()
    assert 'id="knowledge-check"' in page and "Who decides what recovery means for a person?" in page
    assert "Your last try:" not in page


def test_two_callers_get_separate_instances_of_a_lesson(tree):
    base = Lesson.objects.get(slug="why-boundaries").page_ptr
    first = content_cache.specific_page(base)
    second = content_cache.specific_page(base)
    assert isinstance(first, Lesson) and isinstance(second, Lesson)
    assert first is not second
    first.title = "Changed by one caller"
    first.body[0] = ("heading", "Changed heading")
    assert second.title == "Why boundaries matter"
    assert second.body[0].value == "Keeping everyone safe"
    third = content_cache.specific_page(base)
    assert third.title == "Why boundaries matter"
    assert third.body[0].value == "Keeping everyone safe"


def test_a_specific_page_follows_a_publish(tree):
    # As routing does, each time from a base Page freshly read.
    def base():
        return Page.objects.get(slug="why-boundaries")

    assert content_cache.specific_page(base()).estimated_minutes == 10
    lesson = tree.lesson("why-boundaries")
    lesson.estimated_minutes = 11
    lesson.save_revision().publish()
    assert content_cache.specific_page(base()).estimated_minutes == 11


def test_a_plain_wagtail_page_is_given_back_as_it_is(tree):
    root = Page.objects.get(depth=1)
    assert type(root) is Page
    assert content_cache.specific_page(root) is root

"""What goes live is complete, whichever route publishes it; drafts may be half-written."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from courses import publishing, tasks
from courses.models import Lesson
from tests.courses.cms import edit_form_data, quiz_body

pytestmark = pytest.mark.django_db


def _live_questions(lesson):
    return Lesson.objects.get(pk=lesson.pk).knowledge_check()


def _right_answers_live(lesson):
    return [any(option["correct"] for option in question["options"]) for question in _live_questions(lesson)]


def _incomplete_draft(lesson, user=None, body=None):
    """A draft as autosave keeps it: the quiz has no answer marked right."""
    draft = Lesson.objects.get(pk=lesson.pk)
    draft.body = body if body is not None else quiz_body(right=False)
    return draft.save_revision(user=user, clean=False)


def _image():
    return get_image_model().objects.create(title="A group", file=get_test_image_file())


# The edit form ----------------------------------------------------------------------------


def test_it_saves_a_half_written_quiz_as_a_draft(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    client = client_for(content_editor)
    response = client.post(f"/cms/pages/{lesson.pk}/edit/", edit_form_data(client, lesson, body=quiz_body(right=False)))

    assert response.status_code == 302
    draft = Lesson.objects.get(pk=lesson.pk).get_latest_revision_as_object()
    assert not any(option["correct"] for option in draft.knowledge_check()[0]["options"])
    # Learners still see the complete quiz.
    assert all(_right_answers_live(lesson))


def test_the_edit_form_refuses_to_publish_a_quiz_with_no_right_answer(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    client = client_for(content_editor)
    data = edit_form_data(client, lesson, body=quiz_body(right=False), **{"action-publish": "action-publish"})
    response = client.post(f"/cms/pages/{lesson.pk}/edit/", data)

    assert response.status_code == 200
    assert "Mark at least one answer as right." in response.content.decode()
    assert len(_live_questions(lesson)) == 2


def test_the_edit_form_publishes_a_complete_quiz(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    client = client_for(content_editor)
    data = edit_form_data(client, lesson, body=quiz_body(right=True), **{"action-publish": "action-publish"})
    response = client.post(f"/cms/pages/{lesson.pk}/edit/", data)

    assert response.status_code == 302
    assert len(_live_questions(lesson)) == 1


def test_the_edit_form_refuses_to_publish_a_picture_without_alt_text(tree, client_for, content_editor):
    lesson = tree.lesson("why-boundaries")
    client = client_for(content_editor)
    body = [("image", {"image": _image().pk, "alt_text": "", "caption": ""})]
    data = edit_form_data(client, lesson, body=body, **{"action-publish": "action-publish"})
    response = client.post(f"/cms/pages/{lesson.pk}/edit/", data)

    assert response.status_code == 200
    assert not any(child.block_type == "image" for child in Lesson.objects.get(pk=lesson.pk).body)


# The page list's "Publish" bulk action -------------------------------------------------------


def _bulk_publish(client, *pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    parent = pages[0].get_parent()
    url = f"/cms/bulk/wagtailcore/page/publish/?{ids}&next=/cms/pages/{parent.pk}/"
    return client.post(url, {"include_descendants": ""}, follow=True)


def test_the_bulk_action_publishes_nothing_when_a_draft_is_incomplete(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    other = tree.lesson("why-boundaries")
    other_draft = Lesson.objects.get(pk=other.pk)
    other_draft.title = "Why boundaries matter to us"
    other_draft.save_revision()
    _incomplete_draft(lesson)

    response = _bulk_publish(client_for(content_editor), lesson, other)

    assert "cannot go live yet" in response.content.decode()
    assert all(_right_answers_live(lesson))
    assert Lesson.objects.get(pk=other.pk).title == "Why boundaries matter"


def test_the_bulk_action_refuses_a_picture_without_alt_text(tree, client_for, content_editor):
    lesson = tree.lesson("why-boundaries")
    _incomplete_draft(lesson, body=[("image", {"image": _image(), "alt_text": "", "caption": ""})])

    _bulk_publish(client_for(content_editor), lesson)

    assert not any(child.block_type == "image" for child in Lesson.objects.get(pk=lesson.pk).body)


def test_the_bulk_action_refuses_an_empty_knowledge_check(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    _incomplete_draft(lesson, body=quiz_body(questions=0))

    _bulk_publish(client_for(content_editor), lesson)

    assert len(_live_questions(lesson)) == 2


def test_the_bulk_action_publishes_complete_drafts(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    _incomplete_draft(lesson, body=quiz_body(right=True))

    _bulk_publish(client_for(content_editor), lesson)

    assert len(_live_questions(lesson)) == 1


# Scheduled publishing --------------------------------------------------------------------------


def _schedule(revision, *, minutes_ago=1):
    """As if the time an editor chose for `revision` to go live has just passed."""
    when = timezone.now() - timedelta(minutes=minutes_ago)
    revision.approved_go_live_at = when
    revision.content["go_live_at"] = when.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])


def test_the_beat_schedule_publishes_scheduled_changes_every_minute():
    entry = settings.CELERY_BEAT_SCHEDULE["courses-publish-scheduled"]
    assert entry == {"task": "courses.tasks.publish_scheduled", "schedule": 60}
    assert tasks.publish_scheduled.name == entry["task"]


def test_a_scheduled_lesson_goes_live_when_the_beat_task_runs(tree, content_editor):
    lesson = tree.lesson("check")
    draft = Lesson.objects.get(pk=lesson.pk)
    draft.body = quiz_body(right=True)
    revision = draft.save_revision(user=content_editor)
    _schedule(revision)

    tasks.publish_scheduled.delay()

    assert len(_live_questions(lesson)) == 1
    assert Lesson.objects.get(pk=lesson.pk).live_revision_id == revision.pk


def test_a_new_lesson_scheduled_for_later_waits_until_its_time(tree, content_editor):
    module = tree.lesson("check").get_parent()
    lesson = Lesson(title="Coming soon", slug="coming-soon", body=quiz_body(), live=False)
    module.add_child(instance=lesson)
    lesson.go_live_at = timezone.now() + timedelta(hours=1)
    lesson.save_revision(user=content_editor).publish(user=content_editor)

    tasks.publish_scheduled.delay()
    assert not Lesson.objects.get(pk=lesson.pk).live

    _schedule(Lesson.objects.get(pk=lesson.pk).get_latest_revision())
    tasks.publish_scheduled.delay()
    assert Lesson.objects.get(pk=lesson.pk).live


def test_a_scheduled_incomplete_change_is_not_published_and_the_editor_is_told(tree, content_editor):
    lesson = tree.lesson("check")
    broken = _incomplete_draft(lesson, user=content_editor)
    _schedule(broken)
    complete = Lesson.objects.get(pk=tree.lesson("why-boundaries").pk)
    complete.title = "Boundaries, again"
    _schedule(complete.save_revision(user=content_editor), minutes_ago=2)

    tasks.publish_scheduled.delay()

    assert all(_right_answers_live(lesson))
    broken.refresh_from_db()
    assert broken.approved_go_live_at is None, "taken off the schedule, so it is not tried every minute"
    assert Lesson.objects.get(pk=complete.pk).title == "Boundaries, again", "the rest still go live"
    assert [message.to for message in mail.outbox] == [[content_editor.email]]
    assert "Mark at least one answer as right." in mail.outbox[0].body


# Revert, copy, the admin API and the model itself ---------------------------------------------


def test_reverting_to_an_incomplete_revision_is_not_published(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    old = _incomplete_draft(lesson)
    client = client_for(content_editor)
    url = f"/cms/pages/{lesson.pk}/revisions/{old.pk}/revert/"
    html_form = edit_form_data(client, lesson, body=quiz_body(right=False), **{"action-publish": "action-publish"})

    response = client.post(url, html_form)

    assert response.status_code == 200
    assert all(_right_answers_live(lesson))


def test_copying_with_publish_copies_refuses_incomplete_live_content(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    # A lesson that went live incomplete before these checks existed.
    Lesson.objects.filter(pk=lesson.pk).update(body=quiz_body(right=False))
    client = client_for(content_editor)
    data = {
        "new_title": "Copy",
        "new_slug": "check-copy",
        "new_parent_page": lesson.get_parent().pk,
        "publish_copies": "on",
    }

    response = client.post(f"/cms/pages/{lesson.pk}/copy/", data, follow=True)

    assert "cannot go live yet" in response.content.decode()
    assert not Page.objects.filter(slug="check-copy").exists()

    data.pop("publish_copies")
    client.post(f"/cms/pages/{lesson.pk}/copy/", data)
    assert not Page.objects.get(slug="check-copy").live, "a draft copy is fine"


def test_the_admin_api_refuses_to_publish_an_incomplete_draft(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    _incomplete_draft(lesson)

    response = client_for(content_editor).post(f"/cms/api/main/pages/{lesson.pk}/action/publish/")

    assert response.status_code == 400
    assert all(_right_answers_live(lesson))


def test_publishing_a_revision_in_code_is_refused_too(tree):
    lesson = tree.lesson("check")
    revision = _incomplete_draft(lesson)

    with pytest.raises(publishing.NotReadyToPublish) as refused:
        revision.publish()

    assert "Mark at least one answer as right." in str(refused.value)
    assert all(_right_answers_live(lesson))


def test_saving_what_is_already_live_is_not_publishing(tree):
    """Moving a page saves it as it is; a lesson that went live incomplete before these checks
    existed can still be moved (and then fixed)."""
    lesson = tree.lesson("check")
    Lesson.objects.filter(pk=lesson.pk).update(body=quiz_body(right=False))
    stored = Lesson.objects.get(pk=lesson.pk)
    stored.title = "Moved"
    stored.save()
    assert Lesson.objects.get(pk=lesson.pk).title == "Moved"

"""An existing installation gets corrected content as drafts an editor reviews, never by
changing what is live, and never at the cost of an editor's change or a learner's record."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from courses import loading, services
from courses.models import (
    Certificate,
    ContentCorrection,
    CourseStatus,
    Lesson,
    LessonCompletion,
    QuizAttempt,
    ReflectionAnswer,
)
from tests.courses import factories

pytestmark = pytest.mark.django_db

OLD_TEXT = "Boundaries protect you."
NEW_TEXT = "Boundaries protect you and the people you support."


def corrected_data():
    """The factory course as a later release ships it: the first lesson's text corrected, a
    quiz option reworded, and a new lesson added."""
    data = factories.course_data(classroom=False)
    online = data["modules"][0]["lessons"]
    online[0]["body"][1] = ("text", online[0]["body"][1][1].replace(OLD_TEXT, NEW_TEXT))
    online[1]["quiz"]["questions"][0]["options"][1]["text"] = "Their peer supporter, who knows best"
    online.append(
        {"slug": "new-lesson", "title": "New lesson", "estimated_minutes": 5, "body": [("text", "New.")], "quiz": None}
    )
    return data


def live_text(slug):
    return Lesson.objects.get(slug=slug).body[1].value.source


def draft_of(slug):
    return Lesson.objects.get(slug=slug).get_latest_revision_as_object()


@pytest.fixture
def learner_records(volunteer_user):
    """A learner who finished the course: completions, a quiz attempt, a reflection, a certificate."""
    factories.build(courses=[factories.course_data(classroom=False)])
    why = factories.lesson("why-boundaries")
    reflection_id = next(child.id for child in why.body if child.block_type == "reflection")
    services.reflection_save(user=volunteer_user, lesson=why, block_id=reflection_id, text="It kept me safe.")
    factories.finish_online_work(volunteer_user)
    return {
        "completions": LessonCompletion.objects.count(),
        "attempts": QuizAttempt.objects.count(),
        "reflections": ReflectionAnswer.objects.count(),
        "certificates": Certificate.objects.count(),
        "statuses": list(CourseStatus.objects.values_list("user_id", "course_id", "completed_on")),
        "reflection_id": reflection_id,
    }


def test_it_saves_changed_content_as_a_draft_and_leaves_the_live_page_alone(learner_records):
    loaded = loading.build(courses=[corrected_data()], policies=[])

    assert loaded.corrected == 2
    assert OLD_TEXT in live_text("why-boundaries")
    assert NEW_TEXT in draft_of("why-boundaries").body[1].value.source
    assert Lesson.objects.get(slug="why-boundaries").has_unpublished_changes
    assert ContentCorrection.objects.waiting().count() == 2


def test_it_keeps_every_learner_record_and_the_ids_they_point_at(volunteer_user, learner_records):
    check_before = factories.lesson("check").knowledge_check()

    loading.build(courses=[corrected_data()], policies=[])
    for correction in ContentCorrection.objects.all():
        correction.revision.publish()

    assert LessonCompletion.objects.count() == learner_records["completions"]
    assert QuizAttempt.objects.count() == learner_records["attempts"]
    assert ReflectionAnswer.objects.count() == learner_records["reflections"]
    assert Certificate.objects.count() == learner_records["certificates"]
    assert list(CourseStatus.objects.values_list("user_id", "course_id", "completed_on")) == learner_records["statuses"]
    why = factories.lesson("why-boundaries")
    assert NEW_TEXT in live_text("why-boundaries")
    assert learner_records["reflection_id"] in why.reflection_ids()
    check_after = factories.lesson("check").knowledge_check()
    assert [q["id"] for q in check_after] == [q["id"] for q in check_before]
    assert [o["id"] for o in check_after[0]["options"]] == [o["id"] for o in check_before[0]["options"]]


def test_it_adds_new_pages_live_straight_away(learner_records):
    loading.build(courses=[corrected_data()], policies=[])
    assert Lesson.objects.get(slug="new-lesson").live


def test_an_editors_own_change_stays_live_and_is_flagged_on_the_correction(content_editor, learner_records):
    why = factories.lesson("why-boundaries")
    why.title = "Why boundaries matter to us"
    why.save_revision(user=content_editor).publish()

    loading.build(courses=[corrected_data()], policies=[])

    assert Lesson.objects.get(slug="why-boundaries").title == "Why boundaries matter to us"
    correction = ContentCorrection.objects.get(page=why)
    assert correction.editor_changed
    earlier = [revision.as_object().title for revision in why.revisions.order_by("created_at")]
    assert "Why boundaries matter to us" in earlier, "the editor's revision is kept in the history"


def test_loading_again_makes_no_second_draft(learner_records):
    loading.build(courses=[corrected_data()], policies=[])
    revisions = Page.objects.get(slug="why-boundaries").revisions.count()
    again = loading.build(courses=[corrected_data()], policies=[])
    assert again.corrected == 0
    assert Page.objects.get(slug="why-boundaries").revisions.count() == revisions
    assert ContentCorrection.objects.count() == 2


def test_unchanged_content_makes_no_draft_even_after_an_editor_changed_the_page(content_editor, learner_records):
    why = factories.lesson("why-boundaries")
    why.title = "Edited"
    why.save_revision(user=content_editor).publish()
    loaded = loading.build(courses=[factories.course_data(classroom=False)], policies=[])
    assert loaded.corrected == 0
    assert not ContentCorrection.objects.exists()


def test_publishing_the_draft_clears_the_notice(learner_records):
    loading.build(courses=[corrected_data()], policies=[])
    correction = ContentCorrection.objects.get(page__slug="why-boundaries")
    correction.revision.publish()
    assert not ContentCorrection.objects.waiting().filter(pk=correction.pk).exists()


def test_editors_are_told_on_the_dashboard_and_on_the_page(client, content_editor, learner_records):
    loading.build(courses=[corrected_data()], policies=[])
    client.force_login(content_editor)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Safety corrections are waiting" in dashboard
    assert "Why boundaries matter" in dashboard
    correction = ContentCorrection.objects.get(page__slug="why-boundaries")
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[correction.page_id, "live", correction.revision_id])
    assert compare in dashboard
    assert client.get(compare).status_code == 200
    page = Lesson.objects.get(slug="why-boundaries")
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), follow=True).content.decode()
    assert "A safety correction to this page is waiting as a draft" in edit


def test_a_fresh_installation_has_no_corrections_waiting(real_content):
    """`real_content` is load_courses run once on a new installation; this is its second run."""
    call_command("load_courses", verbosity=0)
    assert not ContentCorrection.objects.exists()


OLD_NALOXONE = "If you are trained and have naloxone, use it."


def test_an_installation_loaded_with_the_old_content_gets_the_naloxone_correction_as_a_draft(
    real_content, volunteer_user
):
    """As if load_courses (`real_content`) had run with the earlier content: the first and live
    revision of the emergency lesson carry the old naloxone line."""
    lesson = Lesson.objects.get(slug="keeping-people-safer")
    old_body = [
        {"type": child.block_type, "value": child.block.get_prep_value(child.value), "id": child.id}
        for child in lesson.body
    ]
    for block in old_body:
        if block["type"] == "text" and "anyone may give naloxone" in block["value"]:
            block["value"] = "<ul><li>Call 999 straight away.</li><li>" + OLD_NALOXONE + "</li></ul>"
    first = lesson.revisions.order_by("created_at", "pk").first()
    first.content["body"] = old_body
    first.save(update_fields=["content"])
    first.publish()
    LessonCompletion.objects.create(user=volunteer_user, lesson=lesson)

    call_command("load_courses", verbosity=0)

    lesson = Lesson.objects.get(pk=lesson.pk)
    assert any(OLD_NALOXONE in str(child.value) for child in lesson.body), "live is unchanged until an editor publishes"
    draft = lesson.get_latest_revision_as_object()
    assert any("anyone may give naloxone" in str(child.value) for child in draft.body)
    assert ContentCorrection.objects.waiting().filter(page=lesson).exists()
    assert LessonCompletion.objects.filter(user=volunteer_user, lesson=lesson).exists()


def test_a_second_correction_to_the_same_page_is_listed_once_and_not_blamed_on_an_editor(
    client, content_editor, learner_records
):
    loading.build(courses=[corrected_data()], policies=[])
    later = corrected_data()
    later["modules"][0]["lessons"][0]["body"][0] = ("heading", "Keeping everyone safe, always")
    loading.build(courses=[later], policies=[])

    newest = ContentCorrection.objects.filter(page__slug="why-boundaries").order_by("-created_at").first()
    assert ContentCorrection.objects.filter(page__slug="why-boundaries").count() == 2
    assert not newest.editor_changed
    client.force_login(content_editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert dashboard.count(">Why boundaries matter<") == 1

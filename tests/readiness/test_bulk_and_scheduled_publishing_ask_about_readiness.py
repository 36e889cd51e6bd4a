"""The readiness confirm step cannot be skipped: the page list's bulk "Publish" publishes
nothing when one of its pages would move ready volunteers to "not yet" (and says to publish
it from the editor, where the confirm step is), and scheduling a change (Publish with a
go-live date) asks first, as publishing now does."""

import pytest
from wagtail.models import Revision

from courses.models import Course
from readiness.models import ReadinessSummary
from tests import built_once
from tests.courses import factories as courses
from tests.courses.cms import edit_form_data
from tests.factories import volunteer

pytestmark = pytest.mark.django_db


@built_once.fixture(give=lambda: Course.objects.get(slug="leading"))
def optional_course():
    courses.build(
        courses=[courses.course_data(), courses.course_data("leading", title="Leading groups", category="ongoing")]
    )


def _ready(*people):
    for person in people:
        ReadinessSummary.objects.update_or_create(volunteer=person, defaults={"ready": True})


def _draft(course, **fields):
    draft = Course.objects.get(pk=course.pk)
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision()


def _bulk_publish(client, *pages):
    ids = "&".join(f"id={page.pk}" for page in pages)
    url = f"/cms/bulk/wagtailcore/page/publish/?{ids}&next=/cms/pages/{pages[0].get_parent().pk}/"
    return client.post(url, {"include_descendants": ""}, follow=True)


def test_bulk_publish_refuses_a_draft_that_moves_ready_volunteers(optional_course, client_for, content_editor):
    _ready(volunteer(), volunteer())
    _draft(optional_course, category="required")
    other = courses.course()
    _draft(other, summary="A clearer summary.")

    page = _bulk_publish(client_for(content_editor), optional_course, other).content.decode()

    assert "would move 2 volunteers who are ready to start now to “not yet”" in page
    assert "Publish it from its editor, where you can confirm. Nothing was published." in page
    assert Course.objects.get(pk=optional_course.pk).category == "ongoing"
    assert Course.objects.get(pk=other.pk).summary != "A clearer summary.", "nothing published"


def test_bulk_publish_goes_through_when_no_one_moves(optional_course, client_for, content_editor):
    _ready(volunteer())
    _draft(optional_course, summary="A clearer summary.")

    page = _bulk_publish(client_for(content_editor), optional_course).content.decode()

    assert "Nothing was published" not in page
    assert Course.objects.get(pk=optional_course.pk).summary == "A clearer summary."


def test_scheduling_a_change_asks_first_and_schedules_only_once_confirmed(
    optional_course, client_for, content_editor
):
    _ready(volunteer())
    client = client_for(content_editor)
    data = edit_form_data(client, optional_course, category="required", go_live_at="2030-01-01 09:00")
    data["action-publish"] = "action-publish"
    url = f"/cms/pages/{optional_course.pk}/edit/"

    asked = client.post(url, data)

    assert "Publishing this moves 1 volunteer who is ready to start now to “not yet”." in asked.content.decode()
    assert not Revision.page_revisions.filter(object_id=str(optional_course.pk), approved_go_live_at__isnull=False)

    confirmed = client.post(url, {**data, "readiness-confirmed": "1"})

    assert confirmed.status_code == 302
    scheduled = Revision.page_revisions.get(object_id=str(optional_course.pk), approved_go_live_at__isnull=False)
    assert scheduled.as_object().category == "required"
    assert Course.objects.get(pk=optional_course.pk).category == "ongoing", "live only at the go-live date"

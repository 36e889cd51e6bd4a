"""Publishing a change that moves volunteers from "ready" to "not yet" asks the editor to
confirm, saying how many it moves: only the people the course is for, who are ready now and
have not finished it. Publishing anything else goes straight through."""

import pytest
from django.contrib.auth.models import Group

from courses.models import Course, CourseStatus, PolicyVersion
from readiness.models import ReadinessSummary
from tests import built_once
from tests.courses import factories as courses
from tests.courses.cms import edit_form_data
from tests.factories import volunteer

pytestmark = pytest.mark.django_db

CONFIRM = "Publish and change readiness?"


def _ready(*people):
    for person in people:
        ReadinessSummary.objects.update_or_create(volunteer=person, defaults={"ready": True})


def _supervisor(person):
    person.groups.add(Group.objects.get(name="Supervisor"))
    return person


@built_once.fixture(give=lambda: Course.objects.get(slug="leading"))
def optional_course():
    courses.build(
        courses=[courses.course_data(), courses.course_data("leading", title="Leading groups", category="ongoing")],
        policies=[courses.policy_data()],
    )


def _publish(client, page, body=None, **fields):
    data = edit_form_data(client, page, body=body, **fields)
    data["action-publish"] = "action-publish"
    return client.post(f"/cms/pages/{page.pk}/edit/", data)


def test_making_a_course_required_for_supervisors_counts_only_ready_supervisors_without_it(
    optional_course, client_for, content_editor
):
    not_finished, finished = _supervisor(volunteer()), _supervisor(volunteer())
    not_a_supervisor, not_ready = volunteer(), _supervisor(volunteer())
    _ready(not_finished, finished, not_a_supervisor)
    CourseStatus.objects.create(user=finished, course=optional_course, completed_on="2026-01-01")
    supervisors = Group.objects.get(name="Supervisor")

    response = _publish(
        client_for(content_editor), optional_course, category="required", for_roles=[str(supervisors.pk)]
    )

    page = response.content.decode()
    assert CONFIRM in page
    assert "Publishing this moves 1 volunteer who is ready to start now to “not yet”." in page
    assert Course.objects.get(pk=optional_course.pk).category == "ongoing", "nothing published before confirming"
    assert not_ready  # never ready, so never counted


def test_confirming_publishes_it(optional_course, client_for, content_editor):
    _ready(volunteer())
    client = client_for(content_editor)
    data = edit_form_data(client, optional_course, category="required")
    data["action-publish"] = "action-publish"

    asked = client.post(f"/cms/pages/{optional_course.pk}/edit/", data)
    assert "Publishing this moves 1 volunteer" in asked.content.decode()
    confirmed = client.post(f"/cms/pages/{optional_course.pk}/edit/", {**data, "readiness-confirmed": "1"})

    assert confirmed.status_code == 302
    assert Course.objects.get(pk=optional_course.pk).category == "required"


def test_a_change_that_moves_no_one_publishes_without_asking(optional_course, client_for, content_editor):
    _ready(volunteer())

    response = _publish(client_for(content_editor), optional_course, summary="Clearer summary.")

    assert response.status_code == 302
    assert Course.objects.get(pk=optional_course.pk).summary == "Clearer summary."


def test_saving_a_draft_never_asks(optional_course, client_for, content_editor):
    _ready(volunteer())
    client = client_for(content_editor)
    data = edit_form_data(client, optional_course, category="required")

    response = client.post(f"/cms/pages/{optional_course.pk}/edit/", data)

    assert response.status_code == 302
    assert CONFIRM not in response.content.decode()


def test_asking_everyone_to_read_a_policy_again_asks_first(optional_course, client_for, content_editor):
    _ready(volunteer(), volunteer(), volunteer())
    policy = courses.policy()
    client = client_for(content_editor)

    body = [("heading", "What stays private")]
    asked = _publish(client, policy, body=body, ask_to_reacknowledge="on", version_note="Sharing with the police.")
    quiet = _publish(client, policy, body=body, version_note="A typo.")

    assert "Publishing this moves 3 volunteers who are ready to start now to “not yet”." in asked.content.decode()
    assert quiet.status_code == 302
    assert PolicyVersion.objects.filter(policy=policy).count() == 1


def test_opening_the_editor_no_longer_guesses(optional_course, client_for, content_editor):
    _ready(volunteer())

    page = client_for(content_editor).get(f"/cms/pages/{optional_course.pk}/edit/").content.decode()

    assert "Readiness:" not in page


def test_publishing_a_new_policy_asks_first(optional_course, client_for, content_editor):
    from wagtail.test.utils.form_data import querydict_from_html

    from courses.models import PoliciesIndex, PolicyPage
    from tests.courses.cms import block_post_data

    _ready(volunteer(), volunteer())
    client = client_for(content_editor)
    index = PoliciesIndex.objects.get()
    url = f"/cms/pages/add/courses/policypage/{index.pk}/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form").dict()
    data.update(block_post_data(PolicyPage.body.field.stream_block, [("heading", "Lone working")], "body"))
    data.update({"title": "Lone working", "slug": "lone-working", "summary": "Staying safe alone.",
                 "action-publish": "action-publish"})

    response = client.post(url, data)

    assert "Publishing this moves 2 volunteers" in response.content.decode()
    assert not PolicyPage.objects.filter(slug="lone-working").exists()

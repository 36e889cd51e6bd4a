"""The editor's side preview shows the learner's page, and no button leads nowhere."""

import pytest

from tests.courses.cms import edit_form_data, quiz_body
from tests.people.test_security_headers import _policy

pytestmark = pytest.mark.django_db


def test_the_preview_may_be_framed_by_the_editor_on_this_site_only(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    client = client_for(content_editor)
    url = f"/cms/pages/{lesson.pk}/edit/preview/"
    assert client.post(url, edit_form_data(client, lesson, body=quiz_body())).json()["is_valid"]

    response = client.get(url)

    assert response.status_code == 200
    assert "Question 1?" in response.content.decode()
    policy = _policy(response)
    assert policy["frame-ancestors"] == "'self'"
    # Otherwise the learner page's strict policy: no inline script in a preview either.
    assert policy["script-src"] == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_the_learner_page_itself_is_still_never_framed(tree, client_for, volunteer_user):
    response = client_for(volunteer_user).get(tree.lesson("check").url)
    assert _policy(response)["frame-ancestors"] == "'none'"


def test_there_is_no_submit_to_moderators_button(tree, client_for, content_editor):
    lesson = tree.lesson("check")
    page = client_for(content_editor).get(f"/cms/pages/{lesson.pk}/edit/").content.decode()
    assert "action-submit" not in page
    assert "Submit to" not in page
    assert 'name="action-publish"' in page

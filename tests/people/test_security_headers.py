import pytest

pytestmark = pytest.mark.django_db


def _policy(response):
    return dict(
        (part.strip().split(" ", 1) + [""])[:2]
        for part in response["Content-Security-Policy"].split(";")
        if part.strip()
    )


def test_waymarks_own_pages_get_a_strict_policy(client_for, volunteer_user):
    policy = _policy(client_for(volunteer_user).get("/"))
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["script-src"] == "'self'"
    assert "unsafe-inline" not in policy["style-src"]


def test_the_sign_in_page_gets_the_strict_policy_too(client):
    assert _policy(client.get("/accounts/login/"))["script-src"] == "'self'"


def test_only_the_content_editor_gets_the_looser_policy(client_for, content_editor):
    policy = _policy(client_for(content_editor).get("/cms/"))
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'self'"


def test_pages_are_not_framed_and_not_sniffed(client):
    response = client.get("/accounts/login/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"

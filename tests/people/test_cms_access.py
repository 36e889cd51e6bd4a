import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("persona", ["volunteer_user", "supervisor", "trainer"])
def test_it_refuses_the_content_editor_to_other_roles(request, client_for, persona):
    client = client_for(request.getfixturevalue(persona))
    for path in ["/cms/", "/cms/pages/", "/cms/images/"]:
        response = client.get(path)
        assert response.status_code == 403
        body = response.content.decode()
        assert "You cannot edit content" in body
        assert "wagtail" not in body.lower()


@pytest.mark.parametrize("persona", ["content_editor", "manager", "superuser"])
def test_it_lets_content_editors_and_managers_in(request, client_for, persona):
    response = client_for(request.getfixturevalue(persona)).get("/cms/")
    assert response.status_code == 200
    assert "wagtail" in response.content.decode().lower()


def test_it_sends_a_signed_out_visitor_to_the_one_sign_in_page(client):
    response = client.get("/cms/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=%2Fcms%2Fpages%2F"


def test_wagtails_login_route_signs_nobody_in(client, content_editor, password):
    response = client.post("/cms/login/", {"username": content_editor.email, "password": password})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get("/cms/").status_code == 302


def test_wagtails_password_reset_leads_to_allauth(client):
    for path in ["/cms/password_reset/", "/cms/password_reset/done/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == reverse("account_reset_password")


def test_the_django_admin_is_for_superusers_only(client_for, manager, superuser):
    refused = client_for(manager).get("/django-admin/", follow=True)
    assert refused.status_code == 403
    assert "Site administration" not in refused.content.decode()
    assert client_for(superuser).get("/django-admin/").status_code == 200


def test_the_django_admin_login_leads_to_allauth(client, superuser, password):
    response = client.get("/django-admin/login/?next=/django-admin/")
    assert response["Location"] == f"{reverse('account_login')}?next=%2Fdjango-admin%2F"
    client.post("/django-admin/login/", {"username": superuser.email, "password": password})
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("persona", ["volunteer_user", "supervisor", "trainer"])
def test_a_refusal_at_the_content_editors_door_is_in_the_access_log(request, client_for, persona):
    from audit.models import AccessLog

    person = request.getfixturevalue(persona)
    client_for(person).get("/cms/pages/")
    row = AccessLog.objects.get()
    assert (row.actor, row.outcome, row.path) == (person, AccessLog.Outcome.REFUSED, "/cms/pages/")


def test_a_refusal_inside_the_content_editor_is_in_the_access_log(client_for, content_editor):
    from audit.models import AccessLog

    response = client_for(content_editor).get("/cms/users/")
    # Wagtail's own answer (back to the dashboard with a message) is unchanged.
    assert response.status_code == 302
    row = AccessLog.objects.get()
    assert (row.actor, row.outcome, row.path) == (content_editor, AccessLog.Outcome.REFUSED, "/cms/users/")
    # Pages the editor may use write nothing.
    client_for(content_editor).get("/cms/pages/")
    assert AccessLog.objects.count() == 1

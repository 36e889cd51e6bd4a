import pytest
from allauth.mfa.signals import authenticator_removed
from django.test import RequestFactory
from django.urls import reverse

from people.roles import Role
from tests.factories import UserFactory, give_two_step, totp_code

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.TRAINER, Role.MANAGER, Role.CONTENT_EDITOR])
def test_staff_without_two_step_are_sent_to_set_it_up(client_for, role):
    person = UserFactory(roles=[role], roles__two_step=False)
    client = client_for(person)
    for path in ["/", "/supervision/", "/readiness/", "/people/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == reverse("mfa_activate_totp")
    # Their account pages stay open, so they can set it up or sign out.
    assert client.get(reverse("mfa_index")).status_code == 200
    assert client.get(reverse("account_logout")).status_code == 200


def test_staff_with_two_step_get_in(client_for, supervisor):
    assert client_for(supervisor).get("/").status_code == 200


def test_volunteers_are_not_made_to_use_it(client_for, volunteer_user):
    assert client_for(volunteer_user).get("/").status_code == 200


def test_turning_it_off_is_noticed_at_once(client_for, supervisor):
    client = client_for(supervisor)
    assert client.get("/").status_code == 200
    session = client.session
    assert session["waymark_two_step_ready"]
    request = RequestFactory().get("/")
    request.session = session
    supervisor.authenticator_set.all().delete()
    authenticator_removed.send(sender=None, request=request, user=supervisor)
    session.save()
    assert client.get("/").status_code == 302


def test_signing_in_asks_for_the_code_and_a_code_works_once(client, password):
    person = UserFactory(roles=[Role.MANAGER])
    client.post(reverse("account_login"), {"login": person.email, "password": password})
    assert "_auth_user_id" not in client.session
    code = totp_code(person)
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.session["_auth_user_id"] == str(person.pk)

    client.logout()
    client.post(reverse("account_login"), {"login": person.email, "password": password})
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_setting_it_up_lets_them_in(client_for):
    person = UserFactory(roles=[Role.TRAINER], roles__two_step=False)
    client = client_for(person)
    assert client.get("/").status_code == 302
    give_two_step(person)
    assert client.get("/").status_code == 200

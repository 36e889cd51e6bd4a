import pytest
from django.urls import reverse

from people.models import User

pytestmark = pytest.mark.django_db


def test_changing_email_asks_for_the_password_again(client_for, volunteer_user):
    client = client_for(volunteer_user)
    response = client.post(reverse("account_email"), {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not volunteer_user.emailaddress_set.filter(email="new@example.org").exists()


def test_password_reset_does_not_say_whether_an_account_exists(client, volunteer_user, mailoutbox):
    known = client.post(reverse("account_reset_password"), {"email": volunteer_user.email})
    unknown = client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


def test_a_password_reset_does_not_sign_anyone_in(client, volunteer_user, mailoutbox):
    import re

    client.post(reverse("account_reset_password"), {"email": volunteer_user.email})
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mailoutbox[0].body).group(1)
    form_page = client.get(link, follow=True)
    client.post(form_page.redirect_chain[-1][0], {"password1": "a brand new phrase", "password2": "a brand new phrase"})
    assert User.objects.get(pk=volunteer_user.pk).check_password("a brand new phrase")
    assert "_auth_user_id" not in client.session


def test_failed_sign_ins_are_limited(client, volunteer_user):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": volunteer_user.email, "password": "wrong password"})
    response = client.post(reverse("account_login"), {"login": volunteer_user.email, "password": "wrong password"})
    assert response.status_code == 429 or "Too many failed login attempts" in response.content.decode()


def test_two_step_sign_in_is_offered_to_everyone(client_for, volunteer_user):
    response = client_for(volunteer_user).get(reverse("mfa_index"))
    assert response.status_code == 200
    assert "Authenticator" in response.content.decode()

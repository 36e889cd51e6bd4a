import pytest
from django.urls import reverse

from people.models import User
from people.status import Status

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "sam@example.org",
    "full_name": "Sam Applicant",
    "password1": "a long enough phrase",
    "password2": "a long enough phrase",
}


def test_public_sign_up_is_closed_by_default(client):
    response = client.post(reverse("account_signup"), SIGNUP)
    assert "Accounts are by invitation" in response.content.decode()
    assert not User.objects.filter(email="sam@example.org").exists()


def test_an_open_sign_up_makes_an_applicant_who_must_verify(client, settings, mailoutbox):
    settings.WAYMARK_OPEN_SIGNUP = True
    settings.ACCOUNT_SIGNUP_FORM_CLASS = "people.forms.SignupExtraForm"
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == 302
    sam = User.objects.get(email="sam@example.org")
    assert sam.full_name == "Sam Applicant"
    assert sam.volunteer_profile.status == Status.APPLICANT
    assert list(sam.groups.values_list("name", flat=True)) == ["Volunteer"]
    assert "_auth_user_id" not in client.session
    assert mailoutbox[-1].to == ["sam@example.org"]

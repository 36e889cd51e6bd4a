"""A manager chooses the language an invitation is written in; the account it makes starts in
that language, and allauth's own e-mails (a password reset) go in the account's language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from people.models import Placement, User
from people.roles import Role

pytestmark = pytest.mark.django_db

PASSWORD = "a long and memorable sentence"


def _invite(client, manager, capture, **extra):
    client.force_login(manager)
    data = {
        "full_name": "Nia Newcomer",
        "email": "nia@example.org",
        "roles": [Role.VOLUNTEER.value],
        "placement": Placement.objects.get(slug="hospital").pk,
        **extra,
    }
    with capture(execute=True):
        response = client.post(reverse("people:invite"), data)
    assert response.status_code == 302
    client.logout()


def test_the_invitation_form_offers_both_languages_starting_with_the_manager_s(client, manager):
    manager.language = "cy"
    manager.save()
    client.force_login(manager)
    page = client.get(reverse("people:invite")).content.decode()
    assert "English" in page and "Cymraeg" in page
    assert re.search(r'value="cy"[^>]*checked', page)


def test_an_invitation_in_welsh_is_sent_in_welsh_and_the_account_starts_in_welsh(
    client, manager, mailoutbox, django_capture_on_commit_callbacks
):
    _invite(client, manager, django_capture_on_commit_callbacks, language="cy")
    [invitation] = mailoutbox
    assert invitation.subject.startswith("Rydych chi wedi cael gwahoddiad i ymuno")
    link = re.search(r"http://\S+/people/join/\S+/", invitation.body).group(0).split("127.0.0.1:8000", 1)[1]
    client.post(link, {"password1": PASSWORD, "password2": PASSWORD})
    assert User.objects.get(email="nia@example.org").language == "cy"
    assert '<html lang="cy"' in client.get("/").content.decode()


def test_an_invitation_in_english_from_a_welsh_reading_manager_is_in_english(
    client, manager, mailoutbox, django_capture_on_commit_callbacks
):
    manager.language = "cy"
    manager.save()
    _invite(client, manager, django_capture_on_commit_callbacks, language="en-gb")
    assert mailoutbox[0].subject.startswith("You are invited to join")
    link = re.search(r"http://\S+/people/join/\S+/", mailoutbox[0].body).group(0).split("127.0.0.1:8000", 1)[1]
    client.post(link, {"password1": PASSWORD, "password2": PASSWORD})
    assert User.objects.get(email="nia@example.org").language == "en-gb"


@pytest.mark.parametrize("language, words", [("cy", "cyfrinair"), ("en-gb", "password")])
def test_a_password_reset_e_mail_goes_in_the_account_s_language(client, volunteer_user, mailoutbox, language, words):
    volunteer_user.language = language
    volunteer_user.save()
    # Asked for from a page in the other language: the e-mail still follows the account.
    other = "en-gb" if language == "cy" else "cy"
    client.cookies["django_language"] = other
    with translation.override(other):
        client.post(reverse("account_reset_password"), {"email": volunteer_user.email})
    [sent] = mailoutbox
    assert words in (sent.subject + sent.body).lower()
    if language == "cy":
        assert "password reset" not in sent.subject.lower()


def test_the_page_the_welsh_invitation_leads_to_is_in_welsh_until_they_choose(
    client, manager, mailoutbox, django_capture_on_commit_callbacks
):
    _invite(client, manager, django_capture_on_commit_callbacks, language="cy")
    link = re.search(r"http://\S+/people/join/\S+/", mailoutbox[0].body).group(0).split("127.0.0.1:8000", 1)[1]
    page = client.get(link, HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert '<html lang="cy"' in page
    # Choosing English on the page itself wins over the invitation's language.
    client.post(reverse("language_choose"), {"language": "en-gb", "next": link})
    assert '<html lang="en-gb"' in client.get(link).content.decode()


def test_the_page_an_english_invitation_leads_to_is_in_english(
    client, manager, mailoutbox, django_capture_on_commit_callbacks
):
    _invite(client, manager, django_capture_on_commit_callbacks, language="en-gb")
    link = re.search(r"http://\S+/people/join/\S+/", mailoutbox[0].body).group(0).split("127.0.0.1:8000", 1)[1]
    assert '<html lang="en-gb"' in client.get(link, HTTP_ACCEPT_LANGUAGE="cy").content.decode()

import pytest
from django.conf import settings
from django.urls import reverse

from people.language import CHOSEN_IN_SESSION

pytestmark = pytest.mark.django_db

SWITCH = 'action="/language/"'


def _choose(client, language, back="/"):
    return client.post(reverse("language_choose"), {"language": language, "next": back})


def test_it_shows_the_switch_on_the_pages_anyone_may_open(client):
    for url in [reverse("account_login"), reverse("account_reset_password"), "/people/join/not-a-token/"]:
        page = client.get(url).content.decode()
        assert SWITCH in page, url
        assert '<button type="submit" name="language" value="cy" lang="cy"' in page
        assert '<span class="waymark-language__current" lang="en-gb" aria-current="true">English</span>' in page


def test_someone_not_signed_in_keeps_their_choice_in_the_language_cookie(client):
    response = _choose(client, "cy", back=reverse("account_login"))
    assert response.status_code == 302 and response["Location"] == reverse("account_login")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "cy"
    page = client.get(reverse("account_login")).content.decode()
    assert '<html lang="cy"' in page
    assert '<span class="waymark-language__current" lang="cy" aria-current="true">Cymraeg</span>' in page


def test_a_welsh_page_says_so_in_welsh(client, welsh_strings):
    _choose(client, "cy")
    page = client.get(reverse("account_login")).content.decode()
    assert "Neidio i'r prif gynnwys" in page


def test_a_signed_in_choice_is_stored_on_the_account_and_used_on_another_device(client_for, volunteer_user, client):
    _choose(client_for(volunteer_user), "cy")
    volunteer_user.refresh_from_db()
    assert volunteer_user.language == "cy"
    from django.test import Client

    other_device = Client()
    other_device.force_login(volunteer_user)
    response = other_device.get(reverse("home"))
    assert '<html lang="cy"' in response.content.decode()
    assert response["Content-Language"] == "cy"


def test_the_account_choice_beats_the_browser_and_the_cookie(client_for, volunteer_user):
    volunteer_user.language = "en-gb"
    volunteer_user.save()
    client = client_for(volunteer_user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert '<html lang="en-gb"' in page


def test_a_choice_made_on_the_sign_in_page_is_stored_at_sign_in(client, volunteer_user, password):
    _choose(client, "cy", back=reverse("account_login"))
    response = client.post(reverse("account_login"), {"login": volunteer_user.email, "password": password})
    assert response.status_code == 302
    volunteer_user.refresh_from_db()
    assert volunteer_user.language == "cy"
    assert CHOSEN_IN_SESSION not in client.session


def test_a_cookie_left_on_a_shared_computer_changes_nobody_s_account(client, volunteer_user, password):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    client.post(reverse("account_login"), {"login": volunteer_user.email, "password": password})
    volunteer_user.refresh_from_db()
    assert volunteer_user.language == ""


def test_it_goes_back_only_to_a_page_on_this_site(client):
    response = _choose(client, "cy", back="https://elsewhere.example/")
    assert response["Location"] == reverse("home")


def test_it_refuses_a_language_waymark_does_not_offer(client_for, volunteer_user):
    assert _choose(client_for(volunteer_user), "fr").status_code == 400
    volunteer_user.refresh_from_db()
    assert volunteer_user.language == ""



def test_each_language_is_named_in_itself_whatever_the_page_s_language(client):
    _choose(client, "cy")
    page = client.get(reverse("account_login")).content.decode()
    assert '<button type="submit" name="language" value="en-gb" lang="en-gb"' in page
    assert ">English</button>" in page and "Saesneg" not in page

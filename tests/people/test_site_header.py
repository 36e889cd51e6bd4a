"""The site header (people/templatetags/layout.py `site_header`) is rendered once per process for
each way it can look and then reused: the open menu entry still follows the page, a person's
menu still follows what they may open whoever was served before them, and a signed-out page
has no menu."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests import built_once

pytestmark = pytest.mark.django_db

ENTRY = re.compile(
    r'<li class="govuk-service-navigation__item(?P<active> govuk-service-navigation__item--active)?">\s*'
    r'<a class="govuk-service-navigation__link" href="(?P<href>[^"]*)"(?P<current> aria-current="page")?>'
    r"(?P<label>[^<]+)</a>"
)


def _menu(client, path):
    """{label: (open, aria-current)} of the menu on the page at `path`."""
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    html = response.content.decode()
    start = html.index('class="govuk-service-navigation"')
    section = html[start : html.index("</section>", start)]
    return {m["label"].strip(): (bool(m["active"]), bool(m["current"])) for m in ENTRY.finditer(section)}


def _open(menu):
    return [label for label, (active, _) in menu.items() if active]


def _signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@built_once.fixture()
def learning():
    from tests.courses import factories

    factories.build()


def test_the_open_entry_follows_the_page(learning, volunteer_user):
    client = _signed_in(volunteer_user)
    home = _menu(client, "/")
    assert _open(home) == ["Home"]
    assert home["Home"] == (True, True), "Home is the current page"

    learn = _menu(client, "/learn/")
    assert _open(learn) == ["Learning"]
    assert not any(current for _, current in learn.values())

    supervision = _menu(client, "/supervision/mine/")  # where /supervision/ sends a volunteer
    assert _open(supervision) == ["Supervision"]

    account = _menu(client, reverse("account_email"))
    assert _open(account) == ["My account"]

    # And back: the header kept from the home page is open on Home again, not on My account.
    assert _open(_menu(client, "/")) == ["Home"]


def test_a_lesson_page_opens_learning(learning, volunteer_user):
    from courses.models import Lesson

    menu = _menu(_signed_in(volunteer_user), Lesson.objects.get(slug="why-boundaries").url)
    assert _open(menu) == ["Learning"]


def test_a_volunteer_never_sees_people_or_edit_content_after_a_managers_header(learning, manager, volunteer_user):
    for path in ("/", "/learn/", reverse("account_email")):
        managers = _menu(_signed_in(manager), path)
        assert "People" in managers and "Edit content" in managers, path
        volunteers = _menu(_signed_in(volunteer_user), path)
        assert "People" not in volunteers and "Edit content" not in volunteers, path
        assert {"Home", "Learning", "Supervision", "My account", "Sign out"} <= set(volunteers), path


def test_a_manager_sees_people_and_edit_content_after_a_volunteers_header(learning, manager, volunteer_user):
    for path in ("/", "/learn/", reverse("account_email")):
        volunteers = _menu(_signed_in(volunteer_user), path)
        assert "People" not in volunteers and "Edit content" not in volunteers, path
        managers = _menu(_signed_in(manager), path)
        assert "People" in managers and "Edit content" in managers, path


def test_the_people_entry_is_open_on_the_people_pages(manager):
    menu = _menu(_signed_in(manager), reverse("people:list"))
    assert _open(menu) == ["People"]


def test_a_content_editor_sees_edit_content_but_not_people_or_supervision(learning, manager, content_editor):
    _menu(_signed_in(manager), "/learn/")
    menu = _menu(_signed_in(content_editor), "/learn/")
    assert "Edit content" in menu
    assert "People" not in menu and "Supervision" not in menu


def test_a_signed_out_page_has_no_menu(volunteer_user):
    # A signed-in header for the same section is rendered first.
    assert "Sign out" in _menu(_signed_in(volunteer_user), reverse("account_email"))
    response = Client().get(reverse("account_login"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="govuk-service-navigation"' in html, "the header is still there"
    assert 'id="navigation"' not in html
    assert "Sign out" not in html and "My account" not in html and "Learning" not in html


def test_signing_out_takes_the_menu_away(volunteer_user):
    client = _signed_in(volunteer_user)
    assert "Sign out" in _menu(client, reverse("account_email"))
    client.post(reverse("account_logout"))
    html = client.get(reverse("account_login")).content.decode()
    assert 'id="navigation"' not in html and "Sign out" not in html

"""The manager's pages: download everything about a person, and erase them."""

import io
import zipfile

import pytest
from django.test import Client
from django.urls import reverse

from audit.models import AccessLog
from privacy.models import ErasureRecord

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def test_the_person_page_links_to_both_for_a_manager(world):
    page = signed_in(world.manager).get(reverse("people:person", args=[world.alice.pk])).content.decode()
    assert reverse("privacy:export", args=[world.alice.pk]) in page
    assert reverse("privacy:erase", args=[world.alice.pk]) in page


def test_a_volunteer_sees_neither_link_on_their_own_page(world):
    page = signed_in(world.alice).get(reverse("people:person", args=[world.alice.pk])).content.decode()
    assert "/export/" not in page and "/erase/" not in page


@pytest.mark.parametrize("persona", ["alice", "supervisor", "trainer"])
@pytest.mark.parametrize("url_name", ["privacy:export", "privacy:erase"])
def test_nobody_but_a_manager_finds_the_pages(world, persona, url_name):
    client = signed_in(getattr(world, persona))
    url = reverse(url_name, args=[world.bob.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "Bob Volunteer"}).status_code == 404
    assert world.bob.__class__.objects.get(pk=world.bob.pk).is_active


def test_the_export_page_says_what_is_in_it(world):
    response = signed_in(world.manager).get(reverse("privacy:export", args=[world.alice.pk]))
    assert response.status_code == 200
    assert "confidential 1:1 notes" in response.content.decode()


def test_downloading_gives_a_zip_that_is_not_cached_and_is_logged(world):
    response = signed_in(world.manager).post(reverse("privacy:export", args=[world.alice.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(f'attachment; filename="waymark-person-{world.alice.pk}-')
    assert "no-store" in response["Cache-Control"]
    logged = AccessLog.objects.filter(actor=world.manager, subject=world.alice, kind=AccessLog.Kind.PAGE).get()
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert f'"id": {logged.pk},' in archive.read("access_log.json").decode()


def test_the_erase_page_says_what_will_happen(world):
    page = signed_in(world.manager).get(reverse("privacy:erase", args=[world.alice.pk])).content.decode()
    assert "cannot be undone" in page
    assert "the notes about them are deleted" in page
    assert "Type their full name to confirm" in page


def test_a_wrong_name_erases_nothing(world):
    response = signed_in(world.manager).post(reverse("privacy:erase", args=[world.alice.pk]), {"name": "Bob Volunteer"})
    assert response.status_code == 200
    assert "That is not their name" in response.content.decode()
    assert not ErasureRecord.objects.exists()


def test_typing_the_name_erases_them_and_signs_them_out(world):
    alice_browser = signed_in(world.alice)
    assert alice_browser.get(reverse("home")).status_code == 200
    response = signed_in(world.manager).post(reverse("privacy:erase", args=[world.alice.pk]),
                                             {"name": " alice  volunteer "})
    assert response.status_code == 302 and response["Location"] == reverse("people:list")
    assert ErasureRecord.objects.get().by == world.manager
    assert alice_browser.get(reverse("home")).status_code == 302


def test_the_message_afterwards_names_only_the_placeholder(world):
    client = signed_in(world.manager)
    page = client.post(reverse("privacy:erase", args=[world.alice.pk]), {"name": "Alice Volunteer"}, follow=True)
    text = page.content.decode()
    assert f"Erased person #{world.alice.pk}" in text and "Alice" not in text


@pytest.mark.parametrize("target", ["manager", "superuser"])
def test_a_manager_cannot_erase_themselves_or_a_superuser(world, target):
    person = getattr(world, target)
    client = signed_in(world.manager)
    page = client.get(reverse("privacy:erase", args=[person.pk])).content.decode()
    assert "cannot" in page and 'name="name"' not in page
    client.post(reverse("privacy:erase", args=[person.pk]), {"name": person.full_name})
    assert not ErasureRecord.objects.exists()
    assert person.__class__.objects.get(pk=person.pk).is_active

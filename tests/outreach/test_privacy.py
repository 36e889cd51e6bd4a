import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from outreach.models import Contact, ContactKind, FirstStepper, Review
from outreach.services import first_stepper_erase, review_record
from privacy import inventory
from privacy.retention import RULES
from tests.outreach.factories import calls, contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam():
    dee = peer_supporter()
    person = first_stepper(dee, name="Sam Private", safety_notes="Partner is violent.", contact_times="Mornings")
    contact(person, ContactKind.CALL_CONNECTED, notes="Talked about her GP.", safeguarding_concern=True,
            safeguarding_action="Told the manager.")
    calls(person, 4)
    review_record(first_stepper=person, by=dee, decision="carry_on", note="Going well with Sam")
    return person


def test_first_steppers_are_in_the_inventory():
    # outreach declares them itself (outreach/personal_data.py); privacy finds them.
    first_steppers = next(kind for kind in inventory.NON_USER_KINDS if kind.name == "first_steppers")
    assert "outreach.FirstStepper" in first_steppers.models
    assert first_steppers.retention in RULES


def test_the_export_holds_everything_about_them(client_for, manager, sam):
    response = client_for(manager).get(reverse("outreach:export", args=[sam.pk]))
    data = json.loads(response.content)
    assert data["first_stepper"]["name"] == "Sam Private"
    assert data["first_stepper"]["safety_notes"] == "Partner is violent."
    assert len(data["contacts"]) == 5 and "Talked about her GP." in [c["notes"] for c in data["contacts"]]
    assert data["reviews"][0]["note"] == "Going well with Sam"


def test_erasure_removes_what_identifies_them_and_keeps_the_counts(client_for, manager, sam):
    response = client_for(manager).post(reverse("outreach:erase", args=[sam.pk]), {"name": "Sam Private"})
    assert response.url == reverse("outreach:manage")
    person = FirstStepper.objects.get(pk=sam.pk)
    assert person.name == f"Erased first stepper #{sam.pk}"
    assert (person.phone, person.safety_notes, person.contact_times) == ("", "", "")
    assert Contact.objects.filter(first_stepper=sam).count() == 5
    assert Contact.objects.filter(first_stepper=sam, connected_call=True).count() == 5
    assert not Contact.objects.filter(first_stepper=sam).exclude(notes="", safeguarding_action="").exists()
    assert Review.objects.get().note == ""
    # Their page is gone; running it again changes nothing.
    assert client_for(manager).get(reverse("outreach:first_stepper", args=[sam.pk])).status_code == 404
    assert first_stepper_erase(first_stepper=person) == 0


def test_erasure_needs_the_name_typed(client_for, manager, sam):
    response = client_for(manager).post(reverse("outreach:erase", args=[sam.pk]), {"name": "Sam"}, follow=True)
    assert "Type their name exactly" in response.content.decode()
    assert FirstStepper.objects.get(pk=sam.pk).name == "Sam Private"


def test_retention_erases_them_two_years_after_the_last_contact(sam, settings):
    assert settings.WAYMARK_RETENTION_DAYS["first_steppers"] == 730
    recent = first_stepper(sam.peer_supporter, name="Recent")
    FirstStepper.objects.filter(pk__in=[sam.pk, recent.pk]).update(created_at=timezone.now() - timedelta(days=900))
    Contact.objects.filter(first_stepper=sam).update(at=timezone.now() - timedelta(days=731))
    contact(recent, ContactKind.TEXT_SENT, at=timezone.now() - timedelta(days=10))
    now = timezone.now()
    assert RULES["first_steppers"].apply(now - timedelta(days=730), now) == 1
    assert FirstStepper.objects.get(pk=sam.pk).erased_at and FirstStepper.objects.get(pk=recent.pk).name == "Recent"
    assert RULES["first_steppers"].apply(now - timedelta(days=730), now) == 0

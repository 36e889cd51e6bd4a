"""Readings are health data about first steppers: inventory, export, erasure, retention."""

import json
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from outreach.distance.selectors import distance_figures
from outreach.models import DomainScore, FirstStepper, Reading
from privacy import inventory
from privacy.retention import first_steppers as retention_rule
from tests.outreach.factories import first_stepper, peer_supporter, reading

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam():
    person = first_stepper(peer_supporter(), name="Sam Private")
    reading(person, {"accommodation": 4}, {"lapse": True}, words={"accommodation": "In a hostel on Queen St"},
            taken_on=date(2026, 1, 5))
    reading(person, {"accommodation": 8}, {"lapse": False}, taken_on=date(2026, 3, 5))
    return person


def test_readings_are_in_the_inventory():
    first_steppers = next(kind for kind in inventory.NON_USER_KINDS if kind.name == "first_steppers")
    assert {"outreach.Reading", "outreach.DomainScore", "outreach.StatementAnswer"} <= set(first_steppers.models)
    assert "own words" in str(first_steppers.on_erase)


def test_the_export_holds_their_readings(client_for, manager, sam):
    data = json.loads(client_for(manager).get(reverse("outreach:export", args=[sam.pk])).content)
    first = data["distance_travelled"][0]
    assert first["taken_on"] == "2026-01-05" and first["questions_version"] == 1
    accommodation = first["scores"][0]
    assert accommodation == {"domain": "Accommodation", "score": 4, "in_their_own_words": "In a hostel on Queen St"}
    assert first["scores"][1]["score"] == "not relevant"
    assert {"statement": "I have had a lapse or relapse in the last three months", "answer": "yes"} in first[
        "statements"]


def test_erasure_takes_their_words_and_keeps_the_reported_figures(client_for, manager, sam):
    before = distance_figures(start=date(2026, 1, 1), end=date(2026, 12, 31))
    client_for(manager).post(reverse("outreach:erase", args=[sam.pk]), {"name": "Sam Private"})
    assert not DomainScore.objects.exclude(own_words="").exists()
    assert Reading.objects.filter(first_stepper=sam).count() == 2
    assert distance_figures(start=date(2026, 1, 1), end=date(2026, 12, 31)) == before


def test_retention_erases_their_words_with_the_rest(sam):
    FirstStepper.objects.filter(pk=sam.pk).update(created_at=timezone.now() - timedelta(days=800))
    assert retention_rule(timezone.now() - timedelta(days=730), timezone.now()) == 1
    assert not DomainScore.objects.exclude(own_words="").exists()

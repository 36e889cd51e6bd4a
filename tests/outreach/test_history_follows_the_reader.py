"""A first stepper's history is stored as what happened (a kind and its params) and worded
in the reader's language, whichever language the peer supporter used."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.translation import override

from outreach import services
from outreach.models import StageChange
from tests.outreach.factories import first_stepper, peer_supporter

pytestmark = pytest.mark.django_db

migration = import_module("outreach.migrations.0003_stage_change_kind_worded_when_read")


@pytest.fixture
def dee(db):
    return peer_supporter(user__email="dee@example.org", user__full_name="Dee Peer")


def _history(person):
    return list(StageChange.objects.filter(first_stepper=person).order_by("at", "id"))


def test_stepping_back_and_coming_back_in_welsh_read_in_english_and_in_welsh(dee):
    sam = first_stepper(dee)
    with override("cy"):
        services.first_stepper_step_back(first_stepper=sam, reason="doing_well", by=dee)
        services.first_stepper_re_engage(first_stepper=sam, by=dee)
        services.first_stepper_opt_out(first_stepper=sam, by=dee)
    stepped, came_back, opted_out = _history(sam)
    assert (stepped.kind, stepped.params, stepped.note) == (StageChange.STEPPED_BACK, {"reason": "doing_well"}, "")
    with override("en-gb"):
        assert [str(c.description) for c in (stepped, came_back, opted_out)] == [
            "Stepped back: They are doing well", "Came back", "Asked not to be contacted"
        ]
    with override("cy"):
        assert [str(c.description) for c in (stepped, came_back)] == [
            "Wedi camu’n ôl: Maen nhw’n gwneud yn dda", "Wedi dod yn ôl"
        ]


def test_a_referral_and_its_handover_in_welsh_read_in_english(dee, manager):
    source = first_stepper(None, name="x").source
    with override("cy"):
        sam = services.referral_record(by=manager, name="Sam", phone="07700 900123", source=source,
                                       substance="alcohol")
        services.first_stepper_assign(first_stepper=sam, peer_supporter=dee, by=manager)
    with override("en-gb"):
        assert [str(c.description) for c in _history(sam)] == ["Referred", "Given to Dee"]


def test_the_peer_supporter_page_shows_the_history_in_english(client_for, dee):
    sam = first_stepper(dee)
    with override("cy"):
        services.first_stepper_step_back(first_stepper=sam, reason="said_no", by=dee)
    page = client_for(dee).get(reverse("outreach:first_stepper", args=[sam.pk])).content.decode()
    assert "Stepped back: They said no to support" in page
    assert "Wedi camu" not in page


def test_the_migration_turns_waymark_english_into_kinds_and_keeps_other_words(dee):
    sam = first_stepper(dee)
    notes = ["Referred", "Given to Dee", "Stepped back: They moved on to another service", "Came back",
             "Asked not to be contacted", "Stepped back: gone fishing", "Wedi dod yn ôl", ""]
    for note in notes:
        StageChange.objects.create(first_stepper=sam, stage=sam.stage, note=note)

    migration.words_to_kinds(apps, None)

    assert [(c.kind, c.params, c.note) for c in _history(sam)] == [
        ("referred", {}, ""), ("given_to", {"name": "Dee"}, ""), ("stepped_back", {"reason": "moved_on"}, ""),
        ("came_back", {}, ""), ("opted_out", {}, ""), ("", {}, "Stepped back: gone fishing"),
        ("", {}, "Wedi dod yn ôl"), ("", {}, ""),
    ]

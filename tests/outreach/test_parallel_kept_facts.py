"""Contacts logged at the same moment for the same person, by the same supporter, are all
counted in the facts the First Steps report reads (PostgreSQL only: SQLite runs one writer
at a time)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from outreach.kept_facts import facts_rebuild
from outreach.models import ContactKind, FirstStepper, SupporterDay
from tests.outreach.factories import contact, first_stepper, peer_supporter
from tests.races import all_at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")


def test_contacts_logged_at_once_for_one_person_are_all_counted():
    dee = peer_supporter()
    sam = first_stepper(dee)
    jo = first_stepper(dee, name="Jo")
    for n in range(3):
        contact(sam, ContactKind.CALL_CONNECTED, at=timezone.now() - timedelta(days=10 - n))
    now = timezone.now()
    # Two more connected calls for Sam (the fourth and fifth: the relationship), and one for
    # Jo, all by Dee, on the same day, at once.
    logged = [(sam, now - timedelta(hours=2)), (sam, now - timedelta(hours=3)), (jo, now - timedelta(hours=1))]
    all_at_once(lambda args: contact(args[0], ContactKind.CALL_CONNECTED, at=args[1]), logged)
    assert facts_rebuild() == 0
    sam.refresh_from_db()
    assert sam.relationship_at == now - timedelta(hours=2)
    assert SupporterDay.objects.filter(supporter=dee).order_by("-day").first().running == 6
    assert FirstStepper.objects.filter(pk=jo.pk, first_call_at=now - timedelta(hours=1)).exists()

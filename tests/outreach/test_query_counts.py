"""The caseload pages cost the same queries for one person or many."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.outreach.factories import calls, contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


def queries(client, url):
    with CaptureQueriesContext(connection) as counted:
        assert client.get(url).status_code == 200
    return len(counted)


def test_the_caseload_page_costs_the_same_for_one_or_twenty_people(client_for):
    dee = peer_supporter()
    client = client_for(dee)
    url = reverse("outreach:caseload")
    calls(first_stepper(dee, name="First"), 3)
    client.get(url)
    one = queries(client, url)
    for n in range(19):
        calls(first_stepper(dee, name=f"P{n}"), 3)
    assert queries(client, url) == one


def test_the_first_stepper_page_costs_the_same_for_one_or_forty_contacts(client_for):
    dee = peer_supporter()
    person = first_stepper(dee)
    client = client_for(dee)
    url = reverse("outreach:first_stepper", args=[person.pk])
    contact(person)
    client.get(url)
    one = queries(client, url)
    calls(person, 39)
    assert queries(client, url) == one


def test_the_managers_list_costs_the_same_for_few_or_many(client_for, manager):
    client = client_for(manager)
    url = reverse("outreach:manage")
    first_stepper(peer_supporter(), name="First")
    client.get(url)
    few = queries(client, url)
    for _n in range(5):
        holder = peer_supporter()
        for m in range(4):
            calls(first_stepper(holder, name=f"P{m}"), 2)
    assert queries(client, url) == few

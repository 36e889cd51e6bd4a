"""My team renders each supervisee's row once and keeps it (supervision/team_rows.py), and
never shows a kept row that is out of date: anything the row shows is in its key."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision import services
from supervision.models import CheckIn, Flag
from tests.supervision.test_my_team import make_supervisees

pytestmark = pytest.mark.django_db

ROW = "supervision/_team_row.html"


def _team(client):
    response = client.get(reverse("supervision:team"))
    assert response.status_code == 200
    return response


def _rows_rendered(response):
    return [used.name for used in response.templates].count(ROW)


def _row_of(response, name):
    page = response.content.decode()
    return page.split(name, 1)[1].split("</tr>", 1)[0]


def test_rows_are_rendered_once_then_the_kept_rows_are_shown(client_for, supervisor):
    make_supervisees(supervisor, 3)
    client = client_for(supervisor)
    first = _team(client)
    assert _rows_rendered(first) == 3
    again = _team(client)
    assert _rows_rendered(again) == 0
    assert _row_of(again, "Person 01") == _row_of(first, "Person 01")
    assert "40%" in _row_of(again, "Person 01")


def test_a_new_check_in_renders_that_row_afresh_and_only_that_one(client_for, supervisor):
    people = make_supervisees(supervisor, 3)
    client = client_for(supervisor)
    _team(client)
    services.checkin_submit(volunteer=people[1], answers={
        **dict.fromkeys(CheckIn.ITEM_FIELDS, 5), "caseload": 3, "recovery": 4,
    }, now=timezone.now() - timedelta(minutes=5))
    again = _team(client)
    assert _rows_rendered(again) == 1
    assert "100%" in _row_of(again, "Person 01")


def test_a_flag_closed_renders_the_row_afresh(client_for, supervisor):
    people = make_supervisees(supervisor, 2)
    client = client_for(supervisor)
    assert "2 open" in _row_of(_team(client), "Person 00")
    Flag.objects.filter(volunteer=people[0]).update(resolved_at=timezone.now(), resolution="Called them")
    again = _team(client)
    assert _rows_rendered(again) == 1
    assert "2 open" not in _row_of(again, "Person 00")


def test_the_managers_view_of_everyone_has_rows_of_its_own(client_for, supervisor, manager):
    make_supervisees(supervisor, 2)
    _team(client_for(supervisor))
    everyone = _team(client_for(manager))
    assert _rows_rendered(everyone) == 2
    assert supervisor.full_name in _row_of(everyone, "Person 00")

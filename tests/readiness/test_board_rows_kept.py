"""The board renders each row once and keeps it (readiness/board_rows.py), and never shows a
kept row that is out of date: a new judgement, name, placement, status, language or course
wording gives the row a new key, so it is rendered afresh."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from courses import content_cache
from people.models import Placement
from people.status import Status
from tests.readiness import helpers
from tests.worlds import entered, world_fixture

pytestmark = pytest.mark.django_db

ROW = "readiness/_board_row.html"
RENEWAL_ROW = "readiness/_renewal_row.html"

_world = world_fixture(lambda kind: helpers.learning())


@pytest.fixture
def content(_world, db):
    entered(_world)


def _rows_rendered(response, template=ROW):
    return [used.name for used in response.templates].count(template)


def _board(client):
    response = client.get(reverse("readiness:board"))
    assert response.status_code == 200
    return response


def _table(response):
    page = response.content.decode()
    return page[page.index("<tbody"):page.index("</tbody>")]


def test_a_row_is_rendered_once_then_the_kept_row_is_shown(
    content, client_for, manager, volunteer_user, other_volunteer
):
    client = client_for(manager)
    first = _board(client)
    assert _rows_rendered(first) == 2
    again = _board(client)
    assert _rows_rendered(again) == 0
    assert _table(again) == _table(first)
    assert "Alice Volunteer" in _table(again) and "No supervisor yet" in _table(again)


def test_a_volunteer_judged_again_gets_a_new_row_and_nobody_else_does(
    content, client_for, manager, volunteer_user, other_volunteer
):
    client = client_for(manager)
    _board(client)
    helpers.record_checks(volunteer_user, manager)
    again = _board(client)
    assert _rows_rendered(again) == 1
    alice = _table(again).split("Alice Volunteer", 1)[1].split("</tr>", 1)[0]
    assert "DBS check" not in alice


def test_a_new_name_placement_or_status_shows_at_once(content, client_for, manager, volunteer_user):
    client = client_for(manager)
    _board(client)
    volunteer_user.full_name = "Alice Renamed"
    volunteer_user.save(update_fields=["full_name"])
    assert "Alice Renamed" in _table(_board(client))
    profile = volunteer_user.volunteer_profile
    profile.placement = Placement.objects.get(slug="hospital")
    profile.save(update_fields=["placement"])
    assert str(profile.placement) in _table(_board(client))
    profile.status = Status.READY
    profile.save(update_fields=["status"])
    assert str(Status.READY.label) in _table(_board(client))


def test_each_language_has_rows_of_its_own(content, client_for, manager, volunteer_user):
    client = client_for(manager)
    _board(client)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "cy"
    welsh = _board(client)
    assert _rows_rendered(welsh) == 1
    assert '<html lang="cy"' in welsh.content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en-gb"
    assert _rows_rendered(_board(client)) == 0


def test_rows_are_worded_afresh_when_learning_content_changes(content, client_for, manager, volunteer_user):
    client = client_for(manager)
    _board(client)
    # What an editor's publish, move or deletion does (courses/signals.py).
    content_cache.content_changed()
    assert _rows_rendered(_board(client)) == 1


def test_renewal_rows_are_kept_too(content, client_for, manager):
    from datetime import date

    from readiness.models import CheckType, PreStartCheck
    from tests.factories import volunteer

    active = volunteer(user__full_name="Ada Active", status=Status.ACTIVE)
    PreStartCheck.objects.create(
        volunteer=active, check_type=CheckType.objects.get(name="DBS check"),
        done_on=date(2022, 1, 1), expires_on=date(2025, 1, 1),
    )
    client = client_for(manager)
    first = _board(client)
    assert _rows_rendered(first, RENEWAL_ROW) == 1
    again = _board(client)
    assert _rows_rendered(again, RENEWAL_ROW) == 0
    assert "Expired on 1 January 2025" in again.content.decode().split("Needs renewal", 1)[1]


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_with_no_cache_every_row_is_rendered_each_time(content, client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    assert _rows_rendered(_board(client)) == 2
    again = _board(client)
    assert _rows_rendered(again) == 2
    assert "Alice Volunteer" in _table(again)

"""Pages that show notes or check-ins tell browsers and proxies not to keep a copy."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def assert_no_store(response):
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("where", [
    lambda meeting, flag, volunteer: reverse("supervision:meeting", args=[meeting.pk]),
    lambda meeting, flag, volunteer: reverse("supervision:record", args=[meeting.pk]),
    lambda meeting, flag, volunteer: reverse("supervision:volunteer", args=[volunteer.pk]),
    lambda meeting, flag, volunteer: reverse("supervision:flag", args=[flag.pk]),
    lambda meeting, flag, volunteer: reverse("supervision:team"),
    lambda meeting, flag, volunteer: reverse("home"),
], ids=["meeting", "record", "volunteer", "flag", "team", "my-team-dashboard"])
def test_the_supervisors_pages_are_not_stored(client_for, supervisor, volunteer_user, meeting, record, flag, where):
    assert_no_store(client_for(supervisor).get(where(meeting, flag, volunteer_user)))


@pytest.mark.parametrize("url_name", ["supervision:mine", "supervision:checkin", "home"])
def test_the_volunteers_own_pages_are_not_stored(client_for, volunteer_user, record, checkin, url_name):
    assert_no_store(client_for(volunteer_user).get(reverse(url_name)))


def test_the_volunteers_view_of_a_one_to_one_is_not_stored(client_for, volunteer_user, meeting, record):
    assert_no_store(client_for(volunteer_user).get(reverse("supervision:meeting", args=[meeting.pk])))


def test_the_access_log_is_not_stored(client_for, manager, volunteer_user):
    assert_no_store(client_for(manager).get(reverse("people:access_log", args=[volunteer_user.pk])))


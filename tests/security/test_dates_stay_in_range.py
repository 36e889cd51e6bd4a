"""Every date a person can type, in a form or the address, is kept between 2000 and 2100 with a
clear message (people/inputs.py); a date stored before that rule (31 December 9999) takes no
page down for anyone else."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import Invitation, VolunteerProfile
from readiness.models import ReadinessSummary
from supervision.models import MeetingSeries
from supervision.rhythm import TEMPLATES
from tests.factories import volunteer
from tests.supervision.factories import assign, free_all_week

pytestmark = pytest.mark.django_db

RANGE = "Enter a date between 1 January 2000 and 31 December 2100."
FAR = "9999-12-31"


def _says_range(response, field):
    assert response.status_code in (200, 400), response.status_code
    errors = response.context["form"].errors
    assert RANGE in errors.get(field, []) + errors.get("__all__", []), errors


def test_an_invitation_refuses_a_joining_date_of_9999(client, manager):
    client.force_login(manager)
    response = client.post(reverse("people:invite"), {
        "full_name": "Far Future", "email": "far@example.org", "roles": ["Volunteer"], "placement": "1",
        "joined_on": FAR,
    })
    _says_range(response, "joined_on")
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("day", [FAR, "1999-12-31", "2101-01-01"])
def test_a_new_series_refuses_a_date_out_of_range(client, supervisor, day):
    client.force_login(supervisor)
    response = client.post(reverse("supervision:series_new"), {
        "kind": "peer_group", "title": "Group", "day": day, "time": "10:00", "duration_minutes": "60",
        "rrule": "FREQ=WEEKLY",
    })
    _says_range(response, "day")
    assert not MeetingSeries.objects.exists()


def test_applying_a_rhythm_template_refuses_year_9999(client, manager, supervisor):
    client.force_login(manager)
    response = client.post(reverse("supervision:rhythm_apply", args=[TEMPLATES[1].key]), {
        "organiser": supervisor.pk, "day": FAR, "time": "10:00",
    })
    _says_range(response, "day")
    assert not MeetingSeries.objects.exists()


def test_booking_a_slot_in_year_9999_is_refused(client, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor)
    client.force_login(supervisor)
    response = client.post(reverse("supervision:book", args=[volunteer_user.pk]), {"slot": f"{FAR}T10:00"})
    _says_range(response, "slot")
    assert not MeetingSeries.objects.exists()


@pytest.mark.parametrize("value", [FAR, "10000-01-01", "2026-02-30", "yesterday", "-1"])
def test_the_booking_page_shows_this_week_for_a_date_it_cannot_use(client, supervisor, volunteer_user, value):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor)
    client.force_login(supervisor)
    response = client.get(reverse("supervision:book", args=[volunteer_user.pk]), {"from": value})
    assert response.status_code == 200
    assert response.context["first_day"] == timezone.localdate()


@pytest.mark.parametrize("name", ["readiness:reports", "readiness:reports_csv"])
@pytest.mark.parametrize(("start", "end"), [("9999-01-01", FAR), ("2026-01-01", FAR), ("0001-01-01", "2026-01-01")])
def test_the_report_says_which_dates_it_can_use(client, manager, name, start, end):
    client.force_login(manager)
    response = client.get(reverse(name), {"start": start, "end": end})
    assert response.status_code == 400
    assert RANGE in response.content.decode()


@pytest.fixture
def joined_in_9999(db):
    """Someone whose joining date was stored as 31 December 9999 (before dates were checked)."""
    person = volunteer(user__full_name="Far Future")
    VolunteerProfile.objects.filter(user=person).update(joined_on=date(9999, 12, 31))
    return person


@pytest.mark.parametrize("path", [
    reverse("home"), reverse("readiness:board"), reverse("readiness:board") + "?sort=projected",
    reverse("readiness:board") + "?sort=ready", reverse("people:list"),
])
def test_a_joining_date_of_9999_takes_no_managers_page_down(client, manager, joined_in_9999, path):
    other = volunteer(user__full_name="Ordinary Volunteer")
    client.force_login(manager)
    response = client.get(path)
    assert response.status_code == 200
    assert "Ordinary Volunteer" in response.content.decode()
    summary = ReadinessSummary.objects.filter(volunteer=joined_in_9999, judged_on__isnull=False).first()
    assert summary is None or (summary.projected_on == date.max and not summary.ready)
    assert other


def test_their_own_checklist_and_path_still_show(client, manager, joined_in_9999):
    client.force_login(manager)
    assert client.get(reverse("readiness:checklist", args=[joined_in_9999.pk])).status_code == 200
    client.force_login(joined_in_9999)
    assert client.get(reverse("home")).status_code == 200


def test_date_arithmetic_on_far_stored_dates_stops_at_the_last_day_there_is():
    from people import dates

    assert dates.months_after(date(9999, 12, 1), 2) == date.max
    assert dates.days_after(date(9999, 12, 31), 30) == date.max
    assert dates.months_after(date(2024, 12, 31), 2) == date(2025, 2, 28)

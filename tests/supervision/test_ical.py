from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from supervision.models import CalendarFeed
from tests.supervision.factories import assign, next_weekday_at, one_to_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    return one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))


def feed_url(client):
    client.get(reverse("supervision:calendar"))
    return reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get().token])


def test_it_serves_a_private_feed_with_london_times_and_a_vtimezone(client, client_for, volunteer_user, booked):
    url = feed_url(client_for(volunteer_user))
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    zones = calendar.walk("VTIMEZONE")
    assert [z["TZID"] for z in zones] == ["Europe/London"]
    events = calendar.walk("VEVENT")
    assert len(events) == booked.occurrences.count()
    starts = sorted(e.decoded("DTSTART") for e in events)
    assert all(isinstance(s, datetime) and s.hour == 10 and s.minute == 0 for s in starts)
    assert all(str(e["DTSTART"].params["TZID"]) == "Europe/London" for e in events)
    first = booked.occurrences.order_by("starts_at").first()
    assert starts[0] == first.starts_at
    assert starts[0].astimezone(ZoneInfo("Europe/London")).hour == 10


def test_it_gives_a_new_address_on_reset_and_the_old_one_stops_working(client, client_for, volunteer_user, booked):
    person_client = client_for(volunteer_user)
    old = feed_url(person_client)
    assert person_client.post(reverse("supervision:calendar_reset")).status_code == 302
    new = reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get().token])
    assert new != old
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_it_gives_404_for_an_unknown_token(client, db):
    assert client.get(reverse("supervision:calendar_feed", args=["nope"])).status_code == 404


def test_it_lets_people_in_a_meeting_download_it_and_nobody_else(client_for, volunteer_user, other_volunteer, booked):
    occurrence = booked.occurrences.order_by("starts_at").first()
    url = reverse("supervision:meeting_ics", args=[occurrence.pk])
    response = client_for(volunteer_user).get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("DTSTART") == occurrence.starts_at
    assert client_for(other_volunteer).get(url).status_code == 404


def test_the_sequence_rises_with_every_change_to_a_meeting(client, client_for, supervisor, volunteer_user, booked):
    from datetime import timedelta

    from supervision import services

    url = feed_url(client_for(volunteer_user))
    client.logout()
    occurrence = booked.occurrences.order_by("starts_at").first()
    uid = f"occurrence-{occurrence.pk}@"

    def sequence():
        events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
        (event,) = [e for e in events if str(e["UID"]).startswith(uid)]
        return int(event["SEQUENCE"]), str(event["STATUS"])

    assert sequence() == (0, "CONFIRMED")
    original = occurrence.starts_at
    services.occurrence_move(occurrence=occurrence, starts_at=original + timedelta(hours=1), by=supervisor)
    assert sequence() == (1, "CONFIRMED")
    services.occurrence_move(occurrence=occurrence, starts_at=original + timedelta(hours=2), by=supervisor)
    assert sequence() == (2, "CONFIRMED")
    # Moved back to where the rule put it: still a change calendars must take.
    services.occurrence_move(occurrence=occurrence, starts_at=original, by=supervisor)
    assert sequence() == (3, "CONFIRMED")
    services.series_update_details(series=booked, title="1:1 in the garden room", place="Garden room", online_link="")
    assert sequence() == (4, "CONFIRMED")
    occurrence.refresh_from_db()
    services.occurrence_cancel(occurrence=occurrence, by=supervisor)
    assert sequence() == (5, "CANCELLED")

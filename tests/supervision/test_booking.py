from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision import services
from supervision.models import Attendee, Kind, MeetingSeries
from tests.supervision.factories import assign, free_all_week, next_weekday_at, series

pytestmark = pytest.mark.django_db


def slot(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def setup(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))


def test_it_books_a_weekly_one_to_one_series_in_one_step_and_tells_both(
    setup, client_for, supervisor, volunteer_user, mailoutbox, django_capture_on_commit_callbacks
):
    start = next_weekday_at(1, 10)
    client = client_for(supervisor)
    page = client.get(reverse("supervision:book", args=[volunteer_user.pk]) + f"?from={start.date()}")
    assert slot(start) in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("supervision:book", args=[volunteer_user.pk]) + f"?from={start.date()}",
                               {"slot": slot(start)})
    assert response.status_code == 302
    made = MeetingSeries.objects.get(kind=Kind.ONE_TO_ONE)
    assert made.duration_minutes == 30 and made.rrule == "FREQ=WEEKLY"
    first = made.occurrences.order_by("starts_at").first()
    assert first.starts_at == start
    assert {a.person for a in first.attendees.all()} == {supervisor, volunteer_user}
    assert sorted(m.to[0] for m in mailoutbox) == sorted([supervisor.email, volunteer_user.email])


def test_it_offers_only_slots_where_both_are_free(setup, supervisor, volunteer_user, other_volunteer):
    day = next_weekday_at(1, 10)
    series(other_volunteer, members=[volunteer_user], dtstart=day, minutes=60, rrule="FREQ=DAILY;COUNT=1")
    slots = services.free_slots(supervisor=supervisor, volunteer=volunteer_user, first_day=day.date(), days=1)
    local = [timezone.localtime(s).strftime("%H:%M") for s in slots]
    assert local == ["09:00", "09:30", "11:00", "11:30"]


@pytest.mark.parametrize(
    "when, message",
    [
        (lambda: timezone.now() - timedelta(days=1), "in the past"),
        (lambda: next_weekday_at(1, 15), "outside the times"),
    ],
)
def test_it_refuses_bad_times_with_a_clear_message(setup, client_for, supervisor, volunteer_user, when, message):
    response = client_for(supervisor).post(reverse("supervision:book", args=[volunteer_user.pk]),
                                           {"slot": slot(when())})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MeetingSeries.objects.exists()


def test_it_refuses_an_overlap_and_leaves_the_existing_meeting_alone(setup, client_for, supervisor, volunteer_user):
    start = next_weekday_at(1, 10)
    existing = series(supervisor, dtstart=start + timedelta(weeks=3), rrule="FREQ=WEEKLY;COUNT=1",
                      title="Team day")
    response = client_for(supervisor).post(reverse("supervision:book", args=[volunteer_user.pk]),
                                           {"slot": slot(start)})
    assert response.status_code == 200
    assert "already has “Team day”" in response.content.decode()
    assert list(MeetingSeries.objects.all()) == [existing]
    assert Attendee.objects.count() == 1


def test_it_gives_another_supervisor_a_404_and_books_nothing(setup, client_for, other_supervisor, volunteer_user):
    free_all_week(other_supervisor, time(9), time(12))
    response = client_for(other_supervisor).post(reverse("supervision:book", args=[volunteer_user.pk]),
                                                 {"slot": slot(next_weekday_at(1, 10))})
    assert response.status_code == 404
    assert not MeetingSeries.objects.exists()


def test_it_refuses_booking_someone_who_is_not_a_supervisee_in_the_service(setup, other_supervisor, volunteer_user):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="not your supervisee"):
        services.one_to_one_book(supervisor=other_supervisor, volunteer=volunteer_user,
                                 starts_at=next_weekday_at(1, 10), by=other_supervisor)


def test_it_lets_a_supervisor_set_availability(client_for, supervisor):
    client = client_for(supervisor)
    response = client.post(reverse("supervision:availability"), {"weekday": 0, "starts_at": "10:00",
                                                                 "ends_at": "12:00"})
    assert response.status_code == 302
    response = client.post(reverse("supervision:availability"), {"weekday": 0, "starts_at": "11:00",
                                                                 "ends_at": "13:00"})
    assert "overlaps" in response.content.decode()
    assert supervisor.availability.count() == 1


def test_it_gives_404_when_removing_someone_elses_availability(client_for, supervisor, other_supervisor):
    free_all_week(supervisor)
    window = supervisor.availability.first()
    response = client_for(other_supervisor).post(reverse("supervision:availability_remove", args=[window.pk]))
    assert response.status_code == 404
    assert supervisor.availability.count() == 7

"""Two bookings of weekly 1:1s for the same two people at once: one series, one clear refusal
(PostgreSQL only)."""

from datetime import time

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from supervision.models import Kind, MeetingSeries
from tests.races import all_at_once, signed_in
from tests.supervision.factories import assign, ensure_migration_data, free_all_week, next_weekday_at

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    ensure_migration_data()


def test_two_bookings_at_once_make_one_series_and_one_clear_refusal(supervisor, volunteer_user):
    free_all_week(supervisor, time(9), time(12))
    assign(volunteer_user, supervisor)
    # Two different times, so only the one-series rule (not a clash) can stop the second.
    starts = [next_weekday_at(1, 9), next_weekday_at(3, 11)]
    def book(prepared):
        start, client = prepared
        response = client.post(reverse("supervision:book", args=[volunteer_user.pk]) + f"?from={start.date()}",
                               {"slot": timezone.localtime(start).strftime("%Y-%m-%dT%H:%M")})
        return response.status_code, response.content.decode()

    results = all_at_once(book, starts, ready=lambda start: (start, signed_in(supervisor)))

    assert sorted(code for code, _body in results) == [200, 302]
    refused = next(body for code, body in results if code == 200)
    assert "already booked" in refused or "booked a moment ago" in refused
    assert MeetingSeries.objects.filter(kind=Kind.ONE_TO_ONE, organiser=supervisor).count() == 1

"""Two bookings of weekly 1:1s for the same two people at once: one series, one clear refusal
(PostgreSQL only)."""

from datetime import time

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from supervision.models import Kind, MeetingSeries
from tests.races import second_waits_for_first, signed_in
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
    starts = {"first": next_weekday_at(1, 9), "second": next_weekday_at(3, 11)}

    def book(prepared):
        start, client = prepared
        response = client.post(reverse("supervision:book", args=[volunteer_user.pk]) + f"?from={start.date()}",
                               {"slot": timezone.localtime(start).strftime("%Y-%m-%dT%H:%M")})
        return response.status_code, response.content.decode()

    # The second is sent while the first is still being saved: both pages read "not booked yet".
    first, second = second_waits_for_first(book, book, ready=lambda which: (starts[which], signed_in(supervisor)))

    assert first[0] == 302
    assert second[0] == 200
    assert "already booked" in second[1] or "booked a moment ago" in second[1]
    assert MeetingSeries.objects.filter(kind=Kind.ONE_TO_ONE, organiser=supervisor).count() == 1

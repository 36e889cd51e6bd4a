"""Supervision pages use the same number of queries however many supervisees, meetings
and check-ins there are.

Each count is exact and checked at two sizes, so a change that adds a query for each
supervisee or meeting fails here. The first request after signing in writes the session,
so each test makes one request before it counts.
Signing in is two queries: the session, then the person with their roles
(people/backends.py).
"""

import pytest
from django.urls import reverse

from supervision.models import CalendarFeed, Kind
from tests.supervision.factories import assign, next_weekday_at, one_to_one, series
from tests.supervision.test_my_team import make_supervisees

pytestmark = pytest.mark.django_db

# Signing in 2, then team_for() 5 (the supervisees with their next and last 1:1s, check-ins,
# flags, actions, First Steps caseloads), the access log's one INSERT for every check-in
# shown, and the open requests to move a meeting 1.
TEAM_QUERIES = 9


@pytest.mark.parametrize("size", [3, 40])
def test_my_team_uses_the_same_queries_for_3_or_40_supervisees(client_for, supervisor, size, django_assert_num_queries):
    make_supervisees(supervisor, size)
    client = client_for(supervisor)
    client.get(reverse("supervision:team"))
    with django_assert_num_queries(TEAM_QUERIES):
        response = client.get(reverse("supervision:team"))
    assert response.content.decode().count("Person ") == size


@pytest.mark.parametrize("size", [3, 40])
def test_the_supervisors_dashboard_is_my_team_in_the_same_queries(
    client_for, supervisor, size, django_assert_num_queries
):
    make_supervisees(supervisor, size)
    client = client_for(supervisor)
    client.get("/")
    with django_assert_num_queries(TEAM_QUERIES):
        response = client.get("/")
    assert response.content.decode().count("Person ") == size


@pytest.mark.parametrize("size", [1, 10])
def test_the_calendar_feed_uses_three_queries_for_few_or_many_meetings(
    client, client_for, volunteer_user, supervisor, size, django_assert_num_queries
):
    assign(volunteer_user, supervisor)
    # One live weekly 1:1 series per pair; the other meetings are coaching sessions.
    one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(0, 8))
    for n in range(size):
        series(supervisor, members=[volunteer_user], kind=Kind.COACHING, minutes=30,
               dtstart=next_weekday_at(n % 5, 9 + n // 5))
        series(supervisor, members=[volunteer_user], dtstart=next_weekday_at(n % 5, 14 + n // 5))
    client_for(volunteer_user).get(reverse("supervision:calendar"))
    client.logout()
    url = reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get().token])
    # The feed with its person, the meetings with their series, the planned First Steps contacts.
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.content.decode().count("BEGIN:VEVENT") > 2 * size

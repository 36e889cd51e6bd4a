"""Supervision pages use the same number of queries however many supervisees, meetings
and check-ins there are.

Each count is exact and checked at two sizes, so a change that adds a query for each
supervisee or meeting fails here. The first request after signing in writes the session,
so each test makes one request before it counts.
Signing in is two queries: the session, then the person with their roles
(people/backends.py).
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from people.models import User
from people.roles import Role
from supervision import selectors
from supervision.models import CalendarFeed, Kind
from tests.factories import UserFactory, volunteer
from tests.supervision.factories import assign, next_weekday_at, one_to_one, series
from tests.supervision.test_my_team import make_supervisees
from tests.worlds import entered, sized_worlds

pytestmark = pytest.mark.django_db

# Signing in 2, then team_for() 5 (the supervisees with their next and last 1:1s, check-ins,
# flags, actions, First Steps caseloads), the access log's one INSERT for every check-in
# shown, and the open requests to move a meeting 1.
TEAM_QUERIES = 9


def team_of(size):
    """A supervisor with `size` supervisees (tests/supervision/test_my_team.py)."""
    supervisor = UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])
    make_supervisees(supervisor, size)
    return {"supervisor": supervisor.pk, "volunteer": None}


def meetings_of(size):
    """A volunteer with a weekly 1:1 and `size` coaching sessions and other meetings."""
    supervisor = UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])
    person = volunteer(user__email="alice@example.org", user__full_name="Alice Volunteer")
    assign(person, supervisor)
    # One live weekly 1:1 series per pair; the other meetings are coaching sessions.
    one_to_one(supervisor, person, dtstart=next_weekday_at(0, 8))
    for n in range(size):
        series(supervisor, members=[person], kind=Kind.COACHING, minutes=30,
               dtstart=next_weekday_at(n % 5, 9 + n // 5))
        series(supervisor, members=[person], dtstart=next_weekday_at(n % 5, 14 + n // 5))
    return {"supervisor": supervisor.pk, "volunteer": person.pk}


WORLDS = {"team": team_of, "meetings": meetings_of}


# Each kind and size is built once for the tests on it (tests/worlds.py).
_world, at_sizes = sized_worlds(WORLDS)


@pytest.fixture
def world(_world, db):
    made = entered(_world)
    volunteer_user = made["volunteer"] and User.objects.get(pk=made["volunteer"])
    return SimpleNamespace(size=made["size"], supervisor=User.objects.get(pk=made["supervisor"]),
                           volunteer_user=volunteer_user)


@at_sizes("team", 3, 40)
def test_my_team_uses_the_same_queries_for_3_or_40_supervisees(client_for, world, django_assert_num_queries):
    client = client_for(world.supervisor)
    client.get(reverse("supervision:team"))
    with django_assert_num_queries(TEAM_QUERIES):
        response = client.get(reverse("supervision:team"))
    assert response.content.decode().count("Person ") == world.size


@at_sizes("team", 3, 40)
def test_the_supervisors_dashboard_is_my_team_in_the_same_queries(client_for, world, django_assert_num_queries):
    client = client_for(world.supervisor)
    client.get("/")
    with django_assert_num_queries(TEAM_QUERIES):
        response = client.get("/")
    assert response.content.decode().count("Person ") == world.size


# The team's selector alone: five queries (see TEAM_QUERIES), at the sizes it was first pinned at.
@at_sizes("team", 1, 40)
def test_the_team_selector_uses_the_same_number_of_queries_for_1_or_40_supervisees(world, django_assert_num_queries):
    with django_assert_num_queries(5):
        rows = selectors.team_for(supervisor=world.supervisor)
        assert len(rows) == world.size


# A ceiling rather than an exact count, which the test above on the page gives.
@at_sizes("team", 1, 40)
def test_the_team_page_renders_in_a_fixed_number_of_queries(client_for, world, django_assert_max_num_queries):
    client = client_for(world.supervisor)
    client.get(reverse("supervision:team"))
    with django_assert_max_num_queries(14):
        response = client.get(reverse("supervision:team"))
    assert response.content.decode().count("Person ") == world.size


@at_sizes("meetings", 1, 10)
def test_the_calendar_feed_uses_three_queries_for_few_or_many_meetings(
    client, client_for, world, django_assert_num_queries
):
    size = world.size
    client_for(world.volunteer_user).get(reverse("supervision:calendar"))
    client.logout()
    url = reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get().token])
    # The feed with its person, the meetings with their series, the planned First Steps contacts.
    with django_assert_num_queries(3):
        response = client.get(url)
    assert response.content.decode().count("BEGIN:VEVENT") > 2 * size

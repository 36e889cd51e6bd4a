"""The manager's pages use the same number of queries however big the organisation is.

Each count is exact and checked at two sizes, so a change that adds a query for each
volunteer, course or check-in fails here. The first request after signing in writes the
session, so each test makes one request before it counts.
Signing in is two queries: the session, then the person with their roles
(people/backends.py).
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import User
from people.roles import Role
from people.status import Status
from supervision import services as supervision_services
from supervision.models import CheckIn
from tests.courses import factories as courses
from tests.factories import UserFactory, volunteer
from tests.readiness import helpers
from tests.supervision.factories import assign
from tests.worlds import entered, on_world, world_fixture

pytestmark = pytest.mark.django_db

# Signing in 2, the filters' placements and supervisors 2, whose
# stored readiness is out of date 1, the count and how many are ready 1, the page of rows
# with their summaries 1, and the renewals' count and page 2.
BOARD_QUERIES = 9
# Signing in 2, then the report's sections 7 (see readiness/reports.py): training 2 (the
# volunteers counted by what they must take, the completions), sign-offs 1, 1:1s 1, groups 1,
# wellbeing 2 (the latest check-ins, the months). The live courses and the manager's list of
# required courses come from the content cache (courses.catalogue, readiness.facts.manager_list).
REPORT_QUERIES = 9


def _checkin(person, score=3):
    answers = {**{item: score for item in CheckIn.ITEM_FIELDS}, "caseload": 3, "recovery": 4}
    supervision_services.checkin_submit(volunteer=person, answers=answers)


def organisation(size, *, supervisor, trainer, manager):
    """`size` volunteers, each with a check-in: most in training with a little of everything
    readiness reads, one in five already active with an expired check (so the renewals list
    has someone on it). Gives how many are in training."""
    helpers.learning()
    people = [volunteer() for _ in range(size)]
    active_count = max(1, size // 5)
    in_training, active = people[:-active_count], people[-active_count:]
    helpers.attend_one_to_one(in_training[0], supervisor)
    helpers.finish_course(in_training[0], trainer)
    for n, person in enumerate(in_training[1:]):
        if n % 2:
            assign(person, supervisor)
        if n % 3 == 0:
            courses.finish_online_work(person)
        if n % 4 == 0:
            helpers.record_checks(person, manager)
    for person in active:
        person.volunteer_profile.status = Status.ACTIVE
        person.volunteer_profile.save(update_fields=["status"])
        helpers.record_checks(person, manager, done_on=timezone.localdate() - timedelta(days=365 * 4))
    for person in people:
        _checkin(person)
    return len(in_training)


def at_sizes(*sizes):
    """Run the test on an organisation of each size; each is built once (tests/worlds.py)."""
    return on_world(*sizes, ids=[str(size) for size in sizes])


def organisation_and_staff(size):
    """The organisation with its manager, supervisor and trainer (named as the shared personas
    in tests/conftest.py are)."""
    supervisor = UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])
    trainer = UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER])
    manager = UserFactory(email="mo@example.org", full_name="Mo Manager", roles=[Role.MANAGER])
    in_training = organisation(size, supervisor=supervisor, trainer=trainer, manager=manager)
    return {"manager": manager.pk, "in_training": in_training}


_world = world_fixture(organisation_and_staff)


@pytest.fixture
def world(_world, db):
    made = entered(_world)
    return SimpleNamespace(manager=User.objects.get(pk=made["manager"]), in_training=made["in_training"])


@at_sizes(3, 30)
def test_the_board_uses_the_same_queries_for_3_or_30_volunteers(client_for, world, django_assert_num_queries):
    in_training = world.in_training
    client = client_for(world.manager)
    client.get(reverse("readiness:board"))
    with django_assert_num_queries(BOARD_QUERIES):
        response = client.get(reverse("readiness:board"))
    page = response.content.decode()
    assert f"{in_training} volunteers" in page
    assert "Expired on" in page.split("Needs renewal", 1)[1]


@at_sizes(3, 30)
def test_the_managers_dashboard_is_the_board_in_the_same_queries(client_for, world, django_assert_num_queries):
    in_training = world.in_training
    client = client_for(world.manager)
    client.get("/")
    with django_assert_num_queries(BOARD_QUERIES):
        response = client.get("/")
    assert f"{in_training} volunteers" in response.content.decode()


@at_sizes(3, 30)
@pytest.mark.parametrize("name", ["readiness:reports", "readiness:reports_csv"])
def test_the_funder_report_and_its_csv_use_the_same_queries_for_3_or_30_volunteers(
    client_for, world, name, django_assert_num_queries
):
    client = client_for(world.manager)
    client.get(reverse(name))
    with django_assert_num_queries(REPORT_QUERIES):
        response = client.get(reverse(name))
    assert response.status_code == 200
    assert "Professional boundaries" in response.content.decode()


# Signing in 2, then the First Steps figures 3 (outreach.selectors.first_steps_figures: the
# people referred by source and substance with their kept facts, their days to a first
# connected call, and the supporters' running totals).
FIRST_STEPS_REPORT_QUERIES = 5
# Signing in 2, then the instrument 3 and the figures 2 (outreach/distance/selectors.py).
DISTANCE_REPORT_QUERIES = 7


@pytest.mark.parametrize("days", [31, 730])
@pytest.mark.parametrize(
    ("name", "queries"),
    [
        ("readiness:reports", REPORT_QUERIES),
        ("readiness:first_steps_report", FIRST_STEPS_REPORT_QUERIES),
        ("readiness:distance_report", DISTANCE_REPORT_QUERIES),
    ],
)
@at_sizes(3)
def test_each_report_uses_the_same_queries_for_one_month_or_two_years(
    client_for, world, days, name, queries, django_assert_num_queries
):
    today = timezone.localdate()
    period = {"start": (today - timedelta(days=days)).isoformat(), "end": today.isoformat()}
    client = client_for(world.manager)
    client.get(reverse(name), period)
    with django_assert_num_queries(queries):
        response = client.get(reverse(name), period)
    assert response.status_code == 200


@at_sizes(30)
def test_catching_up_uses_the_same_queries_for_3_or_30_out_of_date_volunteers(world):
    # What a worker runs after each change (readiness/tasks.py), and the board for the few left.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from readiness import summaries
    from readiness.models import ReadinessSummary

    summaries.summaries_bring_up_to_date(limit=None)
    judged = list(ReadinessSummary.objects.values_list("volunteer_id", flat=True))
    counts = {}
    for size in (3, 30):
        summaries.summaries_mark_out_of_date(judged[:size])
        with CaptureQueriesContext(connection) as captured:
            assert summaries.summaries_bring_up_to_date(limit=None) == 0
        counts[size] = len(captured)
        assert summaries.summaries_bring_up_to_date(limit=0) == 0, "everyone is up to date"
    assert counts[3] == counts[30], counts

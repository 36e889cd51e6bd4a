from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision import selectors, services
from supervision.models import Action, Attendance, Attendee, CheckIn
from tests.factories import volunteer
from tests.supervision.factories import assign, local, one_to_one

pytestmark = pytest.mark.django_db


def make_supervisees(supervisor, count):
    """Supervisees with a past attended 1:1, coming 1:1s, two check-ins, a flag and an action each."""
    people = []
    now = timezone.now()
    for n in range(count):
        person = volunteer(user__full_name=f"Person {n:02d}")
        assign(person, supervisor)
        start = local(2026, 1, 5, 9) + timedelta(minutes=30 * n)
        made = one_to_one(supervisor, person, dtstart=now + timedelta(days=1, minutes=30 * n), now=now)
        first = made.occurrences.order_by("starts_at").first()
        past = start - timedelta(days=400)
        Attendee.objects.filter(occurrence=first, person=person).update(
            starts_at=past, ends_at=past + timedelta(minutes=30), attendance=Attendance.ATTENDED
        )
        for weeks_ago, score in ((2, 4), (1, 2)):
            services.checkin_submit(volunteer=person, answers={
                **{f: score for f in CheckIn.ITEM_FIELDS}, "caseload": 3 + n % 2, "recovery": 4,
            }, now=now - timedelta(weeks=weeks_ago))
        Action.objects.create(volunteer=person, description="Read the boundaries policy", owner=person,
                              due_on=timezone.localdate() - timedelta(days=1))
        people.append(person)
    return people


def test_it_shows_each_supervisee_with_next_and_last_one_to_one_wellbeing_flags_caseload_and_actions(
    client_for, supervisor
):
    (person,) = make_supervisees(supervisor, 1)
    (row,) = selectors.team_for(supervisor=supervisor)
    assert row["volunteer"] == person
    assert row["next_one_to_one"] > timezone.now()
    assert row["overdue"] is True and row["days_since"] > 14
    assert row["latest"].percentage == 40 and row["trend"] == [80, 40] and row["change"] == -40
    assert row["open_flags"] == 2 and row["urgent_flags"] == 0 and row["caseload"] == 3  # low score and a fall
    assert row["open_actions"] == 1 and row["overdue_actions"] == 1
    page = client_for(supervisor).get("/").content.decode()
    assert "Person 00" in page and "Overdue" in page and "40%" in page


def test_it_is_not_overdue_within_14_days_of_an_attended_one_to_one(supervisor):
    (person,) = make_supervisees(supervisor, 1)
    recent = timezone.now() - timedelta(days=3)
    Attendee.objects.filter(person=person, attendance=Attendance.ATTENDED).update(
        starts_at=recent, ends_at=recent + timedelta(minutes=30)
    )
    (row,) = selectors.team_for(supervisor=supervisor)
    assert row["days_since"] == 3 and row["overdue"] is False


@pytest.mark.parametrize("count", [1, 40])
def test_it_uses_the_same_number_of_queries_for_1_or_40_supervisees(supervisor, count,
                                                                    django_assert_num_queries):
    make_supervisees(supervisor, count)
    with django_assert_num_queries(6):
        rows = selectors.team_for(supervisor=supervisor)
        assert len(rows) == count


@pytest.mark.parametrize("count", [1, 40])
def test_it_renders_the_team_page_in_a_fixed_number_of_queries(client_for, supervisor, count,
                                                               django_assert_max_num_queries):
    make_supervisees(supervisor, count)
    client = client_for(supervisor)
    client.get(reverse("supervision:team"))
    with django_assert_max_num_queries(14):
        response = client.get(reverse("supervision:team"))
    assert response.content.decode().count("Person ") == count

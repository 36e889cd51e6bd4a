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
    assert row["latest"].percentage == 40 and row["change"] == -40
    assert row["open_flags"] == 2 and row["urgent_flags"] == 0 and row["caseload"] == 3  # low score and a fall
    assert row["open_actions"] == 1 and row["overdue_actions"] == 1
    page = client_for(supervisor).get("/").content.decode()
    assert "Person 00" in page and "No 1:1 for" in page and "40%" in page


def test_it_is_not_overdue_within_14_days_of_an_attended_one_to_one(supervisor):
    (person,) = make_supervisees(supervisor, 1)
    recent = timezone.now() - timedelta(days=3)
    Attendee.objects.filter(person=person, attendance=Attendance.ATTENDED).update(
        starts_at=recent, ends_at=recent + timedelta(minutes=30)
    )
    (row,) = selectors.team_for(supervisor=supervisor)
    assert row["days_since"] == 3 and row["overdue"] is False


def _checkin(person, score, *, weeks_ago=0, **extra):
    return services.checkin_submit(volunteer=person, answers={
        **{f: score for f in CheckIn.ITEM_FIELDS}, "caseload": 2, "recovery": 4, **extra,
    }, now=timezone.now() - timedelta(weeks=weeks_ago, hours=1))


def _attended(person, supervisor, days_ago):
    made = one_to_one(supervisor, person, dtstart=timezone.now() + timedelta(days=1, minutes=30 * person.pk % 300))
    first = made.occurrences.order_by("starts_at").first()
    when = timezone.now() - timedelta(days=days_ago)
    Attendee.objects.filter(occurrence=first, person=person).update(
        starts_at=when, ends_at=when + timedelta(minutes=30), attendance=Attendance.ATTENDED
    )


def test_it_orders_the_team_by_need_and_says_why_on_each_row(client_for, supervisor):
    people = {name: volunteer(user__full_name=name) for name in
              ("Amy Fine", "Ben Overdue", "Cat Flags", "Dan Contact", "Eve Urgent", "Fay Fall")}
    for person in people.values():
        assign(person, supervisor, started_on=timezone.localdate() - timedelta(days=60))
    # Amy: a 1:1 a week ago, fine. Ben: last 1:1 20 days ago, nothing else.
    _attended(people["Amy Fine"], supervisor, 7)
    _attended(people["Ben Overdue"], supervisor, 20)
    for name in ("Cat Flags", "Dan Contact", "Eve Urgent", "Fay Fall"):
        _attended(people[name], supervisor, 3)
    _checkin(people["Cat Flags"], 2)  # 40%: a low score and a low answer, no fall
    _checkin(people["Dan Contact"], 4, contact_requested=True)
    _checkin(people["Eve Urgent"], 1)  # 20%: urgent
    _checkin(people["Fay Fall"], 5, weeks_ago=1)
    _checkin(people["Fay Fall"], 4)  # 100% to 80%: a fall of 20 points, and flagged for it
    rows = selectors.team_for(supervisor=supervisor)
    assert [str(row["volunteer"]) for row in rows] == [
        "Eve Urgent", "Dan Contact", "Cat Flags", "Fay Fall", "Ben Overdue", "Amy Fine",
    ]
    by_name = {str(row["volunteer"]): row for row in rows}
    assert "Very low wellbeing score: contact them soon" in by_name["Eve Urgent"]["reasons"]
    assert "Asked you to contact them" in by_name["Dan Contact"]["reasons"]
    assert "WHO-5 down 20 points" in by_name["Fay Fall"]["reasons"]
    assert by_name["Ben Overdue"]["reasons"] == ["No 1:1 for 20 days"]
    assert by_name["Amy Fine"]["reasons"] == [] and not by_name["Amy Fine"]["overdue"]
    page = client_for(supervisor).get(reverse("supervision:team")).content.decode()
    # The reason is written on the row, not shown by colour alone.
    assert page.index("Eve Urgent") < page.index("Dan Contact") < page.index("Amy Fine")
    assert "Asked you to contact them" in page and "No 1:1 for 20 days" in page and "1:1 overdue" in page


def test_it_does_not_call_someone_overdue_before_their_first_one_to_one_was_due(supervisor):
    newcomer = volunteer(user__full_name="New Person")
    assign(newcomer, supervisor, started_on=timezone.localdate() - timedelta(days=6))
    one_to_one(supervisor, newcomer, dtstart=timezone.now() + timedelta(days=3))
    waiting = volunteer(user__full_name="Waiting Person")
    assign(waiting, supervisor, started_on=timezone.localdate() - timedelta(days=15))
    rows = {str(row["volunteer"]): row for row in selectors.team_for(supervisor=supervisor)}
    assert rows["New Person"]["overdue"] is False and rows["New Person"]["reasons"] == []
    assert rows["Waiting Person"]["overdue"] is True
    assert rows["Waiting Person"]["reasons"] == ["No 1:1 yet, 15 days since supervision began"]

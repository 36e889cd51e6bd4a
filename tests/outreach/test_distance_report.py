"""The funders' distance-travelled report reproduces seed 002's two tables from readings,
with the other reports' small-number rules, CSV and a query count flat in people."""

import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from outreach.distance.selectors import distance_figures
from readiness import distance
from readiness.reports import Period
from tests.outreach.factories import first_stepper, peer_supporter, reading

pytestmark = pytest.mark.django_db

START, END = date(2026, 1, 1), date(2026, 12, 31)
PERIOD = {"start": START.isoformat(), "end": END.isoformat()}

# Five people's first and latest scores, worked out by hand to give seed 002's first table
# (None: "not relevant to me"; actively learning and partner average four people).
SEED_SCORES = {
    "accommodation": ([9, 6, 7, 7, 8], [9, 9, 9, 9, 9]),
    "finances": ([6, 6, 6, 7, 7], [8, 8, 6, 7, 6]),
    "physical-health": ([6, 6, 6, 6, 6], [9, 8, 6, 6, 6]),
    "mental-health": ([5, 5, 6, 6, 6], [7, 7, 6, 6, 6]),
    "knowledge-skills": ([6, 6, 6, 6, 7], [8, 8, 8, 6, 7]),
    "positive-attitude": ([7, 7, 7, 7, 8], [8, 8, 7, 7, 8]),
    "bounce-back": ([6, 6, 7, 7, 7], [8, 7, 7, 7, 7]),
    "living-to-values": ([6, 6, 7, 7, 7], [9, 9, 8, 7, 7]),
    "work": ([5, 5, 5, 5, 5], [8, 7, 5, 5, 5]),
    "actively-learning": ([5, 5, 5, 5, None], [10, 10, 5, 5, None]),
    "social-networks": ([7, 7, 7, 8, 8], [8, 7, 7, 6, 6]),
    "family": ([7, 7, 8, 8, 8], [8, 8, 8, 8, 8]),
    "partner": ([4, 6, 7, 8, None], [8, 8, 8, 8, None]),
}
# Seed 002's first table, as printed: initial, final, change, % with a positive change.
SEED_TABLE = [
    ("Accommodation", 5, "7.4", "9", "1.6", 80),
    ("Finances", 5, "6.4", "7", "0.6", 40),
    ("Physical health", 5, "6", "7", "1", 40),
    ("Mental health", 5, "5.6", "6.4", "0.8", 40),
    ("Knowledge and skills", 5, "6.2", "7.4", "1.2", 60),
    ("Positive attitude", 5, "7.2", "7.6", "0.4", 40),
    ("Ability to bounce back", 5, "6.6", "7.2", "0.6", 40),
    ("Living to my values", 5, "6.6", "8", "1.4", 60),
    ("Work (paid or unpaid)", 5, "5", "6", "1", 40),
    ("Actively learning", 4, "5", "7.5", "2.5", 50),
    ("Social networks", 5, "7.4", "6.8", "-0.6", 20),
    ("Family", 5, "7.6", "8", "0.4", 40),
    ("Partner", 4, "6.25", "8", "1.75", 75),
]
# Seed 002's second table: yes, no (the rest of 31 people left it unanswered).
SEED_STATEMENTS = {
    "reduced-using": (20, 3), "stability": (27, 4), "positive-changes": (27, 3), "socially-connected": (18, 3),
    "community": (13, 12), "mental-health-better": (16, 6), "lapse": (20, 11),
}


@pytest.fixture
def dee():
    return peer_supporter()


def seed_people(dee):
    for n in range(5):
        person = first_stepper(dee, name=f"P{n}")
        reading(person, {key: first[n] for key, (first, _latest) in SEED_SCORES.items()}, taken_on=date(2026, 3, 1))
        reading(person, {key: latest[n] for key, (_first, latest) in SEED_SCORES.items()},
                taken_on=date(2026, 11, 1))


def seed_statements(dee, people=31):
    for n in range(people):
        answers = {key: (n < yes) if n < yes + no else None for key, (yes, no) in SEED_STATEMENTS.items()}
        answers = {key: value for key, value in answers.items() if value is not None}
        reading(first_stepper(dee, name=f"S{n}"), {"accommodation": 5}, answers, taken_on=date(2026, 6, 1))


def test_the_raw_figures_reproduce_the_seeds_first_table(dee):
    seed_people(dee)
    figures = distance_figures(start=START, end=END)["domains"]
    for key, (first, latest) in SEED_SCORES.items():
        pairs = [(a, b) for a, b in zip(first, latest, strict=True) if a is not None]
        assert figures[key] == {"people": len(pairs), "initial_total": sum(a for a, _b in pairs),
                                "final_total": sum(b for _a, b in pairs),
                                "positive": sum(1 for a, b in pairs if b > a)}, key


def test_the_report_prints_the_seeds_first_table_with_small_numbers_hidden(dee):
    seed_people(dee)
    rows = distance.report(Period(START, END))["domains"]
    assert [row["label"] for row in rows] == [label for label, *_rest in SEED_TABLE]
    for row, (label, people, initial, final, change, positive) in zip(rows, SEED_TABLE, strict=True):
        if people >= 5:
            assert (row["people"], row["initial"], row["final"], row["change"]) == (5, initial, final, change), label
            # A share is never made from 1 to 4 people: 5 with a positive change, or none, shows.
            assert row["positive"] == (positive if positive in (0, 100) else None), label
        else:
            assert row["people"] == "fewer than 5" and row["initial"].startswith("not shown"), label


def test_the_report_prints_the_seeds_second_table_with_its_columns(dee):
    seed_statements(dee)
    raw = distance_figures(start=START, end=END)["statements"]
    assert {key: (row["yes"], row["no"]) for key, row in raw.items()} == SEED_STATEMENTS
    rows = {row["wording"][:20]: row for row in distance.report(Period(START, END))["statements"]}
    community = rows["I take part in commu"]
    assert (community["yes"], community["no"], community["either"], community["share"]) == (13, 12, 25, 52)
    lapse = rows["I have had a lapse o"]
    assert (lapse["yes"], lapse["no"], lapse["either"], lapse["share"], lapse["yes_is_good"]) == (
        20, 11, 31, 65, False)
    # 3 people said no: hidden, and the yes count and the percentage that would give it away go too.
    reduced = rows["Since I first came h"]
    assert (reduced["yes"], reduced["no"], reduced["either"], reduced["share"]) == (
        "not shown", "fewer than 5", 23, None)


def test_the_page_and_its_csv_have_the_seeds_columns_in_order(client_for, manager, dee):
    seed_people(dee)
    seed_statements(dee, people=12)
    page = client_for(manager).get(reverse("readiness:distance_report"), PERIOD).content.decode()
    assert page.index("Average initial score") < page.index("Average final score") < page.index(
        "Average change") < page.index("Percentage with positive change")
    assert "“no” is the hoped-for answer" in page
    response = client_for(manager).get(reverse("readiness:distance_report_csv"), PERIOD)
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[2] == ["Distance travelled measure", "Number of people", "Average initial score",
                       "Average final score", "Average change", "Percentage with positive change"]
    assert rows[3] == ["Accommodation", "5", "7.4", "9", "1.6", ""]
    assert rows[12] == ["Actively learning", "fewer than 5", "not shown (fewer than 5 people)",
                        "not shown (fewer than 5 people)", "not shown (fewer than 5 people)", ""]
    assert rows[17] == ["Distance travelled measure", "Number of people with ‘yes’ response",
                        "Number of people with ‘no’ response", "Number of people with any response",
                        "Percentage with ‘yes’ response"]
    assert rows[24][0].endswith("(“no” is the hoped-for answer)")
    assert response["Content-Disposition"].startswith('attachment; filename="distance-travelled-2026-01-01')


def test_only_managers_see_the_report(client_for, volunteer_user, supervisor, manager):
    for user in (volunteer_user, supervisor):
        assert client_for(user).get(reverse("readiness:distance_report"), PERIOD).status_code == 404
        assert client_for(user).get(reverse("readiness:distance_report_csv"), PERIOD).status_code == 404
    assert client_for(manager).get(reverse("readiness:distance_report"), PERIOD).status_code == 200


def test_it_is_linked_from_the_reports_page_and_the_first_steps_page(client_for, manager):
    url = reverse("readiness:distance_report")
    assert url in client_for(manager).get(reverse("readiness:reports")).content.decode()
    assert url in client_for(manager).get(reverse("outreach:manage")).content.decode()


def test_a_bad_period_is_refused(client_for, manager):
    response = client_for(manager).get(reverse("readiness:distance_report"), {"start": "2026-05-01",
                                                                              "end": "2101-01-01"})
    assert response.status_code == 400


def _queries(client, url):
    with CaptureQueriesContext(connection) as counted:
        assert client.get(url, PERIOD).status_code == 200
    return len(counted)


def test_the_report_costs_the_same_queries_for_two_people_or_twenty(client_for, manager, dee):
    client = client_for(manager)
    url = reverse("readiness:distance_report")
    for n in range(2):
        person = first_stepper(dee, name=f"A{n}")
        reading(person, {"accommodation": 3}, {"lapse": True}, taken_on=date(2026, 2, 1))
        reading(person, {"accommodation": 6}, {"lapse": False}, taken_on=date(2026, 5, 1))
    client.get(url, PERIOD)
    two = _queries(client, url)
    for n in range(18):
        person = first_stepper(dee, name=f"B{n}")
        reading(person, {"accommodation": 3, "family": 4}, {"lapse": True}, taken_on=date(2026, 2, 1))
        reading(person, {"accommodation": 6, "family": 5}, {"lapse": False}, taken_on=date(2026, 5, 1))
    assert _queries(client, url) == two
    with CaptureQueriesContext(connection) as counted:
        distance.report(Period(START, END))
    # The current version, its domains, its statements, then one aggregate each for domains and statements.
    assert len(counted) == 5

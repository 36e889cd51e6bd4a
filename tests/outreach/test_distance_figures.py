"""The funders' distance-travelled figures, worked out by hand and then by SQL."""

from datetime import date

import pytest

from outreach.distance.selectors import distance_figures
from tests.outreach.factories import first_stepper, peer_supporter, reading

pytestmark = pytest.mark.django_db

START, END = date(2026, 1, 1), date(2026, 6, 30)


@pytest.fixture
def dee():
    return peer_supporter()


def test_first_and_latest_in_the_period_with_not_relevant_a_fall_and_a_single_reading(dee):
    ann, bob, cy, dan = (first_stepper(dee, name=n) for n in ("Ann", "Bob", "Cy", "Dan"))
    # Ann: partner "not relevant" at first, so partner does not count her.
    reading(ann, {"accommodation": 6, "finances": 3}, {"reduced-using": False}, taken_on=date(2026, 1, 10))
    reading(ann, {"accommodation": 9, "finances": 5, "partner": 7}, {"reduced-using": True, "lapse": False},
            taken_on=date(2026, 4, 10))
    # Bob: his accommodation fell; the middle reading is neither first nor latest.
    reading(bob, {"accommodation": 8, "finances": 4, "partner": 5}, {"reduced-using": True},
            taken_on=date(2026, 2, 1))
    reading(bob, {"accommodation": 1, "finances": 1, "partner": 1}, taken_on=date(2026, 3, 1))
    reading(bob, {"accommodation": 5, "finances": 4, "partner": 6}, {"reduced-using": False, "lapse": True},
            taken_on=date(2026, 5, 1))
    # Cy: a single reading: no change to count, but the statements count.
    reading(cy, {"accommodation": 2}, {"reduced-using": True}, taken_on=date(2026, 3, 3))
    # Dan: one reading before the period and one in it, so one in it: no change counted.
    reading(dan, {"accommodation": 1}, {"lapse": True}, taken_on=date(2025, 12, 1))
    reading(dan, {"accommodation": 10}, {"reduced-using": True}, taken_on=date(2026, 2, 2))
    # After the period: not counted at all.
    reading(ann, {"accommodation": 1}, {"reduced-using": False}, taken_on=date(2026, 7, 1))

    figures = distance_figures(start=START, end=END)

    assert figures["domains"]["accommodation"] == {"people": 2, "initial_total": 14, "final_total": 14,
                                                   "positive": 1}
    assert figures["domains"]["finances"] == {"people": 2, "initial_total": 7, "final_total": 9, "positive": 1}
    assert figures["domains"]["partner"] == {"people": 1, "initial_total": 5, "final_total": 6, "positive": 1}
    assert "family" not in figures["domains"]
    # Latest answers: Ann yes, Bob no, Cy yes, Dan yes; lapse: Ann no, Bob yes, Cy and Dan unanswered.
    assert figures["statements"]["reduced-using"] == {"yes": 3, "no": 1}
    assert figures["statements"]["lapse"] == {"yes": 1, "no": 1}
    assert "community" not in figures["statements"]


def test_a_single_reading_counts_in_no_domain(dee):
    reading(first_stepper(dee), {"accommodation": 4}, taken_on=date(2026, 2, 1))
    assert distance_figures(start=START, end=END)["domains"] == {}


def test_two_readings_on_the_same_day_are_first_and_latest_in_the_order_taken(dee):
    person = first_stepper(dee)
    reading(person, {"accommodation": 4}, taken_on=date(2026, 2, 1))
    reading(person, {"accommodation": 3}, taken_on=date(2026, 2, 1))
    assert distance_figures(start=START, end=END)["domains"]["accommodation"] == {
        "people": 1, "initial_total": 4, "final_total": 3, "positive": 0}

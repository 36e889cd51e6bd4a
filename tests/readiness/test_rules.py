from datetime import date

import pytest

from readiness.rules import check_rule, dated_state, preparation_ends, preparation_rule
from readiness.states import Readiness, RuleResult, State


@pytest.mark.parametrize(
    "joined, months, ends",
    [
        (date(2026, 1, 15), 2, date(2026, 3, 15)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),  # clipped to the end of February
        (date(2027, 12, 31), 2, date(2028, 2, 29)),  # a leap year keeps the 29th
        (date(2028, 2, 29), 2, date(2028, 4, 29)),
        (date(2026, 8, 31), 1, date(2026, 9, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 10, 29), 4, date(2027, 2, 28)),
    ],
)
def test_it_counts_calendar_months_and_clips_to_month_ends(joined, months, ends):
    assert preparation_ends(joined, months) == ends


def test_preparation_is_met_on_the_day_it_ends():
    rule = preparation_rule(joined_on=date(2026, 9, 1), months=2, today=date(2026, 11, 1))
    assert rule.state == State.MET
    assert rule.earliest == date(2026, 11, 1)


def test_preparation_says_how_long_is_left():
    rule = preparation_rule(joined_on=date(2026, 9, 30), months=2, today=date(2026, 11, 23))
    assert rule.state == State.MISSING
    assert rule.earliest == date(2026, 11, 30)
    assert rule.detail == "7 more days (can start from 30 November 2026)"
    assert rule.label == "2 months to prepare"


def test_one_day_left_is_singular():
    rule = preparation_rule(joined_on=date(2026, 9, 24), months=2, today=date(2026, 11, 23))
    assert rule.detail.startswith("1 more day ")


@pytest.mark.parametrize(
    "done, expires, state",
    [
        (None, None, State.MISSING),
        (date(2026, 1, 1), None, State.MET),
        (date(2024, 1, 1), date(2027, 1, 1), State.MET),
        (date(2023, 12, 1), date(2026, 12, 23), State.EXPIRING),  # exactly 30 days left
        (date(2023, 12, 1), date(2026, 12, 24), State.MET),  # 31 days left
        (date(2023, 11, 1), date(2026, 11, 24), State.EXPIRING),
        (date(2023, 11, 1), date(2026, 11, 23), State.EXPIRED),  # expires today
        (date(2023, 1, 1), date(2025, 1, 1), State.EXPIRED),
    ],
)
def test_dated_things_are_met_expiring_expired_or_missing(done, expires, state):
    assert dated_state(done_on=done, expires_on=expires, today=date(2026, 11, 23), warning_days=30) == state


def test_a_check_explains_itself():
    today = date(2026, 11, 23)
    missing = check_rule(key="c1", name="DBS check", done_on=None, expires_on=None, today=today, warning_days=30)
    assert missing.detail == "Not recorded yet"
    expired = check_rule(
        key="c1", name="DBS check", done_on=date(2023, 1, 2), expires_on=date(2026, 1, 2), today=today, warning_days=30
    )
    assert expired.state == State.EXPIRED
    assert expired.detail == "Expired on 2 January 2026"


def test_readiness_is_ready_only_when_every_rule_passes_and_projects_the_latest_date():
    readiness = Readiness(
        volunteer_id=1,
        rules=[
            RuleResult("a", "A", State.MET, earliest=date(2026, 11, 1)),
            RuleResult("b", "B", State.EXPIRING),
            RuleResult("c", "C", State.MISSING, earliest=date(2026, 12, 5)),
        ],
    )
    assert not readiness.ready
    assert [rule.key for rule in readiness.missing] == ["c"]
    assert readiness.projected_date == date(2026, 12, 5)
    readiness.rules.pop()
    assert readiness.ready
    assert readiness.snapshot()[1] == {"key": "b", "label": "B", "state": "expiring", "detail": ""}

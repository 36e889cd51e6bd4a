"""Each flag rule at its threshold: just inside raises it, just outside does not."""

import pytest

from supervision import flags
from supervision.flags import Answers
from supervision.models import Flag


def answers(items=(3, 3, 3, 3, 3), caseload=2, contact=False, not_reached=0):
    return Answers(items=tuple(items), caseload=caseload, contact_requested=contact, not_reached=not_reached)


def test_it_flags_exactly_50_percent_boundary_by_the_rule():
    # Scores move in steps of 4: 48 is the nearest below 50, 52 the nearest above.
    assert flags.low_wellbeing(answers((3, 3, 2, 2, 2))) is not None  # 12 → 48
    assert flags.low_wellbeing(answers((3, 3, 3, 2, 2))) is None  # 13 → 52


def test_it_marks_28_exactly_urgent_and_32_not():
    assert flags.very_low_wellbeing(answers((2, 2, 2, 1, 0))).urgent  # 7 → 28
    assert flags.very_low_wellbeing(answers((2, 2, 2, 1, 1))) is None  # 8 → 32
    assert flags.low_wellbeing(answers((2, 2, 2, 1, 0))).urgent is False


@pytest.mark.parametrize("low", [0, 1])
def test_it_flags_any_single_item_of_0_or_1(low):
    result = flags.low_item(answers((5, 5, 5, 5, low)))
    assert result is not None and result.rule == Flag.Rule.LOW_ITEM
    assert "daily life" in result.detail


def test_it_does_not_flag_items_of_2_or_more():
    assert flags.low_item(answers((2, 5, 5, 5, 5))) is None


def test_it_flags_a_fall_of_10_points_or_more_since_the_previous_check_in():
    # Scores move in steps of 4 points, so the nearest falls either side of 10 are 8 and 12.
    previous = answers((4, 4, 4, 4, 4))  # 80
    assert flags.fall(answers((4, 4, 4, 3, 2)), previous) is not None  # 68: a fall of 12
    assert flags.fall(answers((4, 4, 4, 3, 3)), previous) is None  # 72: a fall of 8
    assert flags.fall(answers((5, 5, 5, 5, 5)), previous) is None  # a rise
    assert flags.fall(answers((4, 4, 4, 4, 4)), None) is None  # the first check-in


def test_it_flags_a_request_to_be_contacted():
    assert flags.contact_requested(answers(contact=True)).rule == Flag.Rule.CONTACT_REQUESTED
    assert flags.contact_requested(answers(contact=False)) is None


def test_it_flags_a_caseload_above_the_cap_only():
    assert flags.caseload_over_cap(answers(caseload=9), 8) is not None
    assert flags.caseload_over_cap(answers(caseload=8), 8) is None


def test_it_flags_two_or_more_first_steppers_not_reached_only():
    assert flags.people_not_reached(answers(not_reached=2)) is not None
    assert flags.people_not_reached(answers(not_reached=1)) is None


def test_it_evaluates_all_rules_together():
    raised = flags.evaluate(answers((1, 1, 1, 1, 1), caseload=12, contact=True, not_reached=3),
                            answers((5, 5, 5, 5, 5)),
                            caseload_cap=8)
    assert {f.rule for f in raised} == set(Flag.Rule.values)

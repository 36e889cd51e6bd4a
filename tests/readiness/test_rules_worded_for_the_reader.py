"""Stored readiness keeps each rule's words, not text: a summary judged during a Welsh request
and a sign-off made in Welsh read in English for an English reader and in Welsh for a Welsh one."""

from datetime import date

import pytest
from django.utils.translation import override

from privacy.inventory import exported_kinds
from readiness import summaries
from readiness.models import ReadinessSummary, SignOff
from readiness.services import volunteer_sign_off
from readiness.states import Readiness, RuleResult, State, rule_states_worded
from readiness.summaries import readiness_stored
from tests.readiness.test_summaries import profile_of

pytestmark = pytest.mark.django_db


def _worded(readiness):
    return {rule.key: (rule.label, rule.detail) for rule in readiness.rules}


def test_a_summary_judged_in_welsh_reads_in_the_readers_language(volunteer_user):
    with override("cy"):
        summaries.summaries_refresh([profile_of(volunteer_user)], today=date(2026, 11, 23))
    stored = readiness_stored(ReadinessSummary.objects.get(volunteer=volunteer_user))
    with override("en-gb"):
        english = _worded(stored)
    with override("cy"):
        welsh = _worded(stored)
    assert english["supervisor"] == ("A supervisor", "No supervisor yet")
    assert welsh["supervisor"] == ("Goruchwyliwr", "Dim goruchwyliwr eto")
    assert english["one_to_ones"] == ("1:1s attended", "0 of 1 so far; none booked yet")
    assert welsh["one_to_ones"] == ("Sgyrsiau 1:1 wedi’u mynychu", "0 o 1 hyd yma; dim un wedi’i threfnu eto")
    assert english["preparation"][0] == "2 months to prepare"


def test_a_sign_off_made_in_welsh_exports_in_the_readers_language(volunteer_user, manager):
    with override("cy"):
        readiness = summaries.summaries_refresh([profile_of(volunteer_user)], today=date(2026, 11, 23))
        volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=readiness[volunteer_user.pk],
                           reason="Mae'r geirda ar y ffordd.")
    sign_off = SignOff.objects.get(volunteer=volunteer_user)
    kind = next(kind for kind in exported_kinds() if kind.name == "sign_offs")
    column = kind.headers().index("rules_then")

    def supervisor_rule():
        rules = kind.values(sign_off)[column]
        return next((rule["label"], rule["detail"]) for rule in rules if rule["key"] == "supervisor")

    with override("en-gb"):
        assert supervisor_rule() == ("A supervisor", "No supervisor yet")
    with override("cy"):
        assert supervisor_rule() == ("Goruchwyliwr", "Dim goruchwyliwr eto")


def test_a_legacy_rule_kept_as_text_reads_as_it_was_kept():
    assert Readiness(1, [RuleResult("r", "Rule", State.MET, "Done then")]).snapshot()[0]["detail"] == "Done then"
    legacy = [{"key": "r", "label": "Rule", "state": "met", "detail": "Done then"}]
    assert rule_states_worded(legacy)[0]["label"] == "Rule"

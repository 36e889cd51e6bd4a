"""A flag is stored as its rule and numbers, and worded in the language of whoever reads it,
not the language that was active when the volunteer checked in."""

from importlib import import_module

import pytest
from django.apps import apps
from django.test import override_settings
from django.urls import reverse
from django.utils.translation import override

from supervision.models import Flag
from supervision.services import checkin_submit
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db

migration = import_module("supervision.migrations.0007_flag_params_worded_when_read")

LOW = {"who5_cheerful": 1, "who5_calm": 0, "who5_active": 3, "who5_rested": 3, "who5_interested": 3,
       "caseload": 7, "recovery": 3, "worries": "", "contact_requested": True}


@override_settings(WAYMARK_CASELOAD_CAP=5)
def test_a_flag_raised_in_welsh_reads_in_english_for_an_english_reader(volunteer_user):
    with override("cy"):
        checkin_submit(volunteer=volunteer_user, answers=LOW)
    flags = {flag.rule: flag for flag in Flag.objects.all()}
    assert all(flag.detail == "" for flag in flags.values())
    assert flags["low_item"].params == {"items": ["who5_cheerful", "who5_calm"]}
    with override("en-gb"):
        assert flags["low_item"].description == "Answered 0 or 1 for: cheerful and in good spirits, calm and relaxed."
        assert flags["caseload"].description == "Supports 7 people; the limit is 5."
        assert flags["contact_requested"].description == "Asked their supervisor to contact them."
        assert flags["low_wellbeing"].description == "WHO-5 score is 40%."


@override_settings(WAYMARK_CASELOAD_CAP=5)
def test_a_flag_raised_in_english_reads_in_welsh_for_a_welsh_reader(volunteer_user):
    with override("en-gb"):
        checkin_submit(volunteer=volunteer_user, answers=LOW)
    flags = {flag.rule: flag for flag in Flag.objects.all()}
    with override("cy"):
        # The WHO-5 statements stay in English: no validated Welsh translation is published.
        assert flags["low_item"].description == (
            "Wedi ateb 0 neu 1 ar gyfer: cheerful and in good spirits, calm and relaxed."
        )
        assert flags["contact_requested"].description == "Wedi gofyn i’w goruchwyliwr gysylltu â nhw."


def test_the_supervisor_page_words_the_flag_in_the_supervisor_language(client_for, volunteer_user, supervisor):
    assign(volunteer_user, supervisor)
    with override("cy"):
        checkin_submit(volunteer=volunteer_user, answers={**LOW, "contact_requested": False})
    flag = Flag.objects.get(rule="low_item")
    page = client_for(supervisor).get(reverse("supervision:flag", args=[flag.pk])).content.decode()
    assert "Answered 0 or 1 for: cheerful and in good spirits, calm and relaxed." in page
    assert "Wedi ateb" not in page


@override_settings(WAYMARK_CASELOAD_CAP=5)
def test_the_migration_turns_waymark_english_into_numbers_and_keeps_other_words(volunteer_user):
    with override("en-gb"):
        checkin_submit(volunteer=volunteer_user, answers=LOW)
    english = {
        "low_wellbeing": "WHO-5 score is 40%.",
        "low_item": "Answered 0 or 1 for: cheerful and in good spirits, calm and relaxed.",
        "caseload": "Supports 7 people; the limit is 5.",
    }
    for rule, words in english.items():
        Flag.objects.filter(rule=rule).update(params=None, detail=words)
    welsh = "Wedi gofyn i’w goruchwyliwr gysylltu â nhw."
    Flag.objects.filter(rule="contact_requested").update(params=None, detail=welsh)

    migration.words_to_params(apps, None)

    stored = {flag.rule: (flag.params, flag.detail) for flag in Flag.objects.all()}
    assert stored["low_wellbeing"] == ({"score": 40}, "")
    assert stored["low_item"] == ({"items": ["who5_cheerful", "who5_calm"]}, "")
    assert stored["caseload"] == ({"caseload": 7, "cap": 5}, "")
    assert stored["contact_requested"] == (None, welsh)
    with override("en-gb"):
        assert Flag.objects.get(rule="contact_requested").description == welsh


@pytest.mark.parametrize("rule, words, params", [
    ("very_low_wellbeing", "WHO-5 score is 16%. Contact them soon.", {"score": 16}),
    ("fall", "WHO-5 score fell from 80% to 40%.", {"before": 80, "now": 40}),
    ("contact_requested", "Asked their supervisor to contact them.", {}),
    ("not_reached", "3 people on their First Steps caseload have not been reached for two weeks.", {"count": 3}),
    ("low_item", "Answered 0 or 1 for: calm and relaxed, something else.", None),
    ("fall", "WHO-5 score is 40%.", None),
])
def test_the_migration_reads_each_rule_english_exactly(rule, words, params):
    assert migration.params_from_english(rule, words) == params

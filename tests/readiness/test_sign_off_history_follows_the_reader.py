"""Signing a volunteer off writes two steps in their history; both read in the reader's
language, whichever language the manager used."""

import pytest
from django.utils.translation import override

from people.models import StatusChange
from readiness.services import volunteer_sign_off
from readiness.states import Readiness, RuleResult, State

pytestmark = pytest.mark.django_db


def _history(volunteer):
    return list(volunteer.volunteer_profile.status_changes.order_by("changed_at", "id"))


def test_a_sign_off_in_welsh_reads_in_english_and_in_welsh(volunteer_user, manager):
    readiness = Readiness(volunteer_user.pk, [RuleResult("r0", "Rule 0", State.MET)])
    with override("cy"):
        volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=readiness)
    ready, started = _history(volunteer_user)
    assert [(c.kind, c.reason) for c in (ready, started)] == [
        (StatusChange.Kind.SIGNED_OFF, ""), (StatusChange.Kind.STARTED, "")
    ]
    with override("en-gb"):
        assert [ready.reason_text, started.reason_text] == [
            "Signed off: every readiness rule was met.", "Started as a peer supporter."
        ]
    with override("cy"):
        assert [ready.reason_text, started.reason_text] == [
            "Wedi’i gymeradwyo: roedd pob rheol parodrwydd wedi’i bodloni.", "Wedi dechrau fel cefnogwr cymheiriaid."
        ]


def test_an_override_keeps_the_reason_the_manager_wrote(volunteer_user, manager):
    readiness = Readiness(volunteer_user.pk, [RuleResult("r0", "Rule 0", State.MISSING)])
    with override("cy"):
        volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=readiness,
                           reason="Mae'r geirda ar y ffordd.")
    ready, started = _history(volunteer_user)
    assert (ready.kind, ready.reason) == ("", "Mae'r geirda ar y ffordd.")
    with override("en-gb"):
        assert ready.reason_text == "Mae'r geirda ar y ffordd."
        assert started.reason_text == "Started as a peer supporter."

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from people.status import Status
from readiness.models import CheckType, PreStartCheck, SignOff
from readiness.services import pre_start_check_record, volunteer_sign_off
from readiness.states import Readiness, RuleResult, State

pytestmark = pytest.mark.django_db


def _readiness(user, *states):
    return Readiness(user.pk, [RuleResult(f"r{i}", f"Rule {i}", state) for i, state in enumerate(states)])


def test_it_signs_off_a_ready_volunteer_and_makes_them_active(volunteer_user, manager):
    sign_off = volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=_readiness(volunteer_user, State.MET))
    profile = volunteer_user.volunteer_profile
    profile.refresh_from_db()
    assert profile.status == Status.ACTIVE
    assert [c.to_status for c in profile.status_changes.order_by("changed_at", "id")] == [Status.READY, Status.ACTIVE]
    assert not sign_off.override
    assert sign_off.signed_by == manager
    assert sign_off.rule_states == [{"key": "r0", "label": "Rule 0", "state": "met", "detail": ""}]


def test_an_override_needs_a_reason_and_changes_nothing_without_one(volunteer_user, manager):
    readiness = _readiness(volunteer_user, State.MET, State.MISSING)
    with pytest.raises(ValidationError) as caught:
        volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=readiness, reason="  ")
    assert "write down why" in caught.value.messages[0]
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.IN_TRAINING
    assert not SignOff.objects.exists()


def test_an_override_with_a_reason_is_recorded_as_one(volunteer_user, manager):
    readiness = _readiness(volunteer_user, State.MISSING)
    sign_off = volunteer_sign_off(
        volunteer=volunteer_user,
        by=manager,
        readiness=readiness,
        reason="Reference is on its way; agreed with trustees.",
    )
    assert sign_off.override
    assert sign_off.rule_states[0]["state"] == "missing"
    assert sign_off.reason == "Reference is on its way; agreed with trustees."


@pytest.mark.parametrize("status", [Status.APPLICANT, Status.ACTIVE, Status.PAUSED, Status.LEFT])
def test_only_volunteers_in_training_can_be_signed_off(volunteer_user, manager, status):
    profile = volunteer_user.volunteer_profile
    profile.status = status
    profile.save()
    with pytest.raises(ValidationError) as caught:
        volunteer_sign_off(volunteer=volunteer_user, by=manager, readiness=_readiness(volunteer_user, State.MET))
    assert "cannot be signed off" in caught.value.messages[0]
    assert not SignOff.objects.exists()


def test_it_records_a_check_with_its_renewal_date(volunteer_user, manager):
    dbs = CheckType.objects.get(name="DBS check")
    check = pre_start_check_record(volunteer=volunteer_user, check_type=dbs, done_on=date(2026, 2, 28), by=manager)
    assert check.expires_on == date(2029, 2, 28)
    reference = CheckType.objects.get(name="First reference")
    check = pre_start_check_record(volunteer=volunteer_user, check_type=reference, done_on=date(2026, 3, 1), by=manager)
    assert check.expires_on is None


def test_it_refuses_a_check_in_the_future_or_renewed_before_done(volunteer_user, manager):
    dbs = CheckType.objects.get(name="DBS check")
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError):
        pre_start_check_record(volunteer=volunteer_user, check_type=dbs, done_on=tomorrow, by=manager)
    with pytest.raises(ValidationError):
        pre_start_check_record(
            volunteer=volunteer_user, check_type=dbs, done_on=date(2026, 1, 1), expires_on=date(2025, 1, 1), by=manager
        )
    assert not PreStartCheck.objects.exists()


def test_checks_are_only_for_volunteers(supervisor, manager):
    with pytest.raises(ValidationError):
        pre_start_check_record(
            volunteer=supervisor, check_type=CheckType.objects.first(), done_on=date(2026, 1, 1), by=manager
        )

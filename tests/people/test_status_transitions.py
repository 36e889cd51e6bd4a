import pytest
from django.core.exceptions import ValidationError

from people.models import StatusChange
from people.services import volunteer_status_change, volunteer_step_back
from people.status import ALLOWED_TRANSITIONS, Status, can_move


def test_it_allows_the_lifecycle_in_order():
    path = [Status.APPLICANT, Status.IN_TRAINING, Status.READY, Status.ACTIVE, Status.PAUSED, Status.ACTIVE]
    for before, after in zip(path, path[1:], strict=False):
        assert can_move(before, after), f"{before} → {after} should be allowed"


def test_it_lets_anyone_leave_except_someone_who_has_left():
    for status in Status:
        assert can_move(status, Status.LEFT) == (status != Status.LEFT)


def test_it_forbids_skipping_training():
    assert not can_move(Status.APPLICANT, Status.ACTIVE)
    assert not can_move(Status.APPLICANT, Status.READY)
    assert not can_move(Status.IN_TRAINING, Status.ACTIVE)
    assert ALLOWED_TRANSITIONS[Status.LEFT] == set()


@pytest.mark.django_db
def test_it_records_who_when_and_why(volunteer_user, manager):
    profile = volunteer_user.volunteer_profile
    change = volunteer_status_change(
        profile=profile, to_status=Status.READY, by=manager, reason="Finished the induction."
    )
    profile.refresh_from_db()
    assert profile.status == Status.READY
    assert change.from_status == Status.IN_TRAINING
    assert change.to_status == Status.READY
    assert change.changed_by == manager
    assert change.reason == "Finished the induction."
    assert change.changed_at == profile.status_changed_at


@pytest.mark.django_db
def test_it_refuses_a_forbidden_move_and_changes_nothing(volunteer_user, manager):
    profile = volunteer_user.volunteer_profile
    with pytest.raises(ValidationError) as caught:
        volunteer_status_change(profile=profile, to_status=Status.ACTIVE, by=manager, reason="Keen.")
    assert "cannot move from “In training” to “Active”" in caught.value.messages[0]
    profile.refresh_from_db()
    assert profile.status == Status.IN_TRAINING
    assert not StatusChange.objects.filter(profile=profile).exists()


@pytest.mark.django_db
def test_it_needs_a_reason(volunteer_user, manager):
    with pytest.raises(ValidationError):
        volunteer_status_change(
            profile=volunteer_user.volunteer_profile, to_status=Status.READY, by=manager, reason=" "
        )
    assert not StatusChange.objects.exists()


@pytest.mark.django_db
def test_stepping_back_pauses_and_tells_managers(
    volunteer_user, manager, mailoutbox, django_capture_on_commit_callbacks
):
    profile = volunteer_user.volunteer_profile
    with django_capture_on_commit_callbacks(execute=True):
        volunteer_step_back(profile=profile, reason="Things are hard at home.")
    profile.refresh_from_db()
    assert profile.status == Status.PAUSED
    assert profile.status_changes.get().changed_by == volunteer_user
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [manager.email]
    assert "Alice Volunteer has asked to step back" in mailoutbox[0].subject
    assert "Things are hard at home." in mailoutbox[0].body

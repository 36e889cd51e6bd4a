from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from people.status import Status
from readiness.models import CheckType, PreStartCheck, SignOff
from tests.readiness import helpers
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


def test_a_volunteer_sees_whats_left_on_my_path(client_for, volunteer_user):
    helpers.learning()
    client = client_for(volunteer_user)
    page = client.get("/").content.decode()
    assert "What’s left before I can start" in page
    assert reverse("readiness:mine") in page
    assert "DBS check" in client.get(reverse("readiness:mine")).content.decode()


def test_an_active_volunteer_no_longer_sees_the_checklist(client_for, volunteer_user):
    profile = volunteer_user.volunteer_profile
    profile.status = Status.ACTIVE
    profile.save()
    assert "What’s left before I can start" not in client_for(volunteer_user).get("/").content.decode()


def test_who_can_open_a_volunteers_checklist(
    client_for, volunteer_user, other_volunteer, supervisor, other_supervisor, manager, trainer
):
    helpers.learning()
    assign(volunteer_user, supervisor)
    url = reverse("readiness:checklist", args=[volunteer_user.pk])
    assert client_for(volunteer_user).get(url).status_code == 200
    assert client_for(supervisor).get(url).status_code == 200
    assert client_for(manager).get(url).status_code == 200
    for outsider in (other_volunteer, other_supervisor, trainer):
        assert client_for(outsider).get(url).status_code == 404


def test_a_manager_records_a_check_and_bad_dates_are_explained(client_for, manager, volunteer_user):
    client = client_for(manager)
    url = reverse("readiness:record_check", args=[volunteer_user.pk])
    dbs = CheckType.objects.get(name="DBS check")
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(url, {"check_type": dbs.pk, "done_on": tomorrow.isoformat()})
    assert "cannot be in the future" in response.content.decode()
    response = client.post(url, {"check_type": dbs.pk, "done_on": "not a date"})
    assert "Enter a valid date." in response.content.decode()
    assert not PreStartCheck.objects.exists()
    response = client.post(url, {"check_type": dbs.pk, "done_on": "2026-03-01", "note": "Cert 001234"})
    assert response.status_code == 302
    check = PreStartCheck.objects.get()
    assert check.expires_on.isoformat() == "2029-03-01"
    assert check.recorded_by == manager


def test_only_managers_record_checks(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    dbs = CheckType.objects.get(name="DBS check")
    url = reverse("readiness:record_check", args=[volunteer_user.pk])
    for person in (supervisor, volunteer_user):
        response = client_for(person).post(url, {"check_type": dbs.pk, "done_on": "2026-03-01"})
        assert response.status_code == 404
    assert not PreStartCheck.objects.exists()


def test_signing_off_a_ready_volunteer_makes_them_active(client_for, manager, volunteer_user, supervisor, trainer):
    helpers.learning()
    helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)
    response = client_for(manager).post(reverse("readiness:sign_off", args=[volunteer_user.pk]), {"reason": ""})
    assert response.status_code == 302
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.ACTIVE
    sign_off = SignOff.objects.get()
    assert not sign_off.override
    assert {rule["state"] for rule in sign_off.rule_states} == {"met"}


def test_an_override_needs_a_written_reason(client_for, manager, volunteer_user):
    helpers.learning()
    client = client_for(manager)
    url = reverse("readiness:sign_off", args=[volunteer_user.pk])
    page = client.get(url).content.decode()
    assert "recorded as an override" in page
    response = client.post(url, {"reason": ""})
    assert "write down why" in response.content.decode()
    assert not SignOff.objects.exists()
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.IN_TRAINING

    client.post(url, {"reason": "Agreed by the trustees; references chased."})
    sign_off = SignOff.objects.get()
    assert sign_off.override and "missing" in {rule["state"] for rule in sign_off.rule_states}
    checklist = client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert "Override" in checklist and "Agreed by the trustees" in checklist


def test_a_volunteer_who_is_not_in_training_cannot_be_signed_off(client_for, manager, volunteer_user):
    profile = volunteer_user.volunteer_profile
    profile.status = Status.PAUSED
    profile.save()
    response = client_for(manager).post(reverse("readiness:sign_off", args=[volunteer_user.pk]), {"reason": "Go"})
    assert "cannot be signed off" in response.content.decode()
    assert not SignOff.objects.exists()


def test_only_managers_sign_off(client_for, supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    url = reverse("readiness:sign_off", args=[volunteer_user.pk])
    assert client_for(supervisor).post(url, {"reason": "Please"}).status_code == 404
    assert client_for(volunteer_user).post(url, {"reason": "Me"}).status_code == 404
    assert not SignOff.objects.exists()


def test_a_manager_changes_the_rules(client_for, manager, volunteer_user):
    helpers.learning()
    client = client_for(manager)
    client.post(
        reverse("readiness:settings"), {"preparation_months": "3", "one_to_ones_needed": "2", "warning_days": "30"}
    )
    page = client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert "3 months to prepare" in page
    assert "0 of 2 so far" in page
    bad = client.post(
        reverse("readiness:settings"), {"preparation_months": "-1", "one_to_ones_needed": "x", "warning_days": ""}
    )
    assert "There is a problem" in bad.content.decode()

    client.post(
        reverse("readiness:add_check_type"), {"name": "Driving licence", "renewal_months": "", "required": "on"}
    )
    assert "Driving licence" in client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()


def test_rules_pages_need_a_post_and_a_manager(client_for, manager, supervisor):
    assert client_for(manager).get(reverse("readiness:add_check_type")).status_code == 405
    assert client_for(supervisor).get(reverse("readiness:settings")).status_code == 404
    client_for(supervisor).post(reverse("readiness:add_check_type"), {"name": "Sneaky", "required": "on"})
    assert not CheckType.objects.filter(name="Sneaky").exists()

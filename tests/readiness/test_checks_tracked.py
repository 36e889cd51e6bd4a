"""Pre-start checks tracked as they happen, the next booked 1:1 on the checklist, sign-off
as a secondary action, and the weekly e-mail about checks waiting too long."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from readiness import services
from readiness.digests import waiting_checks_digest_send
from readiness.models import CheckType, PreStartCheck, WaitingChecksDigest
from tests.readiness import helpers
from tests.supervision.factories import assign, next_weekday_at, one_to_one

pytestmark = pytest.mark.django_db


def short(day):
    return date_format(day, "j M")


def test_a_dbs_check_is_applied_for_then_received_with_only_four_digits_kept(client_for, manager, volunteer_user):
    helpers.learning()
    dbs = CheckType.objects.get(name="DBS check")
    applied = timezone.localdate() - timedelta(days=9)
    client = client_for(manager)
    response = client.post(reverse("readiness:start_check", args=[volunteer_user.pk]),
                           {"check_type": dbs.pk, "started_on": applied.isoformat()})
    assert response.status_code == 302
    checklist = client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert f"DBS applied {short(applied)}, waiting" in checklist
    board = client.get(reverse("readiness:board")).content.decode()
    assert f"DBS applied {short(applied)}, waiting" in board
    # A whole certificate number is refused; nothing is saved.
    url = reverse("readiness:record_check", args=[volunteer_user.pk])
    received = timezone.localdate() - timedelta(days=2)
    refused = client.post(url, {"check_type": dbs.pk, "done_on": received.isoformat(),
                                "certificate_last4": "001234567890"})
    assert refused.status_code == 200 and "last four digits" in refused.content.decode()
    assert PreStartCheck.objects.get().done_on is None
    client.post(url, {"check_type": dbs.pk, "done_on": received.isoformat(), "certificate_last4": "7890"})
    check = PreStartCheck.objects.get()  # the same check, now received
    assert check.started_on == applied and check.done_on == received and check.certificate_last4 == "7890"
    assert check.expires_on == received.replace(year=received.year + 3)
    checklist = client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert "Certificate ending 7890" in checklist and "waiting" not in checklist.split("Checks received")[0].lower()


def test_a_reference_is_requested_from_someone_chased_and_received(client_for, manager, volunteer_user):
    helpers.learning()
    first = CheckType.objects.get(name="First reference")
    asked = timezone.localdate() - timedelta(days=12)
    client = client_for(manager)
    start_url = reverse("readiness:start_check", args=[volunteer_user.pk])
    missing = client.post(start_url, {"check_type": first.pk, "started_on": asked.isoformat()})
    assert "Say who the reference was requested from" in missing.content.decode()
    client.post(start_url, {"check_type": first.pk, "started_on": asked.isoformat(), "requested_from": "Sam Jones"})
    again = client.post(start_url, {"check_type": first.pk, "started_on": asked.isoformat(),
                                    "requested_from": "Sam Jones"})
    assert "already waiting" in again.content.decode()
    assert client.post(reverse("readiness:chase_check", args=[volunteer_user.pk]),
                       {"check_type": first.pk}).status_code == 302
    checklist = client.get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    expected = f"Requested from Sam Jones {short(asked)}, chased {short(timezone.localdate())}, waiting"
    assert expected in checklist
    services.pre_start_check_record(volunteer=volunteer_user, check_type=first, done_on=timezone.localdate(),
                                    by=manager)
    check = PreStartCheck.objects.get()
    assert check.requested_from == "Sam Jones" and check.done_on == timezone.localdate()


def test_the_checklist_shows_the_next_booked_one_to_one_and_projects_from_it(client_for, manager, supervisor,
                                                                           volunteer_user):
    helpers.learning()
    helpers.joined_long_ago(volunteer_user)
    assign(volunteer_user, supervisor)
    start = next_weekday_at(0, 10, weeks_ahead=2)
    one_to_one(supervisor, volunteer_user, dtstart=start)
    page = client_for(manager).get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert "0 of 1 so far; next one booked for " + date_format(timezone.localtime(start), "l j F, H:i") in page
    from readiness.selectors import readiness_judge

    readiness = readiness_judge([volunteer_user.volunteer_profile])[volunteer_user.pk]
    assert readiness.projected_date >= timezone.localtime(start).date()


def test_recording_what_is_missing_leads_and_signing_off_anyway_is_secondary_and_warned(client_for, manager,
                                                                                       volunteer_user):
    helpers.learning()
    page = client_for(manager).get(reverse("readiness:checklist", args=[volunteer_user.pk])).content.decode()
    assert "Record what is missing" in page
    record = page.index(">Record a check<")
    sign_off = page.index("Sign off anyway")
    assert record < sign_off
    assert 'class="govuk-button" data-module="govuk-button" href="/readiness/volunteers/' in page[record - 200:record]
    assert "govuk-button--secondary" in page[sign_off - 200:sign_off]
    assert "recorded as an override" in page
    assert "govuk-button--warning" not in page


@override_settings(WAYMARK_CHECKS_WAITING_DAYS=21)
def test_managers_get_one_weekly_email_listing_checks_waiting_too_long(manager, volunteer_user, other_volunteer,
                                                                      mailoutbox):
    dbs = CheckType.objects.get(name="DBS check")
    reference = CheckType.objects.get(name="First reference")
    today = timezone.localdate()
    services.pre_start_check_start(volunteer=volunteer_user, check_type=dbs, started_on=today - timedelta(days=30),
                                   by=manager)
    services.pre_start_check_start(volunteer=other_volunteer, check_type=reference,
                                   started_on=today - timedelta(days=10), requested_from="Pat Lee", by=manager)
    assert waiting_checks_digest_send() == 1
    assert len(mailoutbox) == 1 and mailoutbox[0].to == [manager.email]
    assert "1 pre-start check waiting more than 21 days" in mailoutbox[0].subject
    body = mailoutbox[0].body
    assert volunteer_user.full_name in body and "30 days" in body
    assert other_volunteer.full_name not in body
    # Running again in the same week sends nothing more.
    assert waiting_checks_digest_send() is None
    assert len(mailoutbox) == 1
    assert WaitingChecksDigest.objects.get().checks_listed == 1

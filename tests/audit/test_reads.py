"""Each page that shows someone's 1:1 record or check-in to someone else writes one row."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from audit.models import AccessLog
from people.models import SupervisorAssignment
from supervision import services
from tests.audit.conftest import NOTES, SHARED, WORRIES
from tests.factories import volunteer
from tests.supervision.factories import assign, series

pytestmark = pytest.mark.django_db


def inserts_into_the_log(queries):
    return [q["sql"] for q in queries if q["sql"].startswith('INSERT INTO "audit_accesslog"')]


def the_only_row():
    (row,) = AccessLog.objects.all()
    return row


def assert_no_sensitive_text(row):
    """No column of a log row holds note text, check-in answers or the flag's wording."""
    for field in AccessLog._meta.concrete_fields:
        value = str(getattr(row, field.attname))
        for text in (NOTES, SHARED, WORRIES, "evenings", "brother"):
            assert text not in value, field.name


def test_it_logs_the_supervisor_opening_a_one_to_one_with_exact_fields(client_for, supervisor, volunteer_user,
                                                                       meeting, record):
    url = reverse("supervision:meeting", args=[meeting.pk])
    client = client_for(supervisor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and NOTES in response.content.decode()
    assert len(inserts_into_the_log(queries)) == 1
    row = the_only_row()
    assert (row.actor, row.actor_label, row.subject, row.subject_label) == (
        supervisor, "sue@example.org", volunteer_user, "alice@example.org")
    assert (row.kind, row.object_id, row.outcome, row.method, row.path) == (
        AccessLog.Kind.RECORD, record.pk, AccessLog.Outcome.ALLOWED, "GET", url)
    assert row.at is not None
    assert_no_sensitive_text(row)


def test_it_logs_a_manager_reading_the_notes(client_for, manager, volunteer_user, meeting, record):
    client_for(manager).get(reverse("supervision:meeting", args=[meeting.pk]))
    row = the_only_row()
    assert (row.actor, row.subject, row.kind, row.object_id) == (manager, volunteer_user, "record", record.pk)


def test_it_logs_the_record_form_with_the_notes_in_it(client_for, supervisor, volunteer_user, meeting, record):
    url = reverse("supervision:record", args=[meeting.pk])
    response = client_for(supervisor).get(url)
    assert NOTES in response.content.decode()
    row = the_only_row()
    assert (row.actor, row.subject, row.kind, row.object_id, row.path) == (
        supervisor, volunteer_user, "record", record.pk, url)
    assert_no_sensitive_text(row)


def test_it_does_not_log_saving_the_record_only_the_page_shown_after(client_for, supervisor, meeting, record):
    client = client_for(supervisor)
    url = reverse("supervision:record", args=[meeting.pk])
    response = client.post(url, {"notes": NOTES, "caseload_discussed": "4"})
    assert response.status_code == 302
    assert not AccessLog.objects.exists()


def test_it_logs_the_volunteer_page_once_as_a_page(client_for, supervisor, volunteer_user, record, checkin):
    url = reverse("supervision:volunteer", args=[volunteer_user.pk])
    client = client_for(supervisor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200 and f"{checkin.percentage}%" in response.content.decode()
    assert len(inserts_into_the_log(queries)) == 1
    row = the_only_row()
    assert (row.actor, row.subject, row.kind, row.object_id, row.outcome, row.path) == (
        supervisor, volunteer_user, "page", None, "allowed", url)
    assert_no_sensitive_text(row)


def test_it_logs_a_flag_as_a_read_of_its_check_in(client_for, supervisor, volunteer_user, checkin, flag):
    url = reverse("supervision:flag", args=[flag.pk])
    assert client_for(supervisor).get(url).status_code == 200
    row = the_only_row()
    assert (row.actor, row.subject, row.kind, row.object_id, row.path) == (
        supervisor, volunteer_user, "checkin", checkin.pk, url)
    assert_no_sensitive_text(row)


@pytest.mark.parametrize("url_name", ["supervision:team", "home"])
def test_my_team_logs_one_row_per_supervisee_whose_wellbeing_it_shows_in_one_insert(
    client_for, supervisor, volunteer_user, checkin, url_name
):
    quiet = volunteer(user__full_name="Quiet Volunteer")
    assign(quiet, supervisor)  # no check-in and no flags: nothing of theirs from a check-in is shown
    second = volunteer(user__full_name="Second Volunteer")
    assign(second, supervisor)
    later = services.checkin_submit(volunteer=second, answers={
        "who5_cheerful": 4, "who5_calm": 4, "who5_active": 4, "who5_rested": 4, "who5_interested": 4,
        "caseload": 2, "recovery": 4,
    })
    client = client_for(supervisor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(url_name))
    assert "Quiet Volunteer" in response.content.decode()
    assert len(inserts_into_the_log(queries)) == 1
    rows = {(r.subject, r.kind, r.object_id, r.actor, r.outcome) for r in AccessLog.objects.all()}
    assert rows == {(volunteer_user, "checkin", checkin.pk, supervisor, "allowed"),
                    (second, "checkin", later.pk, supervisor, "allowed")}


def test_everyones_supervision_logs_for_a_manager(client_for, manager, volunteer_user, checkin):
    client_for(manager).get(reverse("supervision:team"))
    row = the_only_row()
    assert (row.actor, row.subject, row.kind, row.object_id) == (manager, volunteer_user, "checkin", checkin.pk)


@pytest.mark.parametrize("where", ["meeting", "mine", "checkin"])
def test_a_volunteer_reading_their_own_data_writes_nothing(client_for, volunteer_user, meeting, record, checkin,
                                                           where):
    url = {"meeting": reverse("supervision:meeting", args=[meeting.pk]), "mine": reverse("supervision:mine"),
           "checkin": reverse("supervision:checkin")}[where]
    response = client_for(volunteer_user).get(url)
    assert response.status_code == 200
    assert not AccessLog.objects.exists()


def test_a_group_meeting_shows_no_record_and_writes_nothing(client_for, supervisor, volunteer_user):
    group = series(supervisor, members=[volunteer_user]).occurrences.first()
    assert client_for(supervisor).get(reverse("supervision:meeting", args=[group.pk])).status_code == 200
    assert not AccessLog.objects.exists()


def test_a_former_supervisor_who_organised_the_meeting_sees_no_notes_and_writes_nothing(
    client_for, supervisor, other_supervisor, volunteer_user, meeting, record
):
    SupervisorAssignment.objects.filter(volunteer=volunteer_user).update(ended_on=meeting.starts_at.date())
    assign(volunteer_user, other_supervisor)
    response = client_for(supervisor).get(reverse("supervision:meeting", args=[meeting.pk]))
    assert response.status_code == 200 and NOTES not in response.content.decode()
    assert not AccessLog.objects.exists()

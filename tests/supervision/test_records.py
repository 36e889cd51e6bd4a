"""Who sees 1:1 notes and actions; attendance; group topics."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision import services
from supervision.models import Action, Attendance, Attendee, Kind, OneToOneRecord
from tests.supervision.factories import assign, local, one_to_one, series

pytestmark = pytest.mark.django_db

START = local(2026, 1, 7, 10)
BEFORE = local(2026, 1, 1, 9)


@pytest.fixture
def past_one_to_one(supervisor, volunteer_user):
    assign(volunteer_user, supervisor, started_on=START.date() - timedelta(days=30))
    made = one_to_one(supervisor, volunteer_user, dtstart=START, now=BEFORE)
    return made.occurrences.order_by("starts_at").first()


def write_record(client, occurrence, **extra):
    data = {"notes": "Finding evenings hard; talked about boundaries with one client.",
            "shared_notes": "Try the evening check-in call.", "caseload_discussed": "4",
            "wellbeing_discussed": "on", **extra}
    return client.post(reverse("supervision:record", args=[occurrence.pk]), data)


def test_it_lets_the_supervisor_write_a_record_with_an_action(client_for, supervisor, volunteer_user,
                                                              past_one_to_one):
    client = client_for(supervisor)
    assert write_record(client, past_one_to_one).status_code == 302
    record = OneToOneRecord.objects.get()
    assert record.caseload_discussed == 4 and record.wellbeing_discussed
    response = client.post(reverse("supervision:action_add", args=[past_one_to_one.pk]), {
        "description": "Ring the evening line once", "owner": str(volunteer_user.pk),
        "due_on": (timezone.localdate() + timedelta(days=7)).isoformat(),
    })
    assert response.status_code == 302
    assert Action.objects.get().owner == volunteer_user


def test_it_needs_what_was_done_about_a_safeguarding_concern(client_for, supervisor, past_one_to_one):
    response = write_record(client_for(supervisor), past_one_to_one, safeguarding_concern="on")
    assert response.status_code == 200
    assert "Say what was done about the safeguarding concern" in response.content.decode()
    assert not OneToOneRecord.objects.exists()


def test_it_shows_notes_to_the_supervisor_and_managers_and_only_shared_notes_and_actions_to_the_volunteer(
    client_for, supervisor, manager, volunteer_user, past_one_to_one
):
    write_record(client_for(supervisor), past_one_to_one)
    record = OneToOneRecord.objects.get()
    Action.objects.create(volunteer=volunteer_user, record=record, description="Ring the evening line",
                          owner=volunteer_user, due_on=timezone.localdate() + timedelta(days=7))
    url = reverse("supervision:meeting", args=[past_one_to_one.pk])
    for person in (supervisor, manager):
        page = client_for(person).get(url).content.decode()
        assert "Finding evenings hard" in page
    page = client_for(volunteer_user).get(url).content.decode()
    assert "Finding evenings hard" not in page
    assert "Try the evening check-in call." in page
    assert "Ring the evening line" in page
    mine = client_for(volunteer_user).get(reverse("supervision:mine")).content.decode()
    assert "Finding evenings hard" not in mine and "Try the evening check-in call." in mine


@pytest.mark.parametrize("persona", ["other_volunteer", "other_supervisor", "trainer"])
def test_it_gives_everyone_else_a_404_for_the_meeting_and_its_record(request, client_for, supervisor,
                                                                     past_one_to_one, persona):
    write_record(client_for(supervisor), past_one_to_one)
    client = client_for(request.getfixturevalue(persona))
    assert client.get(reverse("supervision:meeting", args=[past_one_to_one.pk])).status_code == 404
    assert client.get(reverse("supervision:record", args=[past_one_to_one.pk])).status_code == 404
    response = client.post(reverse("supervision:record", args=[past_one_to_one.pk]), {"notes": "overwritten"})
    assert response.status_code == 404
    assert OneToOneRecord.objects.get().notes.startswith("Finding evenings hard")


def test_it_carries_open_actions_to_the_next_one_to_one_until_done(client_for, supervisor, volunteer_user,
                                                                   past_one_to_one):
    client = client_for(supervisor)
    write_record(client, past_one_to_one)
    action = Action.objects.create(volunteer=volunteer_user, record=OneToOneRecord.objects.get(),
                                   description="Ring the evening line", owner=volunteer_user,
                                   due_on=timezone.localdate())
    second = past_one_to_one.series.occurrences.order_by("starts_at")[1]
    assert "Ring the evening line" in client.get(reverse("supervision:record", args=[second.pk])).content.decode()
    response = client_for(volunteer_user).post(reverse("supervision:action_done", args=[action.pk]))
    assert response.status_code == 302
    assert "Ring the evening line" not in client.get(reverse("supervision:record", args=[second.pk])).content.decode()


def test_it_gives_another_volunteer_a_404_when_marking_an_action_done(client_for, supervisor, volunteer_user,
                                                                       other_volunteer, past_one_to_one):
    action = Action.objects.create(volunteer=volunteer_user, description="x", owner=volunteer_user,
                                   due_on=timezone.localdate())
    assert client_for(other_volunteer).post(reverse("supervision:action_done", args=[action.pk])).status_code == 404
    action.refresh_from_db()
    assert action.done_at is None


def test_it_records_attendance(client_for, supervisor, volunteer_user, past_one_to_one):
    response = client_for(supervisor).post(
        reverse("supervision:attendance", args=[past_one_to_one.pk]),
        {f"person_{volunteer_user.pk}": "attended", f"person_{supervisor.pk}": "attended"},
    )
    assert response.status_code == 302
    assert Attendee.objects.get(occurrence=past_one_to_one, person=volunteer_user).attendance == Attendance.ATTENDED


def test_it_refuses_attendance_from_someone_who_does_not_run_the_meeting(client_for, volunteer_user,
                                                                          past_one_to_one):
    response = client_for(volunteer_user).post(
        reverse("supervision:attendance", args=[past_one_to_one.pk]), {f"person_{volunteer_user.pk}": "attended"}
    )
    assert response.status_code == 404
    assert Attendee.objects.get(occurrence=past_one_to_one, person=volunteer_user).attendance == ""


def test_it_keeps_topics_only_for_group_meetings(client_for, manager, volunteer_user, other_volunteer):
    group = series(manager, members=[volunteer_user, other_volunteer], kind=Kind.PEER_GROUP, dtstart=START,
                   now=BEFORE)
    occurrence = group.occurrences.order_by("starts_at").first()
    client = client_for(manager)
    response = client.post(reverse("supervision:topics", args=[occurrence.pk]), {"topics": "Dealing with lapses"})
    assert response.status_code == 302
    occurrence.refresh_from_db()
    assert occurrence.topics == "Dealing with lapses"
    # A group meeting has no place for notes about a person.
    assert client.get(reverse("supervision:record", args=[occurrence.pk])).status_code == 404
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.one_to_one_record_save(occurrence=occurrence, volunteer=volunteer_user, by=manager, notes="x")

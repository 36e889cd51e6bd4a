from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision.models import Kind, MeetingSeries
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


def apply(client, key, organiser, day, time="13:00"):
    return client.post(reverse("supervision:rhythm_apply", args=[key]), {
        "organiser": organiser.pk, "day": day.isoformat(), "time": time, "skip_bank_holidays": "on",
    })


def test_it_lets_a_manager_apply_the_peer_group_and_information_sharing_in_alternate_weeks(client_for, manager,
                                                                                           volunteer_user):
    client = client_for(manager)
    day = timezone.localdate() + timedelta(days=7)
    assert apply(client, "peer-group", manager, day).status_code == 302
    # The form suggests the week between peer groups for information sharing.
    form = client.get(reverse("supervision:rhythm_apply", args=["information-sharing"])).context["form"]
    suggested = form.initial["day"]
    assert (suggested - day).days % 14 == 7
    assert apply(client, "information-sharing", manager, suggested).status_code == 302
    peer = MeetingSeries.objects.get(kind=Kind.PEER_GROUP)
    info = MeetingSeries.objects.get(kind=Kind.INFORMATION_SHARING)
    assert peer.all_volunteers and peer.rrule == "FREQ=WEEKLY;INTERVAL=2"
    peer_days = {o.starts_at.date() for o in peer.occurrences.all()}
    info_days = {o.starts_at.date() for o in info.occurrences.all()}
    assert not peer_days & info_days
    assert volunteer_user.meeting_places.filter(occurrence__series=peer).exists()


def test_it_creates_a_weekly_one_to_one_for_each_supervisee_one_after_another(client_for, manager, supervisor,
                                                                              volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, supervisor)
    day = timezone.localdate() + timedelta(days=7)
    assert apply(client_for(manager), "weekly-one-to-one", supervisor, day, "10:00").status_code == 302
    made = MeetingSeries.objects.filter(kind=Kind.ONE_TO_ONE).order_by("dtstart")
    assert [timezone.localtime(s.dtstart).strftime("%H:%M") for s in made] == ["10:00", "10:30"]
    assert [list(s.members.all()) for s in made] == [[volunteer_user], [other_volunteer]]


def test_it_creates_nothing_when_someone_is_busy(client_for, manager, supervisor, volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, supervisor)
    day = timezone.localdate() + timedelta(days=7)
    client = client_for(manager)
    apply(client, "team-meeting", manager, day, "10:15")
    before = MeetingSeries.objects.count()
    response = apply(client, "weekly-one-to-one", supervisor, day, "10:00")
    assert response.status_code == 200
    assert "Nothing was saved" in response.content.decode()
    assert MeetingSeries.objects.count() == before


def test_it_hides_templates_from_supervisors(client_for, supervisor):
    assert client_for(supervisor).get(reverse("supervision:rhythm")).status_code == 404


def test_it_lets_a_supervisor_create_a_series_with_a_clear_message_for_a_rule_with_no_dates(client_for, supervisor,
                                                                                            volunteer_user):
    day = timezone.localdate() + timedelta(days=3)
    data = {"kind": Kind.PEER_GROUP, "title": "Walk and talk", "day": day.isoformat(), "time": "15:00",
            "duration_minutes": "60", "rrule": "FREQ=WEEKLY;UNTIL=20200101T000000", "members": [volunteer_user.pk]}
    client = client_for(supervisor)
    response = client.post(reverse("supervision:series_new"), data)
    assert "no meeting dates" in response.content.decode()
    assert not MeetingSeries.objects.exists()
    response = client.post(reverse("supervision:series_new"), {**data, "rrule": "FREQ=WEEKLY;INTERVAL=2"})
    assert response.status_code == 302
    assert MeetingSeries.objects.get().members.get() == volunteer_user


def test_it_gives_another_supervisor_a_404_for_editing_a_series(client_for, supervisor, other_supervisor):
    from tests.supervision.factories import series

    made = series(supervisor, title="Mine")
    response = client_for(other_supervisor).post(reverse("supervision:series_edit", args=[made.pk]),
                                                 {"title": "Theirs"})
    assert response.status_code == 404
    made.refresh_from_db()
    assert made.title == "Mine"

"""A group series' people change from a date on; earlier meetings and attendance stay."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from supervision import services
from supervision.models import Attendance, Attendee, Kind, Occurrence
from tests.supervision.factories import assign, next_weekday_at, one_to_one, series

pytestmark = pytest.mark.django_db


@pytest.fixture
def group(supervisor, volunteer_user):
    made = series(supervisor, members=[volunteer_user], kind=Kind.PEER_GROUP, dtstart=next_weekday_at(2, 14),
                  title="Peer group")
    # The first meeting already happened, and she attended it.
    first = made.occurrences.order_by("starts_at").first()
    past = timezone.now() - timedelta(days=7)
    Occurrence.objects.filter(pk=first.pk).update(starts_at=past, ends_at=past + timedelta(hours=1))
    Attendee.objects.filter(occurrence=first).update(starts_at=past, ends_at=past + timedelta(hours=1),
                                                     attendance=Attendance.ATTENDED)
    return made


def places(person, series):
    return Attendee.objects.filter(person=person, occurrence__series=series)


def test_it_adds_and_removes_people_from_a_date_on_and_keeps_the_past(client_for, supervisor, volunteer_user,
                                                                     other_volunteer, group):
    from_day = timezone.localdate() + timedelta(days=25)
    client = client_for(supervisor)
    response = client.post(reverse("supervision:series_members", args=[group.pk]),
                           {"members": [other_volunteer.pk], "from_day": from_day.isoformat()})
    assert response.status_code == 302
    boundary = timezone.make_aware(timezone.datetime.combine(from_day, timezone.datetime.min.time()))
    # Alice keeps her past attendance and the meetings before the date, and has none after it.
    assert places(volunteer_user, group).filter(attendance=Attendance.ATTENDED).count() == 1
    assert places(volunteer_user, group).filter(starts_at__gt=timezone.now(), starts_at__lt=boundary).exists()
    assert not places(volunteer_user, group).filter(starts_at__gte=boundary).exists()
    # Bea is in every meeting from the date on, and in none before it.
    assert places(other_volunteer, group).filter(starts_at__gte=boundary).count() == \
        group.occurrences.filter(starts_at__gte=boundary).count()
    assert not places(other_volunteer, group).filter(starts_at__lt=boundary).exists()
    assert list(group.members.all()) == [other_volunteer]
    # Meetings stored later follow the new list.
    services.occurrences_materialise(series=group, until=timezone.now() + timedelta(weeks=20), strict=False)
    latest = group.occurrences.order_by("-starts_at").first()
    assert set(latest.attendees.values_list("person_id", flat=True)) == {supervisor.pk, other_volunteer.pk}


def test_a_clash_for_someone_added_saves_nothing(supervisor, other_supervisor, volunteer_user, other_volunteer,
                                                 group):
    coming = group.occurrences.filter(starts_at__gt=timezone.now()).order_by("starts_at")[1]
    series(other_supervisor, members=[other_volunteer], dtstart=coming.starts_at, rrule="FREQ=DAILY;COUNT=1",
           title="Busy")
    with pytest.raises(ValidationError, match="Busy"):
        services.series_members_change(series=group, members=[volunteer_user, other_volunteer],
                                       from_day=timezone.localdate(), by=supervisor)
    assert not places(other_volunteer, group).exists()
    assert list(group.members.all()) == [volunteer_user]


def test_a_one_to_one_keeps_its_two_people(client_for, supervisor, volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    made = one_to_one(supervisor, volunteer_user)
    with pytest.raises(ValidationError, match="between two people"):
        services.series_members_change(series=made, members=[other_volunteer], from_day=timezone.localdate(),
                                       by=supervisor)
    assert client_for(supervisor).get(reverse("supervision:series_members", args=[made.pk])).status_code == 404


def test_only_the_organiser_or_a_manager_changes_the_people(client_for, other_supervisor, volunteer_user, group):
    response = client_for(other_supervisor).post(reverse("supervision:series_members", args=[group.pk]),
                                                 {"members": [], "from_day": timezone.localdate().isoformat()})
    assert response.status_code == 404
    assert list(group.members.all()) == [volunteer_user]

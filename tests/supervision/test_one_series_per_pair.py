"""A supervisor has at most one live weekly 1:1 series with each volunteer."""

from datetime import time, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from supervision import services
from supervision.models import Attendance, Attendee, Kind, MeetingSeries, Occurrence
from tests.supervision.factories import assign, free_all_week, next_weekday_at

pytestmark = pytest.mark.django_db


def slot(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))
    return services.one_to_one_book(supervisor=supervisor, volunteer=volunteer_user,
                                    starts_at=next_weekday_at(0, 10), by=supervisor)


def test_it_refuses_a_second_weekly_series_for_the_same_two_people(booked, client_for, supervisor, volunteer_user):
    other_time = next_weekday_at(2, 11)
    url = reverse("supervision:book", args=[volunteer_user.pk])
    with pytest.raises(Exception, match="already booked"):
        services.one_to_one_book(supervisor=supervisor, volunteer=volunteer_user, starts_at=other_time, by=supervisor)
    # The page offers to change the live series instead of booking a second one.
    page = client_for(supervisor).get(url + f"?from={other_time.date()}").content.decode()
    assert "Change the day or time" in page and "Book weekly 1:1s</button>" not in page
    assert "every Monday at 10:00" in page
    person_page = client_for(supervisor).get(reverse("supervision:volunteer", args=[volunteer_user.pk]))
    assert "Change the day or time" in person_page.content.decode()
    assert MeetingSeries.objects.filter(kind=Kind.ONE_TO_ONE).count() == 1


def test_the_database_itself_refuses_a_second_live_series(booked, supervisor, volunteer_user):
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingSeries.objects.create(kind=Kind.ONE_TO_ONE, title="Again", organiser=supervisor,
                                     one_to_one_with=volunteer_user, dtstart=booked.dtstart, rrule="FREQ=WEEKLY")


def test_it_changes_the_day_or_time_from_the_next_one_on_and_keeps_the_past(
    booked, client_for, supervisor, volunteer_user, mailoutbox, django_capture_on_commit_callbacks
):
    # The first 1:1 happened (moved into the past) and was recorded as attended.
    first = booked.occurrences.order_by("starts_at").first()
    past = timezone.now() - timedelta(days=3)
    Occurrence.objects.filter(pk=first.pk).update(starts_at=past, ends_at=past + timedelta(minutes=30))
    Attendee.objects.filter(occurrence=first).update(starts_at=past, ends_at=past + timedelta(minutes=30),
                                                     attendance=Attendance.ATTENDED)
    new_time = next_weekday_at(2, 11)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(supervisor).post(
            reverse("supervision:book", args=[volunteer_user.pk]) + f"?from={new_time.date()}",
            {"slot": slot(new_time)},
        )
    assert response.status_code == 302
    live = MeetingSeries.objects.live().get(kind=Kind.ONE_TO_ONE)
    assert live.pk != booked.pk and live.one_to_one_with == volunteer_user
    coming = Occurrence.objects.filter(series__kind=Kind.ONE_TO_ONE, starts_at__gt=timezone.now(), cancelled_at=None)
    assert {timezone.localtime(o.starts_at).strftime("%a %H:%M") for o in coming} == {"Wed 11:00"}
    assert Attendee.objects.get(occurrence=first, person=volunteer_user).attendance == Attendance.ATTENDED
    assert sorted(m.to[0] for m in mailoutbox) == sorted([supervisor.email, volunteer_user.email])


def test_after_cancelling_all_following_a_new_series_can_be_booked(booked, supervisor, volunteer_user):
    first = booked.occurrences.order_by("starts_at").first()
    services.series_cancel_following(occurrence=first, by=supervisor)
    made = services.one_to_one_book(supervisor=supervisor, volunteer=volunteer_user,
                                    starts_at=next_weekday_at(3, 9), by=supervisor)
    assert MeetingSeries.objects.live().filter(kind=Kind.ONE_TO_ONE).get() == made

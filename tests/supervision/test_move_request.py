from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision.models import MoveRequest
from tests.supervision.factories import assign, free_all_week, next_weekday_at, one_to_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))
    made = one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))
    return made.occurrences.order_by("starts_at").first()


def slot(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def test_it_lets_a_volunteer_ask_and_the_supervisor_accept_and_tells_both(
    client_for, supervisor, volunteer_user, booked, mailoutbox, django_capture_on_commit_callbacks
):
    wanted = booked.starts_at + timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(volunteer_user).post(reverse("supervision:ask_to_move", args=[booked.pk]),
                                                   {"slot": slot(wanted), "reason": "Hospital appointment"})
    assert response.status_code == 302
    assert {m.to[0] for m in mailoutbox} == {supervisor.email, volunteer_user.email}
    move = MoveRequest.objects.get()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(supervisor).post(reverse("supervision:move_request", args=[move.pk]),
                                               {"answer": "accept"})
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.starts_at == wanted
    assert booked.attendees.filter(starts_at=wanted).count() == 2
    assert {m.to[0] for m in mailoutbox} == {supervisor.email, volunteer_user.email}


def test_it_lets_the_supervisor_offer_another_slot(client_for, supervisor, volunteer_user, booked):
    move = MoveRequest.objects.create(occurrence=booked, requested_by=volunteer_user,
                                      wanted_start=booked.starts_at + timedelta(days=1))
    offered = booked.starts_at + timedelta(days=2, hours=1)
    local = timezone.localtime(offered)
    response = client_for(supervisor).post(reverse("supervision:move_request", args=[move.pk]), {
        "answer": "offer", "day": local.date().isoformat(), "time": local.strftime("%H:%M"),
    })
    assert response.status_code == 302
    booked.refresh_from_db()
    move.refresh_from_db()
    assert booked.starts_at == offered and move.state == MoveRequest.State.OFFERED


def test_it_refuses_a_time_the_supervisor_is_not_free(client_for, volunteer_user, booked):
    response = client_for(volunteer_user).post(reverse("supervision:ask_to_move", args=[booked.pk]),
                                               {"slot": slot(next_weekday_at(1, 15))})
    assert response.status_code == 200
    assert not MoveRequest.objects.exists()


def test_it_gives_another_volunteer_and_supervisor_a_404(client_for, other_volunteer, other_supervisor, booked,
                                                          volunteer_user):
    wanted = slot(booked.starts_at + timedelta(days=1))
    response = client_for(other_volunteer).post(reverse("supervision:ask_to_move", args=[booked.pk]),
                                                {"slot": wanted})
    assert response.status_code == 404
    move = MoveRequest.objects.create(occurrence=booked, requested_by=volunteer_user,
                                      wanted_start=booked.starts_at + timedelta(days=1))
    response = client_for(other_supervisor).post(reverse("supervision:move_request", args=[move.pk]),
                                                 {"answer": "accept"})
    assert response.status_code == 404
    move.refresh_from_db()
    assert move.state == MoveRequest.State.OPEN


def test_it_lets_the_supervisor_move_and_cancel_from_the_meeting_page(client_for, supervisor, booked,
                                                                      other_supervisor):
    later = timezone.localtime(booked.starts_at + timedelta(hours=1))
    url = reverse("supervision:move", args=[booked.pk])
    data = {"day": later.date().isoformat(), "time": later.strftime("%H:%M"), "scope": "one"}
    assert client_for(other_supervisor).post(url, data).status_code == 404
    assert client_for(supervisor).post(url, data).status_code == 302
    booked.refresh_from_db()
    assert timezone.localtime(booked.starts_at).hour == 11
    response = client_for(supervisor).post(reverse("supervision:cancel", args=[booked.pk]), {"scope": "one"})
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.is_cancelled

"""At most one open "ask to move" request per meeting, even when several are sent at once."""

from datetime import time, timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, connection
from django.urls import reverse
from django.utils import timezone

from supervision.models import MoveRequest
from tests.races import post_in_parallel
from tests.supervision.factories import assign, ensure_migration_data, free_all_week, next_weekday_at, one_to_one


def _booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))
    made = one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))
    return made.occurrences.order_by("starts_at").first()


@pytest.mark.django_db
def test_the_database_refuses_a_second_open_request_for_one_meeting(supervisor, volunteer_user):
    booked = _booked(supervisor, volunteer_user)
    wanted = booked.starts_at + timedelta(days=1)
    MoveRequest.objects.create(occurrence=booked, requested_by=volunteer_user, wanted_start=wanted)
    with pytest.raises(IntegrityError, match="supervision_one_open_move_request|supervision_moverequest.occurrence"):
        MoveRequest.objects.create(occurrence=booked, requested_by=volunteer_user, wanted_start=wanted)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_keeps_one_open_request_and_one_set_of_emails_when_six_are_sent_at_once(supervisor, volunteer_user):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    ensure_migration_data()
    booked = _booked(supervisor, volunteer_user)
    wanted = timezone.localtime(booked.starts_at + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    results = post_in_parallel(volunteer_user, reverse("supervision:ask_to_move", args=[booked.pk]),
                               lambda n: {"slot": wanted, "reason": f"Appointment {n}"}, 6)
    statuses = sorted(status for status, _location, _body in results)
    assert statuses == [200] * 5 + [302]
    for status, _location, body in results:
        if status == 200:
            assert "You have already asked to move this 1:1" in body
    assert MoveRequest.objects.filter(occurrence=booked, state=MoveRequest.State.OPEN).count() == 1
    # The supervisor and the volunteer are told once each.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([supervisor.email, volunteer_user.email])

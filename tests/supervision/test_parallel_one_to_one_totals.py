"""Attendance marked at the same moment at several of one person's 1:1s leaves their running
totals right (PostgreSQL only: SQLite runs one writer at a time)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from people.roles import Role
from supervision import services
from supervision.models import Attendance, Attendee
from tests.factories import UserFactory, volunteer
from tests.races import all_at_once
from tests.supervision.factories import one_to_one
from tests.supervision.test_one_to_one_totals import from_scratch, kept

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")


def test_attendance_marked_at_once_at_several_of_a_persons_1_to_1s_is_all_counted():
    boss, person = UserFactory(roles=[Role.SUPERVISOR]), volunteer()
    made = one_to_one(boss, person, dtstart=datetime(2025, 1, 6, 10, tzinfo=LONDON),
                      now=datetime(2025, 1, 1, 9, tzinfo=LONDON))
    meetings = list(made.occurrences.order_by("starts_at")[:4])

    def attended(meeting):
        services.attendance_record(occurrence=meeting, marks={person.pk: Attendance.ATTENDED}, by=boss,
                                   now=datetime(2025, 6, 1, 9, tzinfo=LONDON))

    all_at_once(attended, meetings)
    assert kept() == from_scratch()
    last = Attendee.objects.filter(person=person).order_by("-starts_at").first()
    assert last.held_so_far == 4

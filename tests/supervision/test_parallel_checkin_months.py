"""Check-ins sent at the same moment each count once in their month, and a person once, and
each person keeps one latest check-in (PostgreSQL only: SQLite runs one writer at a time)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from supervision import services
from supervision.models import CheckIn, CheckInMonth, LatestCheckIn
from supervision.services.checkin_months import _counted
from tests.factories import volunteer
from tests.races import all_at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")


def test_parallel_checkins_by_the_same_and_other_people_are_each_counted_once():
    same, others = volunteer(), [volunteer() for _ in range(3)]
    senders = [same, same, same, *others]
    when = datetime(2026, 3, 10, 9, tzinfo=ZoneInfo("Europe/London"))
    answers = {**dict.fromkeys(CheckIn.ITEM_FIELDS, 3), "caseload": 1, "recovery": 3}
    all_at_once(lambda person: services.checkin_submit(volunteer=person, answers=answers, now=when), senders)
    row = CheckInMonth.objects.get()
    assert (row.checkins, row.people) == (6, 4)
    assert {row.month: {"checkins": 6, "items": 90, "people": 4}} == _counted(CheckIn.objects.all())
    # Each person's latest check-in is kept once: for three sent at the same moment, the last saved.
    kept = dict(LatestCheckIn.objects.values_list("volunteer_id", "checkin_id"))
    assert kept == {person.pk: CheckIn.objects.filter(volunteer=person).latest("id").pk for person in [same, *others]}

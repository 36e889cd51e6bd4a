"""Each person's latest check-in is kept as check-ins come and go (supervision/services/
latest_checkins.py), and the funder report's latest check-ins read from it are exactly what
asking the check-ins themselves gives, for a period running to today or one in the past."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from privacy import retention
from supervision import services
from supervision.figures import latest_checkins
from supervision.models import CheckIn, LatestCheckIn
from tests.factories import volunteer
from tests.supervision.test_checkin_months import at as _at
from tests.supervision.test_checkin_months import send as _send

pytestmark = pytest.mark.django_db

def _kept(person):
    return LatestCheckIn.objects.filter(volunteer=person).values_list("checkin_id", "who5", "caseload").first()


def _asked_of_the_checkins(start_at, end_at):
    """The figure worked out the plain way, person by person in Python."""
    latest = {}
    for checkin in CheckIn.objects.filter(submitted_at__gte=start_at, submitted_at__lt=end_at).order_by(
        "submitted_at", "id"
    ):
        latest[checkin.volunteer_id] = (checkin.percentage, checkin.caseload)
    counted = {}
    for pair in latest.values():
        counted[pair] = counted.get(pair, 0) + 1
    return sorted(({"who5": who5, "caseload": caseload, "people": n} for (who5, caseload), n in counted.items()),
                  key=lambda row: (row["who5"], row["caseload"]))


def test_the_kept_row_is_the_latest_by_time_sent_whatever_order_they_arrive_in():
    person = volunteer()
    later = _send(person, _at(2026, 3, 10, 9), score=4, caseload=5)
    assert _kept(person) == (later.pk, 80, 5)
    _send(person, _at(2026, 3, 3, 9), score=1, caseload=1)  # sent later, dated earlier
    assert _kept(person) == (later.pk, 80, 5)
    same_moment = _send(person, _at(2026, 3, 10, 9), score=2, caseload=0)
    assert _kept(person) == (same_moment.pk, 40, 0), "at the same moment, the higher id is the later, as reports order"


def test_deleting_the_latest_check_in_deletes_its_row_and_the_rebuild_finds_the_one_before():
    person = volunteer()
    before = _send(person, _at(2026, 3, 3, 9), score=1)
    latest = _send(person, _at(2026, 3, 10, 9))
    assert services.latest_checkins_rebuild() == 0
    latest.delete()
    assert _kept(person) is None
    assert services.latest_checkins_rebuild() == 1
    assert _kept(person) == (before.pk, 20, 2)


def test_the_rebuild_command_puts_right_rows_saved_in_bulk(capsys):
    person = volunteer()
    CheckIn.objects.bulk_create([CheckIn(volunteer=person, submitted_at=_at(2026, 3, 3, 9), caseload=7, recovery=3,
                                         **dict.fromkeys(CheckIn.ITEM_FIELDS, 5))])
    assert _kept(person) is None
    call_command("checkin_months_rebuild")
    assert "Latest check-ins found again; 1 were out of date." in capsys.readouterr().out
    assert _kept(person)[1:] == (100, 7)


def test_the_retention_sweep_leaves_rows_only_for_people_with_check_ins_left():
    gone, staying = volunteer(), volunteer()
    _send(gone, _at(2020, 1, 6, 9))
    _send(staying, _at(2020, 1, 6, 9))
    recent = _send(staying, timezone.now() - timedelta(days=3))
    retention.checkins(cutoff=_at(2021, 1, 1), now=timezone.now())
    assert _kept(gone) is None
    assert _kept(staying)[0] == recent.pk
    assert services.latest_checkins_rebuild() == 0


@pytest.mark.parametrize("period", ["running to today", "in the past", "before anyone checked in"])
def test_the_report_figure_is_what_the_check_ins_themselves_give(period):
    now = timezone.now()
    people = [volunteer() for _ in range(4)]
    # Alice: weekly for ten weeks; Bob: once, long ago; Cara: twice this month, same day;
    # Dan: never.
    for week in range(10):
        _send(people[0], now - timedelta(weeks=week, hours=1), score=week % 6, caseload=week)
    _send(people[1], now - timedelta(days=200), score=2)
    _send(people[2], now - timedelta(days=2, hours=3), score=5, caseload=1)
    _send(people[2], now - timedelta(days=2, hours=3), score=0, caseload=9)
    start_at, end_at = {
        "running to today": (now - timedelta(days=90), now + timedelta(days=1)),
        "in the past": (now - timedelta(weeks=7), now - timedelta(weeks=4)),
        "before anyone checked in": (now - timedelta(days=900), now - timedelta(days=800)),
    }[period]
    assert latest_checkins(start_at=start_at, end_at=end_at) == _asked_of_the_checkins(start_at, end_at)


def test_a_period_running_to_today_asks_no_check_in_person_by_person(django_assert_num_queries):
    now = timezone.now()
    for person in [volunteer() for _ in range(3)]:
        _send(person, now - timedelta(days=1))
    with django_assert_num_queries(1) as captured:
        rows = latest_checkins(start_at=now - timedelta(days=90), end_at=now + timedelta(days=1))
    assert rows == [{"who5": 60, "caseload": 2, "people": 3}]
    # The probe is only in the branch for people whose latest check-in is after the period.
    assert "CASE WHEN" in captured.captured_queries[0]["sql"]

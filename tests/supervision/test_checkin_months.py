"""The check-in months the funder report reads always equal the months counted again from
the check-ins, whatever happened to the check-ins (supervision/services/checkin_months.py)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from privacy import retention
from privacy.services import person_erase
from readiness import reports
from readiness.reports import Period
from supervision import services
from supervision.figures import checkins_by_month
from supervision.models import CheckIn, CheckInMonth
from supervision.services.checkin_months import _counted
from tests.factories import volunteer

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")


def at(*parts):
    return datetime(*parts, tzinfo=LONDON)


def send(person, when, score=3, caseload=2):
    answers = {**dict.fromkeys(CheckIn.ITEM_FIELDS, score), "caseload": caseload, "recovery": 3}
    return services.checkin_submit(volunteer=person, answers=answers, now=when)


def kept():
    return {row.pop("month"): row for row in CheckInMonth.objects.values("month", "checkins", "items", "people")}


def from_scratch():
    return _counted(CheckIn.objects.all())


def test_it_counts_a_new_checkin_in_its_month_and_a_person_once_a_month():
    person, other = volunteer(), volunteer()
    send(person, at(2026, 3, 2, 9), score=2)
    send(person, at(2026, 3, 9, 9), score=4)
    send(other, at(2026, 3, 9, 10), score=5)
    assert kept() == from_scratch() == {date(2026, 3, 1): {"checkins": 3, "items": 55, "people": 2}}


def test_a_checkin_in_the_first_hour_of_a_summer_month_counts_in_that_month():
    # 00:30 on 1 July in London is 23:30 on 30 June in UTC.
    person = volunteer()
    send(person, at(2026, 7, 1, 0, 30))
    send(person, at(2026, 6, 30, 23, 30))
    assert kept() == from_scratch()
    assert set(kept()) == {date(2026, 6, 1), date(2026, 7, 1)}


def test_erasing_a_person_keeps_their_scores_counted():
    person = volunteer()
    send(person, at(2026, 3, 2, 9))
    person_erase(person=person, by=None, now=at(2026, 4, 1, 9))
    assert kept() == from_scratch() == {date(2026, 3, 1): {"checkins": 1, "items": 15, "people": 1}}


def test_the_retention_sweep_counts_the_months_it_deleted_from_again():
    person, other = volunteer(), volunteer()
    for day in (1, 10, 20):
        send(person, at(2024, 5, day, 9))
    send(other, at(2024, 5, 25, 9))
    send(person, at(2024, 4, 3, 9))
    send(person, at(2024, 6, 3, 9))
    retention.checkins(at(2024, 5, 15, 12), at(2026, 5, 15, 12))
    assert kept() == from_scratch() == {
        date(2024, 5, 1): {"checkins": 2, "items": 30, "people": 2},
        date(2024, 6, 1): {"checkins": 1, "items": 15, "people": 1},
    }


def test_the_rebuild_finds_nothing_to_put_right_when_kept_up_to_date_and_puts_right_what_drifted():
    person = volunteer()
    send(person, at(2026, 3, 2, 9))
    send(person, at(2026, 4, 2, 9))
    assert services.checkin_months_rebuild() == 0
    CheckInMonth.objects.filter(month=date(2026, 3, 1)).update(people=7)
    CheckIn.objects.filter(submitted_at__gte=at(2026, 4, 1)).delete()
    assert services.checkin_months_rebuild() == 2
    assert kept() == from_scratch()


def test_the_months_of_a_period_are_those_counted_from_its_checkins_at_both_partial_ends():
    people = [volunteer() for _ in range(3)]
    for n, person in enumerate(people):
        for day in range(0, 120, 5):
            send(person, at(2026, 1, 3, 8) + timedelta(days=day, hours=n), score=n + 1)
    start_at, end_at = at(2026, 1, 17), at(2026, 4, 12)
    assert checkins_by_month(start_at=start_at, end_at=end_at) == _counted(
        CheckIn.objects.filter(submitted_at__gte=start_at, submitted_at__lt=end_at)
    )


def test_the_report_trend_reads_the_kept_months_as_the_checkins_would_give_them():
    people = [volunteer() for _ in range(6)]
    for n, person in enumerate(people):
        send(person, at(2026, 2, 10, 9), score=n % 6)
        send(person, at(2026, 3, 10, 9), score=5)
    trend = reports.wellbeing(Period(date(2026, 2, 1), date(2026, 3, 31)))["trend"]
    assert [(row["month"], row["average"], row["people"]) for row in trend] == [
        (date(2026, 2, 1), 50.0, 6), (date(2026, 3, 1), 100.0, 6),
    ]


def test_each_persons_latest_checkin_in_the_period_is_the_one_counted():
    person = volunteer()
    send(person, timezone.now() - timedelta(days=20), score=5, caseload=1)
    send(person, timezone.now() - timedelta(days=3), score=1, caseload=9)
    today = timezone.localdate()
    latest = reports.wellbeing(Period(today - timedelta(days=10), today))["latest"]
    assert latest == [{"who5": 20, "caseload": 9, "people": 1}]
    earlier = reports.wellbeing(Period(today - timedelta(days=30), today - timedelta(days=10)))["latest"]
    assert earlier == [{"who5": 100, "caseload": 1, "people": 1}]

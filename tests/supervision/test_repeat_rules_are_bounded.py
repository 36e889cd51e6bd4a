"""A repeat rule can never keep a worker busy: only the rules Waymark offers are accepted,
typed or stored, and every expansion stops after a bounded number of dates and at the last
date a person may type."""

import time
from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from supervision import recurrence, services
from supervision.models import MeetingSeries
from tests.supervision.factories import local, series

pytestmark = pytest.mark.django_db

NOT_OFFERED = [
    "FREQ=SECONDLY",
    "FREQ=MINUTELY",
    "FREQ=HOURLY",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=WEEKLY;INTERVAL=999999999",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=31",
    "FREQ=WEEKLY;BYSETPOS=1",
    "FREQ=WEEKLY;COUNT=100000000",
    "FREQ=WEEKLY;UNTIL=99991231",
    "FREQ=WEEKLY;BYDAY=XX",
    "FREQ=WEEKLY;BYDAY=MO,MO",
    "FREQ=WEEKLY;FREQ=DAILY",
    "FREQ=WEEKLY;COUNT=3;UNTIL=20301231",
    "FREQ=WEEKLY;DTSTART=20000101T000000",
    "FREQ=WEEKLY;;INTERVAL=2",
]
OFFERED = [
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;INTERVAL=2",
    "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=WEEKLY;BYDAY=TU",
    "FREQ=DAILY;COUNT=3",
    "FREQ=MONTHLY",
    "FREQ=WEEKLY;UNTIL=20991231",
    "rrule: freq=weekly; interval=4",
]


@pytest.mark.parametrize("rule", NOT_OFFERED)
def test_it_refuses_a_rule_the_product_does_not_offer_at_once(rule):
    started = time.monotonic()
    with pytest.raises(ValidationError) as refused:
        recurrence.normalise_rule(rule)
    assert time.monotonic() - started < 1
    assert "FREQ=WEEKLY" in refused.value.messages[0]


@pytest.mark.parametrize("rule", OFFERED)
def test_it_accepts_the_rules_the_form_shows(rule, supervisor):
    now = local(2026, 1, 5, 9)
    made = series(supervisor, rrule=rule, dtstart=local(2026, 1, 7, 10), now=now)
    assert made.occurrences.exists()


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=0", "FREQ=WEEKLY;BYDAY=1MO"])
def test_the_series_form_says_what_is_wrong_and_saves_nothing(rule, client, supervisor):
    client.force_login(supervisor)
    day = timezone.localdate() + timedelta(days=3)
    started = time.monotonic()
    response = client.post(reverse("supervision:series_new"), {
        "kind": "peer_group", "title": "Evening group", "day": day.isoformat(), "time": "19:00",
        "duration_minutes": "60", "rrule": rule,
    })
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert "Waymark cannot use that repeat rule" in str(response.context["form"].errors["rrule"])
    assert not MeetingSeries.objects.exists()


def test_a_stored_rule_that_is_not_offered_costs_nothing_and_stops_nothing_else(supervisor, other_supervisor):
    now = timezone.now()
    bad = series(supervisor, dtstart=now + timedelta(days=2))
    good = series(other_supervisor, dtstart=now + timedelta(days=2))
    MeetingSeries.objects.filter(pk=bad.pk).update(rrule="FREQ=SECONDLY", materialised_until=None)
    MeetingSeries.objects.filter(pk=good.pk).update(materialised_until=None)
    good.occurrences.all().delete()
    started = time.monotonic()
    services.series_extend_all(now=now)
    assert time.monotonic() - started < 5
    assert good.occurrences.exists()


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=abc", "nonsense"])
def test_pages_showing_a_stored_rule_that_is_not_offered_still_open(client, supervisor, rule):
    made = series(supervisor, dtstart=timezone.now() + timedelta(days=2))
    MeetingSeries.objects.filter(pk=made.pk).update(rrule=rule)
    client.force_login(supervisor)
    assert client.get(reverse("supervision:series_list")).status_code == 200
    assert client.get(reverse("supervision:series_edit", args=[made.pk])).status_code == 200


def test_it_describes_the_weekday_rule_the_form_suggests():
    assert recurrence.describe("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR") == "Every weekday"


def test_every_expansion_stops_at_the_last_date_a_person_may_type(supervisor):
    starts = recurrence.starts_between(
        rule="FREQ=DAILY", dtstart=local(2100, 12, 1, 10), after=local(2100, 11, 30), until=local(2100, 12, 31, 23),
        skip_bank_holidays=False,
    )
    assert len(starts) == 31
    # A series stored with a start far in the future (before dates were checked) gives nothing, quickly.
    far = recurrence.localise(datetime(9999, 12, 1, 10))
    started = time.monotonic()
    assert recurrence.first_start_after(rule="FREQ=WEEKLY", dtstart=far, after=far, skip_bank_holidays=False) is None
    assert recurrence.count_from(rule="FREQ=WEEKLY;COUNT=5", dtstart=far, moment=far) == 0
    assert time.monotonic() - started < 1


def test_an_expansion_looks_at_a_bounded_number_of_dates(monkeypatch):
    monkeypatch.setattr(recurrence, "MAX_DATES_LOOKED_AT", 10)
    starts = recurrence.starts_between(
        rule="FREQ=DAILY", dtstart=local(2026, 1, 1, 10), after=local(2025, 12, 31), until=local(2026, 12, 31),
        skip_bank_holidays=False,
    )
    assert len(starts) == 10

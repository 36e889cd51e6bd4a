"""The funders' report protects people where it matters and shows the rest in full."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from readiness import reports
from readiness.protection import average, protect
from readiness.reports import Period
from tests.factories import volunteer
from tests.readiness import helpers
from tests.readiness.test_reports import _checkin

pytestmark = pytest.mark.django_db


def test_a_single_hidden_count_takes_the_next_smallest_with_it():
    assert protect([6, 2, 0, 7]) == ["not shown", "fewer than 5", 0, 7]
    # Two hidden already: neither can be worked out from the total.
    assert protect([6, 2, 3, 7]) == [6, "fewer than 5", "fewer than 5", 7]
    assert protect([0, 9, 0]) == [0, 9, 0]
    assert protect([3, 0]) == ["fewer than 5", 0]


def test_an_average_needs_five_people_and_says_why_not():
    assert average(40, 5) == 8.0
    assert average(12, 3) == "not shown (fewer than 5 people)"
    assert average(0, 0) == "no one to count"


def _report_csv(client, start, end):
    response = client.get(reverse("readiness:reports_csv"), {"start": start.isoformat(), "end": end.isoformat()})
    return list(csv.reader(io.StringIO(response.content.decode())))


def _section(rows, heading, total_label):
    """The cells of one protected group in the CSV, up to its total."""
    start = next(i for i, row in enumerate(rows) if row and row[0] == heading)
    cells = []
    for row in rows[start + 1:]:
        if row[0] == total_label:
            return cells, row[1]
        cells.append(row[1])
    raise AssertionError(f"no total for {heading}")


def test_no_hidden_count_can_be_worked_out_from_the_page_or_csv(client_for, manager, trainer):
    helpers.learning()
    people = [volunteer() for _ in range(8)]
    for person in people[:6]:
        _checkin(person, caseload=3, score=4)  # 80%, caseload 1–3
    _checkin(people[6], caseload=12, score=1)  # 20%, over the cap: alone in both groups
    helpers.finish_course(people[7], trainer)  # one person trained: shown, not health data
    today = timezone.localdate()
    client = client_for(manager)
    rows = _report_csv(client, today - timedelta(days=30), today)
    for heading in ("Wellbeing (WHO-5, latest check-in)", "Caseload (latest check-in)"):
        cells, total = _section(rows, heading, "All who checked in")
        assert total == "7"
        hidden = [cell for cell in cells if not cell.isdigit()]
        # None, or at least two: never exactly one that the total would give away.
        assert len(hidden) != 1, (heading, cells)
        assert "fewer than 5" in hidden
    training = next(row for row in rows if row and row[0] == "Professional boundaries")
    assert training[1] == "1"  # completed in the period, though only one person
    assert ["Average caseload", "4.3"] in rows  # (6 × 3 + 12) / 7 people
    page = client.get(reverse("readiness:reports"), {"start": (today - timedelta(days=30)).isoformat(),
                                                     "end": today.isoformat()}).content.decode()
    assert "How numbers are protected" in page and "fewer than 5" in page and "not shown" in page
    assert any(row and row[0] == "How numbers are protected" for row in rows)


def test_averages_rest_on_five_people_and_empty_months_say_so(manager):
    people = [volunteer() for _ in range(3)]
    for person in people:
        _checkin(person, caseload=2, score=3)
    today = timezone.localdate()
    period = Period(today.replace(day=1) - timedelta(days=40), today)
    data = reports.report(period)
    assert data["caseloads"]["average"] == "not shown (fewer than 5 people)"
    trend = {row["month"]: row["shown"] for row in data["wellbeing"]["trend"]}
    assert trend[today.replace(day=1)] == "not shown (fewer than 5 people)"
    assert trend[period.start.replace(day=1)] == "no one to count"


def test_charts_draw_bars_with_full_labels_and_a_table_beside_them(client_for, manager, trainer):
    helpers.learning()
    for person in [volunteer() for _ in range(2)]:
        helpers.finish_course(person, trainer)
    today = timezone.localdate()
    page = client_for(manager).get(reverse("readiness:reports"), {
        "start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()}).content.decode()
    chart = page.split('class="waymark-bars"', 1)[1].split("</figure>", 1)[0]
    assert 'width="100"' in chart  # the largest bar fills its track
    assert "Professional boundaries" in chart
    table = page.split("</figure>", 1)[1].split("</table>", 1)[0]
    assert "Professional boundaries" in table and "2 of 2 (100%)" in table

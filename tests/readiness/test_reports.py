import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from people.roles import Role
from readiness import reports
from readiness.reports import Period, csv_safe, suppress
from supervision import services as supervision_services
from tests.courses import factories as courses
from tests.factories import UserFactory, volunteer
from tests.readiness import helpers

pytestmark = pytest.mark.django_db

ANSWERS = {"who5_cheerful": 3, "who5_calm": 3, "who5_active": 3, "who5_rested": 3, "who5_interested": 3}


def _checkin(person, caseload=3, score=3):
    answers = {
        **{k: score for k in ANSWERS},
        "caseload": caseload,
        "recovery": 4,
        "worries": "",
        "contact_requested": False,
    }
    return supervision_services.checkin_submit(volunteer=person, answers=answers)


def test_small_counts_are_hidden_but_zero_and_five_are_shown():
    assert suppress(0) == 0
    assert [suppress(n) for n in (1, 2, 3, 4)] == ["fewer than 5"] * 4
    assert suppress(5) == 5


@pytest.mark.parametrize("cell", ["=SUM(A1)", "+44 123", "-1", "@cmd", "\tx"])
def test_csv_cells_that_could_be_formulas_are_escaped(cell):
    assert csv_safe(cell) == "'" + cell


def test_ordinary_csv_cells_are_left_alone():
    assert csv_safe("Safeguarding") == "Safeguarding"
    assert csv_safe(12) == "12"


def test_wellbeing_is_a_distribution_with_small_groups_hidden(supervisor):
    people = [volunteer() for _ in range(6)]
    for person in people[:5]:
        _checkin(person, score=4)  # 80%
    _checkin(people[5], score=1)  # 20%, on its own
    today = timezone.localdate()
    data = reports.wellbeing(Period(today - timedelta(days=7), today))
    bands = {row["band"]: row["shown"] for row in data["bands"]}
    assert bands["0–28% (urgent)"] == "fewer than 5"
    # With the total of 6 shown, 5 would give the one person away: it is hidden too.
    assert bands["76–100%"] == "not shown"
    assert data["people"] == 6
    assert data["trend"][-1]["average"] == 70.0  # (5 × 80 + 20) / 6


def test_the_report_page_and_csv_agree(client_for, manager, supervisor, trainer):
    helpers.learning()
    people = [volunteer() for _ in range(5)]
    for person in people:
        helpers.finish_course(person, trainer)
        _checkin(person, caseload=12, score=2)
    client = client_for(manager)
    today = timezone.localdate()
    query = {"start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()}
    page = client.get(reverse("readiness:reports"), query).content.decode()
    assert "Professional boundaries" in page
    response = client.get(reverse("readiness:reports_csv"), query)
    assert response["Content-Disposition"].startswith('attachment; filename="waymark-report-')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    training = next(row for row in rows if row and row[0] == "Professional boundaries")
    assert training[1:] == ["5", "5", "5", "100"]
    over_cap = next(row for row in rows if row and row[0] == "Over the cap")
    assert over_cap[1] == "5"


def test_a_course_title_that_looks_like_a_formula_is_escaped_in_the_csv(client_for, manager, trainer):
    courses.build(courses=[courses.course_data("sneaky", title='=HYPERLINK("x")')])
    volunteer()
    response = client_for(manager).get(reverse("readiness:reports_csv"), {"start": "2026-01-01", "end": "2026-12-31"})
    assert "'=HYPERLINK" in response.content.decode()


def test_a_date_range_that_ends_before_it_starts_is_explained(client_for, manager):
    response = client_for(manager).get(reverse("readiness:reports"), {"start": "2026-06-01", "end": "2026-05-01"})
    assert response.status_code == 400
    assert "The end date must be the same as or after the start date." in response.content.decode()
    response = client_for(manager).get(reverse("readiness:reports_csv"), {"start": "2026-06-01", "end": "nonsense"})
    assert response.status_code == 400


@pytest.mark.parametrize("persona", ["volunteer_user", "supervisor", "trainer"])
def test_only_managers_see_reports(request, client_for, persona):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(reverse("readiness:reports")).status_code == 404
    assert client.get(reverse("readiness:reports_csv")).status_code == 404


def test_one_to_ones_held_against_planned_name_nobody(supervisor, volunteer_user):
    helpers.attend_one_to_one(volunteer_user, supervisor)
    data = reports.one_to_ones(Period(date(2026, 1, 1), date(2026, 1, 31)))
    assert data["rows"][0]["supervisee"] == "Supervisee 1"
    assert data["held"] == 1
    assert data["planned"] >= 1


def test_supervisees_are_counted_by_share_of_1_to_1s_held_never_listed_on_the_page():
    rows = [{"planned": 4, "held": held} for held in (4, 4, 4, 4, 4, 4, 3, 2, 1, 0)] + [{"planned": 0, "held": 0}]
    bands = {str(row["band"]): row["shown"] for row in reports.held_bands(rows)}
    assert bands == {
        "All held": 6,
        "75–99% held": "fewer than 5",
        "50–74% held": "fewer than 5",
        "Under 50% held": "fewer than 5",
    }


def test_the_report_page_and_csv_show_bands_and_never_list_supervisees(client_for, manager):
    for _ in range(6):
        helpers.attend_one_to_one(volunteer(), UserFactory(roles=[Role.SUPERVISOR]))
    client = client_for(manager)
    query = {"start": "2026-01-01", "end": "2026-01-31"}
    page = client.get(reverse("readiness:reports"), query).content.decode()
    assert "Supervisee 1" not in page
    assert "All held" in page and "Under 50% held" in page
    rows = list(csv.reader(io.StringIO(client.get(reverse("readiness:reports_csv"), query).content.decode())))
    # Each had one of January's four weekly 1:1s marked as held.
    assert ["Under 50% held", "6"] in rows
    # One row per supervisee would let a reader count a hidden band again.
    assert not any(row[:1] == ["Supervisee 1"] for row in rows)

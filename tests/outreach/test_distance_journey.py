"""A first stepper's journey on their page, who may see it, and the prompt for the next reading."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from audit.models import AccessLog
from outreach.distance.services import instrument_revise
from outreach.models import InstrumentVersion, Reading
from tests.outreach.factories import first_stepper, peer_supporter, reading
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee():
    return peer_supporter(user__email="dee@example.org", user__full_name="Dee Active")


@pytest.fixture
def fay():
    return peer_supporter(user__email="fay@example.org", user__full_name="Fay Active")


@pytest.fixture
def sam(dee):
    person = first_stepper(dee, name="Sam")
    reading(person, {"accommodation": 6, "finances": 7, "family": 4}, {"lapse": True},
            words={"accommodation": "Sofa surfing"}, taken_on=date(2026, 1, 5), occasion="joining")
    reading(person, {"accommodation": 9, "finances": 5, "family": 4, "partner": 3}, {"lapse": False},
            taken_on=date(2026, 4, 5))
    return person


def page(client, person):
    return client.get(reverse("outreach:first_stepper", args=[person.pk])).content.decode()


def test_the_page_shows_the_change_in_words_and_the_star_chart_with_a_table(client_for, dee, sam):
    html = page(client_for(dee), sam)
    assert "Accommodation: 6 → 9 (up 3)" in html
    assert "Finances: 7 → 5 (down 2)" in html
    assert "Family: 4 → 4 (the same)" in html
    assert "Partner: not relevant → 3" in html
    assert 'role="img" aria-labelledby="star-chart-title star-chart-desc"' in html
    assert '<title id="star-chart-title">Star chart of their first and latest reading</title>' in html
    assert "Scores out of 10 (higher is better)" in html
    assert "I have had a lapse or relapse in the last three months: <strong>no</strong>" in html
    assert "(here “no” is the hoped-for answer)" in html


def test_a_single_reading_draws_one_outline(client_for, dee):
    person = first_stepper(dee, name="Kit")
    reading(person, {"accommodation": 2})
    html = page(client_for(dee), person)
    assert "Star chart of their first reading" in html and "One reading so far" in html
    assert "stroke-dasharray" not in html.split("star-chart-title")[1].split("</svg>")[0]


def test_no_readings_yet_offers_the_first(client_for, dee):
    person = first_stepper(dee, name="Kit")
    html = page(client_for(dee), person)
    assert "Take their first reading" in html and "star-chart-title" not in html


def test_a_revised_wording_still_compares_with_the_first_reading(client_for, dee, manager, sam):
    version = InstrumentVersion.current()
    domains = [{"key": d.key, "label": "Somewhere to live" if d.key == "accommodation" else d.label}
               for d in version.domains.all()]
    statements = [{"key": s.key, "wording": s.wording, "yes_is_good": s.yes_is_good}
                  for s in version.statements.all()]
    instrument_revise(by=manager, domains=domains, statements=statements)
    reading(sam, {"accommodation": 10})
    html = page(client_for(dee), sam)
    assert "Somewhere to live: 6 → 10 (up 4)" in html
    assert Reading.objects.filter(first_stepper=sam).order_by("taken_on", "id").first().version == version


@pytest.mark.parametrize("who", ["fay", "other_supervisor", "trainer", "volunteer_user"])
def test_nobody_else_sees_the_journey_or_takes_a_reading(request, client_for, sam, who):
    client = client_for(request.getfixturevalue(who))
    assert client.get(reverse("outreach:first_stepper", args=[sam.pk])).status_code == 404
    url = reverse("outreach:reading_new", args=[sam.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"occasion": "review"}).status_code == 404
    assert Reading.objects.count() == 2


def test_their_supervisor_sees_the_journey_read_only_and_the_read_is_logged(client_for, dee, sam, supervisor):
    assign(dee, supervisor)
    client = client_for(supervisor)
    html = page(client, sam)
    assert "Accommodation: 6 → 9" in html and "Take a reading" not in html
    row = AccessLog.objects.get()
    assert (row.actor, row.subject, row.kind, row.object_id) == (supervisor, dee, AccessLog.Kind.FIRST_STEPPER,
                                                                 sam.pk)
    assert client.get(reverse("outreach:reading_new", args=[sam.pk])).status_code == 404


def test_a_manager_sees_the_journey_and_the_read_is_logged(client_for, manager, sam):
    assert "Accommodation: 6 → 9" in page(client_for(manager), sam)
    assert AccessLog.objects.filter(actor=manager, object_id=sam.pk).count() == 1


def test_the_peer_supporters_own_reads_are_not_logged(client_for, dee, sam):
    assert "Sofa surfing" not in page(client_for(dee), sam)  # the first reading's words are not the latest's
    assert not AccessLog.objects.exists()


def test_the_person_page_costs_the_same_for_two_readings_or_ten(client_for, dee, sam):
    client = client_for(dee)
    url = reverse("outreach:first_stepper", args=[sam.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as two:
        client.get(url)
    for n in range(8):
        reading(sam, {"accommodation": n + 1}, {"lapse": False}, taken_on=date(2026, 5, n + 1))
    with CaptureQueriesContext(connection) as ten:
        client.get(url)
    assert len(ten) == len(two)


def test_the_caseload_prompts_a_first_reading_and_a_review_after_three_months(client_for, dee, settings):
    settings.WAYMARK_DISTANCE_REVIEW_MONTHS = 3
    today = timezone.localdate()
    new, recent, due = (first_stepper(dee, name=n) for n in ("Newcomer", "Recent", "Due"))
    reading(recent, {"accommodation": 5}, taken_on=today - timedelta(days=80))
    reading(due, {"accommodation": 5}, taken_on=today - timedelta(days=100))
    html = client_for(dee).get(reverse("outreach:caseload")).content.decode()
    assert html.count("First reading due") == 1 and html.count("Review reading due") == 1
    assert reverse("outreach:reading_new", args=[new.pk]) in html
    assert reverse("outreach:reading_new", args=[due.pk]) in html
    assert reverse("outreach:reading_new", args=[recent.pk]) not in html


def test_the_caseload_costs_the_same_queries_with_readings(client_for, dee):
    from tests.outreach.test_query_counts import queries

    client = client_for(dee)
    url = reverse("outreach:caseload")
    reading(first_stepper(dee, name="One"), {"accommodation": 4})
    client.get(url)
    one = queries(client, url)
    for n in range(10):
        reading(first_stepper(dee, name=f"P{n}"), {"accommodation": 4})
    assert queries(client, url) == one


def test_with_no_review_interval_only_the_first_reading_is_prompted(client_for, dee, settings):
    settings.WAYMARK_DISTANCE_REVIEW_MONTHS = 0
    first_stepper(dee, name="Newcomer")
    reading(first_stepper(dee, name="Old"), {"accommodation": 5}, taken_on=timezone.localdate() - timedelta(days=400))
    html = client_for(dee).get(reverse("outreach:caseload")).content.decode()
    assert html.count("First reading due") == 1 and "Review reading due" not in html


def test_nobody_stepped_back_is_prompted(client_for, dee):
    person = first_stepper(dee, name="Gone")
    person.stepped_back_at = timezone.now()
    person.save()
    assert "reading due" not in client_for(dee).get(reverse("outreach:caseload")).content.decode()

import csv
import io
from datetime import datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from outreach.models import ContactKind, ReferralSource
from readiness import first_steps
from readiness.reports import Period
from tests.outreach.factories import calls, contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee():
    return peer_supporter()


def build(dee, *, alcohol=6, drugs=3, both=1, relationships=5, engaged=4):
    """Ten referrals a month ago; `relationships` of them had five connected calls, of whom
    `engaged` talked in the last four weeks."""
    hospital = ReferralSource.objects.get(name="Hospital alcohol liaison team")
    team = ReferralSource.objects.get(name="Community addictions team")
    referred = timezone.localdate() - timedelta(days=60)
    people = []
    for n, substance in enumerate(["alcohol"] * alcohol + ["drugs"] * drugs + ["both"] * both):
        people.append(first_stepper(dee, name=f"P{n}", substance=substance, referred_on=referred,
                                    source=hospital if n < 7 else team))
    for n, person in enumerate(people[:relationships]):
        # Midday, local time, ten days after the referral: "now less 50 days" would fall on the
        # next local day when run late in the evening across a change of clocks.
        start = timezone.make_aware(datetime.combine(referred + timedelta(days=10), time(12)))
        calls(person, 4, start=start)
        at = timezone.now() - timedelta(days=2 if n < engaged else 40)
        contact(person, ContactKind.CALL_RECEIVED, at=at)
    contact(people[-1], ContactKind.TEXT_SENT)
    return people


def period():
    today = timezone.localdate()
    return Period(today - timedelta(days=90), today)


def test_it_gives_the_figures_the_guide_reports(dee):
    build(dee)
    data = first_steps.report(period())
    assert data["referrals"] == 10
    assert {row["substance"]: (row["shown"], row["share"]) for row in data["substances"]} == {
        "Alcohol": (6, 60), "Other drugs": ("fewer than 5", None), "Alcohol and other drugs": ("fewer than 5", None)}
    assert {row["source"]: row["shown"] for row in data["sources"]} == {
        "Hospital alcohol liaison team": 7, "Community addictions team": "fewer than 5"}
    assert (data["relationships"], data["relationship_share"]) == (5, 50)
    # Four of the five still talk: a count under five is never shown, nor a share made of it.
    assert (data["engaged"], data["engaged_share"]) == ("fewer than 5", None)
    # First connected call ten days after referral for all five.
    assert data["median_days"] == 10
    assert data["supporters"] == "fewer than 5"


def test_still_engaged_is_shown_once_there_are_five(dee):
    build(dee, alcohol=10, drugs=0, both=0, relationships=6, engaged=5)
    data = first_steps.report(period())
    assert (data["relationships"], data["engaged"], data["engaged_share"]) == (6, 5, 83)


def test_erased_people_still_count_with_no_name(dee):
    from outreach.services import first_stepper_erase

    people = build(dee)
    for person in people:
        first_stepper_erase(first_stepper=person)
    data = first_steps.report(period())
    assert (data["referrals"], data["relationships"]) == (10, 5)


def test_the_page_and_the_csv_show_the_same_figures(client_for, manager, dee):
    build(dee)
    query = f"?start={period().start}&end={period().end}"
    page = client_for(manager).get(reverse("readiness:first_steps_report") + query).content.decode()
    assert "Developed a relationship (five connected calls)" in page and "50% of referrals" in page
    response = client_for(manager).get(reverse("readiness:first_steps_report_csv") + query)
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert ["Developed a relationship (five connected calls)", "5", "50"] in rows
    assert ["Referrals", "10"] in rows


def test_a_report_costs_the_same_queries_for_few_or_many_people(client_for, manager, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    dee = peer_supporter()
    client = client_for(manager)
    url = reverse("readiness:first_steps_report") + f"?start={period().start}&end={period().end}"
    build(dee, alcohol=1, drugs=0, both=0, relationships=1, engaged=1)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    build(peer_supporter(), alcohol=20, drugs=10, both=5, relationships=12, engaged=8)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many)

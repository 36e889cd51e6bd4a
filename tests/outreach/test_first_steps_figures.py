"""The First Steps report read from kept facts gives exactly what counting the contact log
did before (the old query is kept here, and only here, as the oracle), for periods of any
length and periods that ended in the past, in the same few queries however much there is."""

import random
from collections import Counter
from datetime import datetime, timedelta
from statistics import median

import pytest
from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from outreach.models import RELATIONSHIP_CALLS, Contact, ContactKind, FirstStepper, ReferralSource, Substance
from outreach.selectors import first_steps_figures
from readiness import first_steps
from readiness.first_steps import share
from readiness.protection import SMALL, suppress
from readiness.protection import average as shown_average
from readiness.reports import Period
from tests.outreach.factories import contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


def old_figures(*, start, end, engaged_days=28):
    """outreach.selectors.first_steps_figures as it was: the contact log counted for each report."""
    start_at = timezone.make_aware(datetime.combine(start, datetime.min.time()))
    end_at = timezone.make_aware(datetime.combine(end + timedelta(days=1), datetime.min.time()))
    cohort = FirstStepper.objects.filter(referred_on__gte=start, referred_on__lte=end)
    by_source_substance = list(
        cohort.values("source__name", "substance").annotate(n=Count("id")).order_by("source__name", "substance")
    )
    until_end = Q(contacts__at__lt=end_at)
    facts = cohort.annotate(
        calls=Count("contacts", filter=until_end & Q(contacts__connected_call=True)),
        last_connected=Max("contacts__at", filter=until_end & Q(contacts__connected=True)),
    ).aggregate(
        relationships=Count("id", filter=Q(calls__gte=RELATIONSHIP_CALLS)),
        engaged=Count("id", filter=Q(calls__gte=RELATIONSHIP_CALLS,
                                     last_connected__gte=min(end_at, timezone.now()) - timedelta(days=engaged_days))),
    )
    firsts = cohort.annotate(
        first_call=Min("contacts__at", filter=until_end & Q(contacts__connected_call=True))
    ).filter(first_call__isnull=False).values_list("referred_on", "first_call")
    days = sorted(max((timezone.localtime(first).date() - referred).days, 0) for referred, first in firsts)
    per_supporter = list(
        Contact.objects.filter(at__gte=start_at, at__lt=end_at, by__isnull=False)
        .values("by").annotate(n=Count("id")).values_list("n", flat=True)
    )
    return {
        "by_source_substance": by_source_substance,
        "referrals": sum(row["n"] for row in by_source_substance),
        "relationships": facts["relationships"],
        "engaged": facts["engaged"],
        "days_to_first_call": days,
        "contacts_per_supporter": sorted(per_supporter),
    }


def old_report(period):
    """readiness.first_steps.report as it was, on the old figures."""
    figures = old_figures(start=period.start, end=period.end, engaged_days=settings.WAYMARK_ENGAGED_DAYS)
    referrals = figures["referrals"]
    sources, substances = {}, dict.fromkeys(Substance.values, 0)
    for row in figures["by_source_substance"]:
        sources[row["source__name"]] = sources.get(row["source__name"], 0) + row["n"]
        substances[row["substance"]] += row["n"]
    days, contacts = figures["days_to_first_call"], figures["contacts_per_supporter"]
    return {
        "period": period,
        "referrals": suppress(referrals),
        "sources": [{"source": name, "shown": suppress(n), "share": share(n, referrals)}
                    for name, n in sorted(sources.items(), key=lambda item: (-item[1], item[0]))],
        "substances": [{"substance": Substance(key).label, "shown": suppress(n), "share": share(n, referrals)}
                       for key, n in substances.items()],
        "relationships": suppress(figures["relationships"]),
        "relationship_share": share(figures["relationships"], referrals),
        "engaged": suppress(figures["engaged"]),
        "engaged_share": share(figures["engaged"], figures["relationships"]),
        "engaged_days": settings.WAYMARK_ENGAGED_DAYS,
        "median_days": median(days) if len(days) >= SMALL else (_("fewer than 5") if days else "—"),
        "supporters": suppress(len(contacts)),
        "few_supporters": 0 < len(contacts) < SMALL,
        "contacts": sum(contacts),
        "contacts_average": shown_average(sum(contacts), len(contacts)) if contacts else "—",
        "contacts_median": median(contacts) if len(contacts) >= SMALL else (_("fewer than 5") if contacts else "—"),
    }


KINDS = list(ContactKind.values)


def build(seed, *, people=30, supporters=6):
    """Varied caseloads: referrals over the last 400 days, contacts of every kind from
    before the referral to now, logged in any order and by any of a few supporters."""
    rng = random.Random(seed)
    team = [peer_supporter() for _ in range(supporters)]
    sources = list(ReferralSource.objects.all())
    now = timezone.now()
    for n in range(people):
        referred = timezone.localdate() - timedelta(days=rng.randrange(0, 400))
        person = first_stepper(rng.choice(team), name=f"P{n}", referred_on=referred,
                               substance=rng.choice(Substance.values), source=rng.choice(sources))
        since = (timezone.localdate() - referred).days + 3
        for _contact in range(rng.randrange(0, 14)):
            # Weighted to calls that connect, so many reach five.
            kind = rng.choice(KINDS + [ContactKind.CALL_CONNECTED] * 4)
            at = now - timedelta(minutes=rng.randrange(1, since * 24 * 60))
            contact(person, kind, at=at, by=rng.choice(team))


def periods():
    """Days back to the start and to the end: ending today, ending in the past, a day long."""
    today = timezone.localdate()
    spans = [(31, 0), (730, 0), (90, 0), (90, 60), (200, 150), (10, 3), (400, 100), (1, 1), (0, 0), (205, 200)]
    return [Period(today - timedelta(days=start), today - timedelta(days=end)) for start, end in spans]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_report_is_what_counting_the_contact_log_gave_for_every_period(seed):
    build(seed)
    for period in periods():
        new, old = first_steps_figures(start=period.start, end=period.end), old_figures(
            start=period.start, end=period.end)
        assert new["by_source_substance"] == old["by_source_substance"]
        assert (new["referrals"], new["relationships"], new["engaged"]) == (
            old["referrals"], old["relationships"], old["engaged"])
        assert new["days_to_first_call"] == Counter(old["days_to_first_call"])
        assert new["contacts_per_supporter"] == Counter(old["contacts_per_supporter"])
        assert first_steps.report(period) == old_report(period)


def test_a_period_that_ended_asks_whether_they_talked_before_its_end_not_since():
    dee = peer_supporter()
    person = first_stepper(dee, referred_on=timezone.localdate() - timedelta(days=120))
    now = timezone.now()
    for n in range(5):
        contact(person, ContactKind.CALL_CONNECTED, at=now - timedelta(days=100 - n))
    # Talked 70 days ago and again yesterday: a period ending 60 days ago counts them engaged
    # from the talk 70 days ago, though the latest talk came after its end.
    contact(person, ContactKind.FACE_TO_FACE, at=now - timedelta(days=70))
    contact(person, ContactKind.FACE_TO_FACE, at=now - timedelta(days=1))
    today = timezone.localdate()
    ended = Period(today - timedelta(days=130), today - timedelta(days=60))
    assert first_steps_figures(start=ended.start, end=ended.end)["engaged"] == 1
    earlier = Period(today - timedelta(days=130), today - timedelta(days=30))
    assert first_steps_figures(start=earlier.start, end=earlier.end)["engaged"] == 0
    for period in (ended, earlier):
        assert first_steps.report(period) == old_report(period)


@pytest.mark.parametrize("people", [1, 25])
def test_the_figures_take_three_queries_however_many_people_and_however_long_the_period(
    people, django_assert_num_queries
):
    build(people, people=people, supporters=3)
    today = timezone.localdate()
    for days in (31, 730):
        with django_assert_num_queries(3):
            first_steps_figures(start=today - timedelta(days=days), end=today)


def test_the_median_of_counted_values_is_the_median_of_them_written_out():
    rng = random.Random(7)
    for _case in range(500):
        values = [rng.randrange(0, 9) for _value in range(rng.randrange(1, 12))]
        got, wanted = first_steps.median(Counter(values)), median(values)
        assert (got, type(got)) == (wanted, type(wanted))

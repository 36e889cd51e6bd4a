"""Supervision's figures for a period, as plain counts, for the reports readiness composes
(readiness/reports.py). Nobody is named; protecting small numbers is the report's job.

Each function takes the period as two moments, `start_at` included and `end_at` not, and
counts only meetings that have already started.
"""

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    DateField,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    When,
)
from django.db.models.functions import Cast, Coalesce, TruncMonth
from django.utils import timezone

from supervision.models import Attendance, Attendee, CheckIn, CheckInMonth, Kind, LatestCheckIn, Occurrence
from supervision.services.checkin_months import month_bounds, month_of

# A person's totals at one place are read as one number, 1:1s * TOTALS + attended, so two
# probes a person give both counts for the period and the database can count the pairs.
TOTALS = 1_000_000


def _totals_before(moment):
    """The running totals (as one number) at the person's last counted 1:1 place starting
    before `moment`: a probe of the partial index on (person, starts_at, id, totals)."""
    return (
        Attendee.objects.filter(person_id=OuterRef("pk"), one_to_ones_so_far__isnull=False, starts_at__lt=moment)
        .order_by("-starts_at", "-id")
        .values(totals=Cast("one_to_ones_so_far", BigIntegerField()) * TOTALS + F("held_so_far"))[:1]
    )


def one_to_ones_held(*, start_at, end_at):
    """Supervisees with a 1:1 planned in the period, counted (never named or listed) by how
    many were planned and how many held: [{"planned": n, "held": n, "supervisees": n}], in
    one query, a row per distinct pair, in a fixed order. Cancelled 1:1s were not planned,
    and only 1:1s already started count.

    Each person's 1:1s in the period are their running totals (Attendee.one_to_ones_so_far,
    kept by supervision/services/one_to_one_totals.py) at their last 1:1 before its end less
    those at their last before its start: two probes a person, so a long period costs what
    a short one does."""
    pair = ExpressionWrapper(
        Subquery(_totals_before(min(end_at, timezone.now()))) - Coalesce(Subquery(_totals_before(start_at)), 0),
        output_field=BigIntegerField(),
    )
    per_person, params = get_user_model().objects.annotate(pair=pair).values("pair").order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        # The inner query is Django's own, a number a person, grouped unfiltered so that each
        # person's probes run once (a filter would be pushed into it and run them again). On
        # PostgreSQL it is made once, first: the planner then costs the probes once, not twice,
        # and does not stop to compile the query (JIT) for a cost it never pays.
        materialized = "MATERIALIZED " if connection.vendor == "postgresql" else ""
        cursor.execute(
            f"WITH per_person AS {materialized}({per_person}) "  # noqa: S608
            "SELECT pair, COUNT(*) FROM per_person GROUP BY pair ORDER BY pair",
            params,
        )
        # No 1:1 before the end (NULL), or none in the period (0): nothing to count.
        return [
            {"planned": pair // TOTALS, "held": pair % TOTALS, "supervisees": n}
            for pair, n in cursor.fetchall()
            if pair
        ]


def group_meetings_held(*, start_at, end_at):
    """For each kind of group meeting held in the period, by its name: {"kind": name,
    "held": meetings, "attended": places attended}."""
    meetings = (
        Occurrence.objects.filter(starts_at__gte=start_at, starts_at__lt=min(end_at, timezone.now()), cancelled_at=None)
        .exclude(series__kind=Kind.ONE_TO_ONE)
        .values("series__kind")
        .annotate(
            held=Count("id", distinct=True),
            attended=Count("attendees", filter=Q(attendees__attendance=Attendance.ATTENDED)),
        )
    )
    labels = dict(Kind.choices)
    rows = [{"kind": labels[row["series__kind"]], "held": row["held"], "attended": row["attended"]} for row in meetings]
    return sorted(rows, key=lambda row: str(row["kind"]))


def _items():
    return sum((F(name) for name in CheckIn.ITEM_FIELDS[1:]), F(CheckIn.ITEM_FIELDS[0]))


# Each latest check-in is read as one number, percentage * PAIR + caseload (a caseload is at
# most 200), so one probe a person gives both and the database can count the pairs.
PAIR = 1000


def latest_checkins(*, start_at, end_at):
    """Each person's latest check-in in the period, counted by its WHO-5 percentage and
    caseload: [{"who5", "caseload", "people"}], a row per distinct pair, in one query.

    Read from each person's latest check-in, kept up to date (supervision.models.LatestCheckIn):
    - kept before the period's end: it is their latest in the period if it is in it, and
      they have none in it otherwise;
    - kept at or after the end (a period in the past): their latest in the period is asked
      of the index on (volunteer, submitted_at), a probe of a row or two.
    So a period running to today reads one narrow row a person and probes nobody."""
    probe = CheckIn.objects.filter(
        volunteer_id=OuterRef("volunteer_id"), submitted_at__gte=start_at, submitted_at__lt=end_at
    ).order_by("-submitted_at", "-id")
    probed = ExpressionWrapper(4 * _items() * PAIR + F("caseload"), output_field=IntegerField())
    pair = Case(
        When(submitted_at__gte=end_at, then=Subquery(probe.values(pair=probed)[:1])),
        When(submitted_at__gte=start_at, then=F("who5") * PAIR + F("caseload")),
        default=None,
        output_field=IntegerField(),
    )
    rows = LatestCheckIn.objects.annotate(pair=pair).values("pair").annotate(people=Count("pk")).order_by("pair")
    # People with no check-in in the period make one row with no pair.
    return [
        {"who5": row["pair"] // PAIR, "caseload": row["pair"] % PAIR, "people": row["people"]}
        for row in rows
        if row["pair"] is not None
    ]


def checkins_by_month(*, start_at, end_at):
    """{first day of a local month: {"checkins", "items" (raw WHO-5 answers added up),
    "people" (who sent at least one)}} for the check-ins in the period, in one query.

    Months wholly inside the period are read from the check-in months kept up to date
    (supervision.models.CheckInMonth); only the period's part-months at either end are
    counted from the check-ins, at most a month's worth, so a long period costs what a short one does."""
    first = month_of(start_at)
    whole = []
    month = first
    while month_bounds(month)[0] < end_at:
        month_start, month_end = month_bounds(month)
        if month_start >= start_at and month_end <= end_at:
            whole.append(month)
        month = month_end.date()
    kept = CheckInMonth.objects.filter(month__in=whole).values("month", "checkins", "items", "people")
    if whole:
        first_whole, after_whole = month_bounds(whole[0])[0], month_bounds(whole[-1])[1]
        edges = Q(submitted_at__gte=start_at, submitted_at__lt=first_whole) | Q(
            submitted_at__gte=after_whole, submitted_at__lt=end_at
        )
    else:
        edges = Q(submitted_at__gte=start_at, submitted_at__lt=end_at)
    counted = (
        CheckIn.objects.filter(edges)
        # Made a date in SQL: a union's rows are read as its first part's (a date column).
        .annotate(month=Cast(TruncMonth("submitted_at", output_field=DateField()), DateField()))
        .values("month")
        .annotate(checkins=Count("id"), items=Sum(_items()), people=Count("volunteer_id", distinct=True))
        .order_by()
    )
    # The kept months and the counted part-months never overlap: one query for both.
    return {row.pop("month"): row for row in kept.union(counted, all=True)}

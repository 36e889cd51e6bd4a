"""Supervision's figures for a period, as plain counts, for the reports readiness composes
(readiness/reports.py). Nobody is named; protecting small numbers is the report's job.

Each function takes the period as two moments, `start_at` included and `end_at` not, and
counts only meetings that have already started.
"""

from django.db.models import Count, F, Q
from django.utils import timezone

from supervision.models import Attendance, Attendee, CheckIn, Kind, Occurrence


def one_to_ones_held(*, start_at, end_at):
    """For each supervisee with a 1:1 planned in the period (in a fixed order, without a
    name): {"planned": n, "held": n}. Cancelled 1:1s were not planned."""
    places = (
        Attendee.objects.filter(
            occurrence__series__kind=Kind.ONE_TO_ONE,
            occurrence__starts_at__gte=start_at,
            occurrence__starts_at__lt=min(end_at, timezone.now()),
            occurrence__cancelled_at=None,
        )
        .exclude(person_id=F("occurrence__series__organiser_id"))
        .values("person_id")
        .annotate(planned=Count("id"), held=Count("id", filter=Q(attendance=Attendance.ATTENDED)))
        .order_by("person_id")
    )
    return [{"planned": row["planned"], "held": row["held"]} for row in places]


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


def checkins_submitted(*, start_at, end_at):
    """Each wellbeing check-in submitted in the period, oldest first, as {"volunteer_id",
    "submitted_at", "who5" (the WHO-5 percentage), "caseload"}."""
    fields = ["volunteer_id", "submitted_at", "caseload", *CheckIn.ITEM_FIELDS]
    rows = CheckIn.objects.filter(submitted_at__gte=start_at, submitted_at__lt=end_at).order_by("submitted_at")
    return [
        {
            "volunteer_id": row["volunteer_id"],
            "submitted_at": row["submitted_at"],
            "who5": 4 * sum(row[name] for name in CheckIn.ITEM_FIELDS),
            "caseload": row["caseload"],
        }
        for row in rows.values(*fields)
    ]

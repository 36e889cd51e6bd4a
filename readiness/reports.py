"""Reports for funders and commissioners, for a date range, composed from each app's own
figures: courses/figures.py (training), supervision/figures.py (1:1s, groups, check-ins)
and readiness's own sign-offs. The apps count; this module decides what is shown.

Counts about wellbeing, caseloads and how supervisees are grouped are protected as
readiness/protection.py describes; training and activity counts are shown as they are.
Each section is a plain function returning rows of values, so the HTML page, the charts
and the CSV export all show the same figures.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

from django.conf import settings
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import requirements
from courses.figures import courses_completed
from people.models import VolunteerProfile
from people.status import Status
from readiness import facts
from readiness.figures import sign_offs
from readiness.protection import SMALL, average, protect, suppress
from supervision.figures import checkins_by_month, group_meetings_held, latest_checkins, one_to_ones_held

__all__ = ["PROTECTION_RULE", "SMALL", "Period", "bars", "csv_rows", "csv_safe", "report", "suppress"]
# WHO-5 percentages go up in fours. The first two bands are the ones that raise a flag.
WHO5_BANDS = [
    (0, 28, gettext_lazy("0–28% (urgent)")),
    (29, 50, gettext_lazy("32–48% (low)")),
    (51, 75, gettext_lazy("52–72%")),
    (76, 100, gettext_lazy("76–100%")),
]


def banded(values, bands):
    """How many people's values fall in each (low, high, label) band, inclusive, as rows,
    protected together as one group (their total is shown)."""
    return banded_counts(Counter(values).items(), bands)


def banded_counts(histogram, bands):
    """As banded(), from (value, how many people have it) pairs the database counted."""
    histogram = list(histogram)
    counts = [sum(n for value, n in histogram if low <= value <= high) for low, high, _label in bands]
    return [
        {"band": label, "people": count, "shown": shown}
        for (_low, _high, label), count, shown in zip(bands, counts, protect(counts), strict=True)
    ]


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def start_at(self):
        return timezone.make_aware(datetime.combine(self.start, time.min))

    @property
    def end_at(self):
        return timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min))

    def months(self):
        month = self.start.replace(day=1)
        while month <= self.end:
            yield month
            month = (month + timedelta(days=32)).replace(day=1)


def training(period):
    """Per required course: people who completed it in the period, and the completion rate
    among the volunteers who need it now (not counting people who have left).

    Which courses someone needs depends only on their placement, whether they hold a First
    Steps caseload and the roles the courses name, so the database counts the volunteers in
    each such group and the rule is applied once a group, never once a person."""
    by_placement = facts.required_courses()
    staying = VolunteerProfile.objects.exclude(status=Status.LEFT)
    # "Who must take it": a course for supervisors only is not needed by other volunteers. The
    # roles it names are read with the groups, in the same query.
    annotated, names = requirements.with_role_names(
        staying, [course for items in by_placement.values() for course in items], person="user_id"
    )
    role_columns = [f"holds_role_{index}" for index in range(len(names))]
    groups = annotated.values("placement_id", "first_steps_caseload", *role_columns).annotate(people=Count("pk"))
    needing = Counter()
    courses = {}
    for group in groups.order_by():
        alike = SimpleNamespace(**group, user_id=None)
        roles = {None: requirements.role_names_from(alike, names)}
        for course in facts.courses_for(alike, by_placement, roles):
            needing[course.pk] += group["people"]
            courses[course.pk] = course
    counts = courses_completed(
        course_ids=list(courses), learner_ids=staying.values("user_id"), start=period.start, end=period.end,
    )
    current = Counter({course_id: row["up_to_date"] for course_id, row in counts.items()})
    in_period = {course_id: row["in_period"] for course_id, row in counts.items()}
    rows = []
    # Training is not health data: the counts are shown as they are.
    for course in sorted(courses.values(), key=lambda c: c.path):
        rate = round(100 * current[course.pk] / needing[course.pk]) if needing[course.pk] else None
        rows.append(
            {
                "course": course.title,
                "trained": in_period.get(course.pk, 0),
                "needing": needing[course.pk],
                "up_to_date": current[course.pk],
                "rate": rate,
            }
        )
    return rows


def time_to_ready(period):
    """Sign-offs in the period, overrides among them, and the average days from joining, all
    counted by the database (readiness/figures.py)."""
    figures = sign_offs(start_at=period.start_at, end_at=period.end_at)
    return {
        "signed_off": figures["signed_off"],
        "overrides": figures["overrides"],
        "average_days": average(figures["days"], figures["dated"], 0),
    }


class Supervisees(Sequence):
    """Supervisees numbered, never named ({"supervisee", "planned", "held"}), read from the
    counts of each (planned, held) pair without making a row per person until one is asked for."""

    def __init__(self, pairs):
        self.pairs = pairs

    def __len__(self):
        return sum(pair["supervisees"] for pair in self.pairs)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        before = 0
        for pair in self.pairs:
            if index < before + pair["supervisees"]:
                return {"supervisee": _("Supervisee %(n)d") % {"n": index + 1},
                        "planned": pair["planned"], "held": pair["held"]}
            before += pair["supervisees"]
        raise IndexError(index)


def one_to_ones(period):
    """1:1s held against planned, per supervisee (numbered, never named), and in total."""
    pairs = one_to_ones_held(start_at=period.start_at, end_at=period.end_at)
    planned = sum(pair["planned"] * pair["supervisees"] for pair in pairs)
    held = sum(pair["held"] * pair["supervisees"] for pair in pairs)
    bands = banded_counts(
        ((100 * pair["held"] // pair["planned"], pair["supervisees"]) for pair in pairs if pair["planned"]),
        HELD_BANDS,
    )
    return {
        "rows": Supervisees(pairs),
        "bands": bands,
        "supervisees": suppress(sum(band["people"] for band in bands)),
        "planned": planned,
        "held": held,
        "rate": round(100 * held / planned) if planned else None,
    }


# Shares of a supervisee's planned 1:1s that were held, highest first.
HELD_BANDS = [
    (100, 100, gettext_lazy("All held")),
    # xgettext:no-python-format (the % is a percentage, not a placeholder)
    (75, 99, gettext_lazy("75–99% held")),
    # xgettext:no-python-format (the % is a percentage, not a placeholder)
    (50, 74, gettext_lazy("50–74% held")),
    # xgettext:no-python-format (the % is a percentage, not a placeholder)
    (0, 49, gettext_lazy("Under 50% held")),
]


def held_bands(rows):
    """How many supervisees had each share of their planned 1:1s held, protected as a group.
    Neither the page nor the CSV lists supervisees one by one: that would let a reader count
    a hidden band again."""
    return banded([100 * row["held"] // row["planned"] for row in rows if row["planned"]], HELD_BANDS)


def group_attendance(period):
    """Per kind of group meeting: meetings held and the average number attending."""
    return [
        {
            "kind": row["kind"],
            "held": row["held"],
            "average": round(row["attended"] / row["held"], 1) if row["held"] else 0,
        }
        for row in group_meetings_held(start_at=period.start_at, end_at=period.end_at)
    ]


def wellbeing(period):
    """WHO-5 as an anonymous distribution (each person's latest check-in in the period) and
    a monthly average (over everyone's check-ins that month). The database counts both
    (supervision/figures.py): the latest check-ins as (percentage, caseload, people) rows,
    the months from the check-in months kept up to date."""
    latest = latest_checkins(start_at=period.start_at, end_at=period.end_at)
    bands = banded_counts(((row["who5"], row["people"]) for row in latest), WHO5_BANDS)
    monthly = checkins_by_month(start_at=period.start_at, end_at=period.end_at)
    trend = []
    for month in period.months():
        counted = monthly.get(month, {"checkins": 0, "items": 0, "people": 0})
        people = counted["people"]
        # Over each person's check-ins that month, shown only when 5 or more people checked in.
        mean = average(4 * counted["items"], counted["checkins"]) if people >= SMALL else average(0, people)
        shown = f"{mean}%" if isinstance(mean, int | float) else mean
        trend.append({"month": month, "average": mean, "shown": shown, "people": suppress(people)})
    everyone = sum(row["people"] for row in latest)
    return {"bands": bands, "trend": trend, "people": suppress(everyone), "latest": latest}


def caseloads(latest):
    """Caseloads from each person's latest check-in: bands against the organisation's cap.
    `latest` is the {"who5", "caseload", "people"} rows supervision.figures.latest_checkins gives."""
    cap = settings.WAYMARK_CASELOAD_CAP
    bands = [(0, 0, _("None")), (1, 3, "1–3"), (4, cap, f"4–{cap}"), (cap + 1, 10_000, _("Over the cap"))]
    people = sum(row["people"] for row in latest)
    return {
        "rows": banded_counts(((row["caseload"], row["people"]) for row in latest), bands),
        "cap": cap,
        "people": suppress(people),
        "average": average(sum(row["caseload"] * row["people"] for row in latest), people),
    }


def report(period):
    wellbeing_section = wellbeing(period)
    return {
        "period": period,
        "training": training(period),
        "time_to_ready": time_to_ready(period),
        "one_to_ones": one_to_ones(period),
        "groups": group_attendance(period),
        "wellbeing": wellbeing_section,
        "caseloads": caseloads(wellbeing_section.pop("latest")),
    }


def csv_safe(value):
    """A spreadsheet must never run a cell as a formula."""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def csv_rows(data):
    """The report as rows for a CSV file, section by section, with the same protection."""
    period = data["period"]
    yield [_("Waymark report"), period.start.isoformat(), period.end.isoformat()]
    yield [_("How numbers are protected"), str(PROTECTION_RULE)]
    yield []
    yield [_("Training"), _("Completed in period"), _("Volunteers who need it"), _("Up to date"),
           _("Up to date (%)")]
    for row in data["training"]:
        yield [row["course"], row["trained"], row["needing"], row["up_to_date"],
               "" if row["rate"] is None else row["rate"]]
    yield []
    ready = data["time_to_ready"]
    yield [_("Signed off as ready to start"), ready["signed_off"]]
    yield [_("Of which overrides"), ready["overrides"]]
    yield [_("Average days from joining to ready"), ready["average_days"]]
    yield []
    one_to_ones = data["one_to_ones"]
    yield [_("1:1s"), _("Planned"), _("Held"), _("Held (%)")]
    yield [_("Total"), one_to_ones["planned"], one_to_ones["held"], "" if one_to_ones["rate"] is None
           else one_to_ones["rate"]]
    yield [_("Supervisees by share of 1:1s held"), _("People")]
    for row in one_to_ones["bands"]:
        yield [row["band"], row["shown"]]
    yield [_("All supervisees"), one_to_ones["supervisees"]]
    yield []
    yield [_("Group meetings"), _("Held"), _("Average attending")]
    for row in data["groups"]:
        yield [row["kind"], row["held"], row["average"]]
    yield []
    yield [_("Wellbeing (WHO-5, latest check-in)"), _("People")]
    for row in data["wellbeing"]["bands"]:
        yield [row["band"], row["shown"]]
    yield [_("All who checked in"), data["wellbeing"]["people"]]
    yield [_("Month"), _("Average WHO-5 (%)"), _("People")]
    for row in data["wellbeing"]["trend"]:
        yield [row["month"].strftime("%Y-%m"), row["average"], row["people"]]
    yield []
    yield [_("Caseload (latest check-in)"), _("People")]
    for row in data["caseloads"]["rows"]:
        yield [row["band"], row["shown"]]
    yield [_("All who checked in"), data["caseloads"]["people"]]
    yield [_("Average caseload"), data["caseloads"]["average"]]


PROTECTION_RULE = gettext_lazy(
    "Wellbeing, caseloads and the groups of supervisees by 1:1s held: a count of 1 to 4 people shows as "
    "“fewer than 5”, and where that could be worked out from a total, one more count shows as “not shown”. "
    "An average is shown only when it rests on 5 or more people. Training and activity counts are shown in full."
)


def bars(rows, value_key, label_key):
    """Rows for a bar chart: each bar's width as a share of the largest value shown.

    A hidden value ("fewer than 5", "not shown") has no bar; its words stand in its place.
    """
    numbers = [row[value_key] for row in rows if isinstance(row[value_key], int | float)]
    top = max(numbers, default=0) or 1
    result = []
    for row in rows:
        value = row[value_key]
        shown = isinstance(value, int | float)
        result.append({"label": row[label_key], "value": value, "shown": shown,
                       "width": round(100 * value / top) if shown else 0})
    return {"bars": result}

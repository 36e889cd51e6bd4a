"""Reports for funders and commissioners, for a date range, composed from each app's own
figures: courses/figures.py (training), supervision/figures.py (1:1s, groups, check-ins)
and readiness's own sign-offs. The apps count; this module decides what is shown.

Counts about wellbeing, caseloads and how supervisees are grouped are protected as
readiness/protection.py describes; training and activity counts are shown as they are.
Each section is a plain function returning rows of values, so the HTML page, the charts
and the CSV export all show the same figures.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import requirements
from courses.figures import courses_completed
from people.models import VolunteerProfile
from people.status import Status
from readiness import facts
from readiness.models import SignOff
from readiness.protection import SMALL, average, protect, suppress
from supervision.figures import checkins_submitted, group_meetings_held, one_to_ones_held

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
    counts = [sum(1 for value in values if low <= value <= high) for low, high, _label in bands]
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
    among the volunteers who need it now (not counting people who have left)."""
    by_placement = facts.required_courses()
    # "Who must take it": a course for supervisors only is not needed by other volunteers. The
    # roles it names are read with the profiles, in the same query.
    profiles, names = requirements.with_role_names(
        VolunteerProfile.objects.exclude(status=Status.LEFT).select_related("user"),
        [course for items in by_placement.values() for course in items],
        person="user_id",
    )
    profiles = list(profiles)
    roles = {profile.user_id: requirements.role_names_from(profile, names) for profile in profiles}
    needing = Counter()
    courses = {}
    for profile in profiles:
        for course in facts.courses_for(profile, by_placement, roles):
            needing[course.pk] += 1
            courses[course.pk] = course
    counts = courses_completed(
        course_ids=list(courses), learner_ids=[profile.user_id for profile in profiles],
        start=period.start, end=period.end,
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
    """Sign-offs in the period, overrides among them, and the average days from joining."""
    sign_offs = list(
        SignOff.objects.filter(signed_at__gte=period.start_at, signed_at__lt=period.end_at).annotate(
            joined_on=F("volunteer__volunteer_profile__joined_on")
        )
    )
    days = [(timezone.localdate(s.signed_at) - s.joined_on).days for s in sign_offs if s.joined_on]
    return {
        "signed_off": len(sign_offs),
        "overrides": sum(1 for s in sign_offs if s.override),
        "average_days": average(sum(days), len(days), 0),
    }


def one_to_ones(period):
    """1:1s held against planned, per supervisee (numbered, never named), and in total."""
    per_supervisee = one_to_ones_held(start_at=period.start_at, end_at=period.end_at)
    rows = [
        {"supervisee": _("Supervisee %(n)d") % {"n": n}, "planned": row["planned"], "held": row["held"]}
        for n, row in enumerate(per_supervisee, start=1)
    ]
    planned = sum(row["planned"] for row in rows)
    held = sum(row["held"] for row in rows)
    bands = held_bands(rows)
    return {
        "rows": rows,
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
    a monthly average (over everyone's check-ins that month)."""
    latest = {}
    monthly = defaultdict(list)
    for row in checkins_submitted(start_at=period.start_at, end_at=period.end_at):
        percentage = row["who5"]
        latest[row["volunteer_id"]] = (percentage, row["caseload"])
        month = timezone.localtime(row["submitted_at"]).date().replace(day=1)
        monthly[month].append((row["volunteer_id"], percentage))
    bands = banded([percentage for percentage, _caseload in latest.values()], WHO5_BANDS)
    trend = []
    for month in period.months():
        entries = monthly.get(month, [])
        people = len({volunteer for volunteer, _p in entries})
        # Over each person's check-ins that month, shown only when 5 or more people checked in.
        mean = average(sum(p for _v, p in entries), len(entries)) if people >= SMALL else average(0, people)
        shown = f"{mean}%" if isinstance(mean, int | float) else mean
        trend.append({"month": month, "average": mean, "shown": shown, "people": suppress(people)})
    return {"bands": bands, "trend": trend, "people": suppress(len(latest)), "latest": latest}


def caseloads(latest):
    """Caseloads from each person's latest check-in: bands against the organisation's cap."""
    cap = settings.WAYMARK_CASELOAD_CAP
    bands = [(0, 0, _("None")), (1, 3, "1–3"), (4, cap, f"4–{cap}"), (cap + 1, 10_000, _("Over the cap"))]
    values = [caseload for _percentage, caseload in latest.values()]
    return {
        "rows": banded(values, bands),
        "cap": cap,
        "people": suppress(len(values)),
        "average": average(sum(values), len(values)),
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

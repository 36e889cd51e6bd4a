"""Reads for distance travelled: a person's journey, whether a reading is due, and the
funders' figures. Each is a fixed number of queries however many readings or people."""

from dateutil.relativedelta import relativedelta
from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery, Sum
from django.utils import timezone

from outreach.models import Domain, DomainScore, InstrumentVersion, Reading, Statement, StatementAnswer


def last_reading_on():
    """An annotation for first steppers: the day of their latest reading (a subquery, so it
    never multiplies the rows other annotations count)."""
    latest = Reading.objects.filter(first_stepper=OuterRef("pk")).order_by("-taken_on", "-id")
    return Subquery(latest.values("taken_on")[:1])


def reading_due(person, *, months, today=None):
    """A reading is due for someone on the caseload who has none yet (joining), or whose
    latest is `months` months old (a review)."""
    if not person.is_active:
        return False
    last = getattr(person, "last_reading_on", None)
    if last is None:
        return True
    return months > 0 and last + relativedelta(months=months) <= (today or timezone.localdate())


def readings_of(first_stepper):
    """Their readings, oldest first, each with its scores and answers in version order: three queries."""
    return list(
        Reading.objects.filter(first_stepper=first_stepper)
        .select_related("version", "by")
        .prefetch_related(
            Prefetch("scores", DomainScore.objects.select_related("domain")),
            Prefetch("answers", StatementAnswer.objects.select_related("statement")),
        )
        .order_by("taken_on", "id")
    )


def _change(first, latest):
    if first is None or latest is None:
        return None
    return latest - first


def journey_of(first_stepper):
    """The first and latest reading side by side, domain by domain (matched by key, so a
    revised wording still compares), and the latest answers to the statements."""
    readings = readings_of(first_stepper)
    if not readings:
        return {"readings": [], "first": None, "latest": None, "rows": [], "answers": []}
    first, latest = readings[0], readings[-1]
    first_scores = {s.domain.key: s for s in first.scores.all()}
    rows = []
    for score in latest.scores.all():
        before = first_scores.get(score.domain.key)
        rows.append({
            "key": score.domain.key,
            "label": score.domain.label,
            "first": before.score if before else None,
            "first_relevant": before is not None and before.score is not None,
            "latest": score.score,
            "change": _change(before.score if before else None, score.score),
            "size": abs(_change(before.score if before else None, score.score) or 0),
            "own_words": score.own_words,
            "first_words": before.own_words if before and latest != first else "",
        })
    return {
        "readings": readings,
        "first": first,
        "latest": latest,
        "single": len(readings) == 1,
        "rows": rows,
        "answers": list(latest.answers.all()),
        "scale_max": latest.version.scale_max,
    }


def _in_period(start, end):
    return Reading.objects.filter(taken_on__gte=start, taken_on__lte=end)


def _first_and_latest(readings, person_ref):
    same_person = readings.filter(first_stepper=OuterRef(person_ref))
    first = same_person.order_by("taken_on", "id").values("pk")[:1]
    latest = same_person.order_by("-taken_on", "-id").values("pk")[:1]
    return Subquery(first), Subquery(latest)


def distance_figures(*, start, end):
    """The funders' figures for readings taken between `start` and `end` (dates), in two
    aggregate queries however many people:

    1. Domains: for each person with two or more readings in the period, their first and
       latest reading in it. A domain counts a person when both readings score it (not
       "not relevant to me"); domains are matched by key across versions.
       {key: {"people", "initial_total", "final_total", "positive"}}.
    2. Statements: each person's latest reading in the period (one reading is enough).
       {key: {"yes", "no"}}; a statement left unanswered counts in neither.

    Erased first steppers still count: only their names and words went."""
    readings = _in_period(start, end)
    first, latest = _first_and_latest(readings, "reading__first_stepper")
    initial = DomainScore.objects.filter(reading_id=OuterRef("first_id"), domain__key=OuterRef("domain__key"))
    domain_rows = (
        DomainScore.objects.filter(reading__taken_on__gte=start, reading__taken_on__lte=end)
        .annotate(first_id=first, latest_id=latest)
        .filter(reading_id=F("latest_id"))
        .exclude(reading_id=F("first_id"))
        .annotate(initial=Subquery(initial.values("score")[:1]))
        .filter(score__isnull=False, initial__isnull=False)
        .values("domain__key")
        .annotate(
            people=Count("id"),
            initial_total=Sum("initial"),
            final_total=Sum("score"),
            positive=Count("id", filter=Q(score__gt=F("initial"))),
        )
        .order_by()
    )
    _first, latest = _first_and_latest(readings, "reading__first_stepper")
    statement_rows = (
        StatementAnswer.objects.filter(reading__taken_on__gte=start, reading__taken_on__lte=end)
        .annotate(latest_id=latest)
        .filter(reading_id=F("latest_id"))
        .values("statement__key")
        .annotate(yes=Count("id", filter=Q(answer=True)), no=Count("id", filter=Q(answer=False)))
        .order_by()
    )
    return {
        "domains": {row.pop("domain__key"): row for row in domain_rows},
        "statements": {row.pop("statement__key"): row for row in statement_rows},
    }


def current_instrument():
    """The current version with its domains and statements, in order: three queries."""
    version = InstrumentVersion.current()
    if version is None:
        return None, [], []
    return version, list(Domain.objects.filter(version=version)), list(Statement.objects.filter(version=version))

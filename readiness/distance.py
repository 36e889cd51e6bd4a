"""The funders' distance-travelled report: seed 002's two tables ("Measuring success"),
worked out from the readings taken in a date range, with the small-number rules of the
other reports. The figures come from two SQL aggregates (outreach.distance.selectors)."""

from django.utils.translation import gettext as _

from outreach.distance.selectors import current_instrument, distance_figures
from readiness.first_steps import percent, share
from readiness.protection import average, is_hidden, protect, suppress

PLACES = 2


def number(value):
    """A figure as the seed prints it: 9, 7.4, 6.25, -0.6 (words pass through unchanged)."""
    if isinstance(value, float):
        return f"{value:g}"
    return value


def _domain_row(label, figures):
    people = figures["people"] if figures else 0
    if people == 0:
        return {"label": label, "people": 0, "initial": "—", "final": "—", "change": "—", "positive": None}
    initial, final = figures["initial_total"], figures["final_total"]
    return {
        "label": label,
        "people": suppress(people),
        "initial": number(average(initial, people, PLACES)),
        "final": number(average(final, people, PLACES)),
        "change": number(average(final - initial, people, PLACES)),
        "positive": share(figures["positive"], people),
    }


def _statement_row(statement, figures):
    yes, no = (figures["yes"], figures["no"]) if figures else (0, 0)
    shown_yes, shown_no = protect([yes, no])
    either = yes + no
    # A percentage would give away a count that is hidden, so it goes with it.
    hidden = is_hidden(shown_yes) or is_hidden(shown_no)
    return {
        "wording": statement.wording,
        "yes_is_good": statement.yes_is_good,
        "yes": shown_yes,
        "no": shown_no,
        "either": suppress(either),
        "share": None if hidden else share(yes, either),
    }


def report(period):
    _version, domains, statements = current_instrument()
    figures = distance_figures(start=period.start, end=period.end)
    return {
        "period": period,
        "domains": [_domain_row(d.label, figures["domains"].get(d.key)) for d in domains],
        "statements": [_statement_row(s, figures["statements"].get(s.key)) for s in statements],
    }


def csv_rows(data):
    period = data["period"]
    yield [_("Distance travelled report"), period.start.isoformat(), period.end.isoformat()]
    yield []
    yield [_("Distance travelled measure"), _("Number of people"), _("Average initial score"),
           _("Average final score"), _("Average change"), _("Percentage with positive change")]
    for row in data["domains"]:
        yield [row["label"], row["people"], row["initial"], row["final"], row["change"], percent(row["positive"])]
    yield []
    yield [_("Distance travelled measure"), _("Number of people with ‘yes’ response"),
           _("Number of people with ‘no’ response"), _("Number of people with any response"),
           _("Percentage with ‘yes’ response")]
    for row in data["statements"]:
        wording = row["wording"] if row["yes_is_good"] else _("%(statement)s (“no” is the hoped-for answer)") % {
            "statement": row["wording"]}
        yield [wording, row["yes"], row["no"], row["either"], percent(row["share"])]

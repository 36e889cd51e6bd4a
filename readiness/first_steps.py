"""The manager's First Steps report: the figures seed 002 gives in "The numbers so far",
for people referred in a date range, with the funder report's small-number rules."""

from django.conf import settings
from django.utils.translation import gettext as _

from outreach.models import Substance
from outreach.selectors import first_steps_figures
from readiness.protection import SMALL, suppress
from readiness.protection import average as shown_average


def share(part, whole):
    """A percentage, but never of fewer than five people, and never from a count that is hidden."""
    if whole < SMALL or 0 < part < SMALL:
        return None
    return round(100 * part / whole)


def _nth(counted, index):
    """The value at `index` (from 0) of {value: how many times} written out in order."""
    seen = 0
    for value in sorted(counted):
        seen += counted[value]
        if index < seen:
            return value
    raise IndexError(index)


def median(counted):
    """The median of values given as {value: how many times}, as statistics.median gives it
    for the values written out: the middle one, or the mean of the middle two."""
    total = sum(counted.values())
    if total % 2:
        return _nth(counted, total // 2)
    return (_nth(counted, total // 2 - 1) + _nth(counted, total // 2)) / 2


def report(period):
    figures = first_steps_figures(start=period.start, end=period.end,
                                  engaged_days=settings.WAYMARK_ENGAGED_DAYS)
    referrals = figures["referrals"]
    sources, substances = {}, dict.fromkeys(Substance.values, 0)
    for row in figures["by_source_substance"]:
        sources[row["source__name"]] = sources.get(row["source__name"], 0) + row["n"]
        substances[row["substance"]] += row["n"]
    days, contacts = figures["days_to_first_call"], figures["contacts_per_supporter"]
    people_with_days = sum(days.values())
    supporters = sum(contacts.values())
    logged = sum(n * times for n, times in contacts.items())
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
        "median_days": median(days) if people_with_days >= SMALL else (_("fewer than 5") if days else "—"),
        "supporters": suppress(supporters),
        "few_supporters": 0 < supporters < SMALL,
        "contacts": logged,
        "contacts_average": shown_average(logged, supporters) if contacts else "—",
        "contacts_median": median(contacts) if supporters >= SMALL else (_("fewer than 5") if contacts else "—"),
    }


def percent(value):
    return "" if value is None else value


def csv_rows(data):
    period = data["period"]
    yield [_("First Steps report"), period.start.isoformat(), period.end.isoformat()]
    yield [_("Referrals"), data["referrals"]]
    yield []
    yield [_("Referred by"), _("People"), _("Share (%)")]
    for row in data["sources"]:
        yield [row["source"], row["shown"], percent(row["share"])]
    yield []
    yield [_("Main substance"), _("People"), _("Share (%)")]
    for row in data["substances"]:
        yield [row["substance"], row["shown"], percent(row["share"])]
    yield []
    yield [_("Developed a relationship (five connected calls)"), data["relationships"],
           percent(data["relationship_share"])]
    yield [_("Of those, still actively engaged"), data["engaged"], percent(data["engaged_share"])]
    yield [_("Median days from referral to first connected call"), data["median_days"]]
    yield []
    yield [_("Peer supporters who logged contacts"), data["supporters"]]
    yield [_("Contacts logged"), data["contacts"]]
    yield [_("Average contacts per peer supporter"), data["contacts_average"]]
    yield [_("Median contacts per peer supporter"), data["contacts_median"]]

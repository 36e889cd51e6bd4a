"""RFC 5545 recurrence in Europe/London wall-clock time, with bank holidays skipped.

The rule is expanded from a *naive* local start, and each date is then given the London
zone. So a weekly 10:00 meeting stays at 10:00 across the March and October clock changes,
where expanding in UTC would drift it by an hour.
"""

from datetime import datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import rrulestr
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Parts of RFC 5545 a person may type; DTSTART comes from the form, never from the rule.
FORBIDDEN_PARTS = ("DTSTART", "RDATE", "EXDATE", "EXRULE")


def london():
    return ZoneInfo(settings.TIME_ZONE)


def to_local_naive(moment):
    return moment.astimezone(london()).replace(tzinfo=None)


def localise(naive):
    """Give a wall-clock time the London zone (the earlier one if the clocks go back)."""
    return naive.replace(tzinfo=london(), fold=0)


def normalise_rule(text):
    """The rule as stored: upper case, no "RRULE:" prefix, no spaces. Raises ValidationError."""
    rule = "".join((text or "").split()).upper()
    if rule.startswith("RRULE:"):
        rule = rule[len("RRULE:"):]
    if not rule:
        raise ValidationError(_("Say how the meeting repeats."), code="rule_required")
    if any(part in rule for part in FORBIDDEN_PARTS) or "\n" in rule:
        raise ValidationError(_("Write only the repeat rule, for example FREQ=WEEKLY;INTERVAL=2."), code="rule_parts")
    if "FREQ=" not in rule:
        raise ValidationError(_("The repeat rule needs FREQ, for example FREQ=WEEKLY."), code="rule_freq")
    return rule


def _rule(rule, dtstart_local):
    try:
        return rrulestr(rule, dtstart=dtstart_local, ignoretz=True)
    except (ValueError, TypeError) as error:
        raise ValidationError(
            _("The repeat rule could not be read (%(problem)s). Try for example FREQ=WEEKLY.") % {"problem": error},
            code="rule_invalid",
        ) from None


@lru_cache(maxsize=16)
def _bank_holidays(year):
    # England and Wales share one list of bank holidays.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_bank_holiday(day):
    return day in _bank_holidays(day.year)


def starts_between(*, rule, dtstart, after, until, skip_bank_holidays):
    """The aware start times the rule gives in (after, until], in order.

    `dtstart`, `after` and `until` are aware datetimes; the expansion happens in local time.
    """
    expanded = _rule(rule, to_local_naive(dtstart))
    low, high = to_local_naive(after), to_local_naive(until)
    starts = []
    for naive in expanded.between(low - timedelta(hours=2), high + timedelta(hours=2), inc=True):
        if skip_bank_holidays and is_bank_holiday(naive.date()):
            continue
        aware = localise(naive)
        if after < aware <= until:
            starts.append(aware)
    return starts


def first_start_after(*, rule, dtstart, after, skip_bank_holidays, within_days=800):
    """The first start the rule gives after `after`, or None."""
    starts = starts_between(
        rule=rule, dtstart=dtstart, after=after, until=after + timedelta(days=within_days),
        skip_bank_holidays=skip_bank_holidays,
    )
    return starts[0] if starts else None


def validate_rule(*, rule, dtstart, now, skip_bank_holidays):
    """Normalise the rule and check it gives at least one meeting from now on. Returns the rule."""
    rule = normalise_rule(rule)
    after = max(now, dtstart - timedelta(seconds=1))
    if first_start_after(rule=rule, dtstart=dtstart, after=after, skip_bank_holidays=skip_bank_holidays) is None:
        raise ValidationError(
            _("That repeat rule gives no meeting dates from now on. Check the first date and the rule."),
            code="rule_empty",
        )
    return rule


def without_end(rule):
    """The rule with any UNTIL or COUNT taken out."""
    parts = [part for part in rule.split(";") if part and not part.startswith(("UNTIL=", "COUNT="))]
    return ";".join(parts)


def ending_before(rule, moment):
    """The rule ended with UNTIL just before `moment` (an aware time), as local wall-clock time."""
    until = to_local_naive(moment) - timedelta(seconds=1)
    return f"{without_end(rule)};UNTIL={until:%Y%m%dT%H%M%S}"


def count_from(*, rule, dtstart, moment):
    """For a rule with COUNT: how many of its dates are at or after `moment` (None without COUNT)."""
    if "COUNT=" not in rule:
        return None
    expanded = _rule(rule, to_local_naive(dtstart))
    cut = to_local_naive(moment)
    return sum(1 for naive in expanded if naive >= cut)


def describe(rule):
    """A short plain description of common rules; the raw rule otherwise."""
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    freq, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1"))
    if freq == "DAILY" and parts.get("BYDAY") == "MO,TU,WE,TH,FR":
        return _("Every weekday")
    if freq == "DAILY" and interval == 1:
        return _("Every day")
    if freq == "WEEKLY" and interval == 1:
        return _("Every week")
    if freq == "WEEKLY" and interval == 2:
        return _("Every two weeks")
    if freq == "MONTHLY" and interval == 1:
        return _("Every month")
    return rule


def combine_local(day, time):
    """An aware datetime for a London wall-clock date and time."""
    return localise(datetime.combine(day, time))

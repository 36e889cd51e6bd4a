"""RFC 5545 recurrence in Europe/London wall-clock time, with bank holidays skipped.

The rule is expanded from a *naive* local start, and each date is then given the London
zone. So a weekly 10:00 meeting stays at 10:00 across the March and October clock changes,
where expanding in UTC would drift it by an hour.
"""

from datetime import datetime, time, timedelta
from functools import lru_cache
from itertools import islice
from zoneinfo import ZoneInfo

import holidays
from dateutil.rrule import rrulestr
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from people import dates, inputs

# The rules Waymark offers: every day, week or month, or every few of them, on chosen weekdays,
# optionally for a number of meetings or until a date. Anything else (every second, a rule
# that never matches) could keep a worker busy for minutes, so it is refused, typed or stored.
FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY")
MAX_INTERVAL = 4
MAX_COUNT = 520
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
PARTS = ("FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL")
UNTIL_FORMATS = ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d")
# However a rule is written, one expansion looks at no more dates than this (about 75 years of
# meetings every weekday) and never past the last date a person may type.
MAX_DATES_LOOKED_AT = 20_000
EXAMPLES = "FREQ=WEEKLY, FREQ=WEEKLY;INTERVAL=2, FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


def london():
    return ZoneInfo(settings.TIME_ZONE)


def to_local_naive(moment):
    return moment.astimezone(london()).replace(tzinfo=None)


def localise(naive):
    """Give a wall-clock time the London zone (the earlier one if the clocks go back)."""
    return naive.replace(tzinfo=london(), fold=0)


def _refuse(problem):
    raise ValidationError(
        _("Waymark cannot use that repeat rule: %(problem)s. Try one of these: %(examples)s.")
        % {"problem": problem, "examples": EXAMPLES},
        code="rule_not_offered",
    )


def _whole_number(name, value, largest):
    if not value.isdigit() or not 1 <= int(value) <= largest:
        _refuse(_("%(part)s must be a whole number from 1 to %(largest)d") % {"part": name, "largest": largest})


def _until(value):
    for pattern in UNTIL_FORMATS:
        try:
            moment = datetime.strptime(value, pattern)
        except ValueError:
            continue
        if not inputs.in_range(moment):
            _refuse(inputs.range_message().rstrip("."))
        return moment
    return _refuse(_("UNTIL must be a date such as 20261231"))


def check_offered(rule):
    """Refuse (ValidationError) a normalised rule that is not one Waymark offers."""
    seen = {}
    for part in rule.split(";"):
        name, equals, value = part.partition("=")
        if not equals or not value:
            _refuse(_("each part is written NAME=VALUE, separated by ;"))
        if name not in PARTS:
            _refuse(_("%(part)s is not something Waymark can repeat by") % {"part": name})
        if name in seen:
            _refuse(_("%(part)s is there twice") % {"part": name})
        seen[name] = value
    if seen.get("FREQ") not in FREQUENCIES:
        _refuse(_("meetings repeat every day (DAILY), week (WEEKLY) or month (MONTHLY)"))
    if "INTERVAL" in seen:
        _whole_number("INTERVAL", seen["INTERVAL"], MAX_INTERVAL)
    if "COUNT" in seen:
        _whole_number("COUNT", seen["COUNT"], MAX_COUNT)
    if "COUNT" in seen and "UNTIL" in seen:
        _refuse(_("give COUNT or UNTIL, not both"))
    if "UNTIL" in seen:
        _until(seen["UNTIL"])
    if "BYDAY" in seen:
        days = seen["BYDAY"].split(",")
        if any(day not in WEEKDAY_CODES for day in days) or len(set(days)) != len(days):
            _refuse(_("BYDAY lists days of the week, such as MO,WE,FR"))
    return rule


def normalise_rule(text):
    """The rule as stored: upper case, no "RRULE:" prefix, no spaces, and one Waymark offers.
    Raises ValidationError with a message for the person who typed it."""
    rule = "".join((text or "").split()).upper()
    if rule.startswith("RRULE:"):
        rule = rule[len("RRULE:"):]
    if not rule:
        raise ValidationError(_("Say how the meeting repeats."), code="rule_required")
    if "FREQ=" not in rule:
        raise ValidationError(_("The repeat rule needs FREQ, for example FREQ=WEEKLY."), code="rule_freq")
    return check_offered(rule.strip(";"))


def _rule(rule, dtstart_local):
    check_offered(rule)
    try:
        return rrulestr(rule, dtstart=dtstart_local, ignoretz=True)
    except (ValueError, TypeError, OverflowError) as error:
        raise ValidationError(
            _("The repeat rule could not be read (%(problem)s). Try for example FREQ=WEEKLY.") % {"problem": error},
            code="rule_invalid",
        ) from None


def _latest_naive():
    return datetime.combine(inputs.LATEST, time.max)


def _dates(expanded, *, until):
    """The rule's local dates up to `until`, looking at no more than MAX_DATES_LOOKED_AT."""
    until = min(until, _latest_naive())
    for naive in islice(expanded, MAX_DATES_LOOKED_AT):
        if naive > until:
            return
        yield naive


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
    for naive in _dates(expanded, until=dates.plus_hours(high, 2)):
        if naive < low - timedelta(hours=2):
            continue
        if skip_bank_holidays and is_bank_holiday(naive.date()):
            continue
        aware = localise(naive)
        if after < aware <= until:
            starts.append(aware)
    return starts


def first_start_after(*, rule, dtstart, after, skip_bank_holidays, within_days=800):
    """The first start the rule gives after `after`, or None."""
    starts = starts_between(
        rule=rule, dtstart=dtstart, after=after, until=dates.moment_after(after, timedelta(days=within_days)),
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
    return sum(1 for naive in _dates(expanded, until=_latest_naive()) if naive >= cut)


def describe(rule):
    """A short plain description of common rules; the raw rule otherwise."""
    parts = dict(part.split("=", 1) for part in rule.split(";") if "=" in part)
    freq, interval = parts.get("FREQ"), parts.get("INTERVAL", "1")
    # A rule stored before rules were checked may say anything; it is then shown as written.
    interval = int(interval) if interval.isdigit() else None
    if freq in ("DAILY", "WEEKLY") and interval == 1 and parts.get("BYDAY") == "MO,TU,WE,TH,FR":
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

"""Date arithmetic on stored values that can never fail.

A date typed today is kept between 2000 and 2100 (people/inputs.py), but rows saved before
that rule, or written some other way, may hold anything up to 31 December 9999. Adding months
or days to those must not take a page down for everyone who sees that person, so these
stop at the last day Python knows instead of raising.
"""

from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta


def months_after(day, months):
    """`day` plus calendar months (clipped to the month's end), or date.max if that is past it."""
    try:
        return day + relativedelta(months=months)
    except (OverflowError, ValueError):
        return date.max if months >= 0 else date.min


def days_after(day, days):
    """`day` plus `days` (a number or a timedelta), or date.max / date.min if that is past it."""
    step = days if isinstance(days, timedelta) else timedelta(days=days)
    try:
        return day + step
    except OverflowError:
        return date.max if step >= timedelta(0) else date.min


def moment_after(moment, delta):
    """A date-time plus a timedelta, or the latest date-time Python knows if that is past it."""
    try:
        return moment + delta
    except OverflowError:
        return datetime.max.replace(tzinfo=moment.tzinfo) if delta >= timedelta(0) else datetime.min.replace(
            tzinfo=moment.tzinfo)


def plus_hours(moment, hours):
    return moment_after(moment, timedelta(hours=hours))

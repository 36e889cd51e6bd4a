"""Readiness rules as plain functions over plain values, so each is easy to test alone.

selectors.readiness_for() gathers the facts for many volunteers at once and calls these.
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from readiness.states import RuleResult, State


def _day(value):
    return date_format(value, "j F Y")


def preparation_ends(joined_on, months):
    """The day a preparation period of `months` calendar months ends.

    Calendar months, clipped to the month's end: someone joining on 31 December with two
    months to prepare can start on 28 February, or the 29th in a leap year.
    """
    return joined_on + relativedelta(months=months)


def dated_state(*, done_on, expires_on, today, warning_days):
    """Met, expiring within `warning_days`, expired or missing, for something done once."""
    if done_on is None:
        return State.MISSING
    if expires_on is None:
        return State.MET
    if expires_on <= today:
        return State.EXPIRED
    if expires_on <= today + timedelta(days=warning_days):
        return State.EXPIRING
    return State.MET


def preparation_rule(*, joined_on, months, today):
    """At least `months` calendar months between joining and starting."""
    label = ngettext("%(n)d month to prepare", "%(n)d months to prepare", months) % {"n": months}
    ends = preparation_ends(joined_on, months)
    if ends <= today:
        return RuleResult("preparation", label, State.MET, _("Joined on %(date)s") % {"date": _day(joined_on)}, ends)
    days = (ends - today).days
    detail = ngettext(
        "%(days)d more day (can start from %(date)s)", "%(days)d more days (can start from %(date)s)", days
    ) % {"days": days, "date": _day(ends)}
    return RuleResult("preparation", label, State.MISSING, detail, ends)


def check_rule(*, key, name, done_on, expires_on, today, warning_days):
    """A pre-start check a manager records, such as a DBS check or a reference."""
    state = dated_state(done_on=done_on, expires_on=expires_on, today=today, warning_days=warning_days)
    if state == State.MISSING:
        detail = _("Not recorded yet")
    elif state == State.EXPIRED:
        detail = _("Expired on %(date)s") % {"date": _day(expires_on)}
    elif expires_on:
        detail = _("Recorded %(done)s, renew by %(expires)s") % {"done": _day(done_on), "expires": _day(expires_on)}
    else:
        detail = _("Recorded %(done)s") % {"done": _day(done_on)}
    return RuleResult(key, name, state, detail, expires_on=expires_on)

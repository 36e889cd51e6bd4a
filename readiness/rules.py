"""Readiness rules as plain functions over plain values, so each is easy to test alone.

selectors.readiness_judge() gathers the facts for many volunteers at once and calls these.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from people import dates
from readiness.states import RuleResult, State


def _day(value):
    return date_format(value, "j F Y")


def preparation_ends(joined_on, months):
    """The day a preparation period of `months` calendar months ends.

    Calendar months, clipped to the month's end: someone joining on 31 December with two
    months to prepare can start on 28 February, or the 29th in a leap year.
    """
    return dates.months_after(joined_on, months)


def dated_state(*, done_on, expires_on, today, warning_days):
    """Met, expiring within `warning_days`, expired or missing, for something done once."""
    if done_on is None:
        return State.MISSING
    if expires_on is None:
        return State.MET
    if expires_on <= today:
        return State.EXPIRED
    if expires_on <= dates.days_after(today, warning_days):
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


def _short(value):
    return date_format(value, "j M")


def waiting_detail(*, kind, waiting):
    """"DBS applied 3 Nov, waiting", "Requested from Sam Jones 3 Nov, chased 20 Nov, waiting"."""
    started, chased = waiting["started_on"], waiting["chased_on"]
    if kind == "dbs":
        text = _("DBS applied %(date)s") % {"date": _short(started)}
    elif waiting["requested_from"]:
        text = _("Requested from %(who)s %(date)s") % {"who": waiting["requested_from"], "date": _short(started)}
    else:
        text = _("Requested %(date)s") % {"date": _short(started)}
    if chased:
        text += ", " + _("chased %(date)s") % {"date": _short(chased)}
    return text + ", " + _("waiting")


def check_rule(*, key, name, done_on, expires_on, today, warning_days, kind="other", waiting=None):
    """A pre-start check a manager records, such as a DBS check or a reference. One that was
    applied for or requested and not yet received says so, and since when."""
    state = dated_state(done_on=done_on, expires_on=expires_on, today=today, warning_days=warning_days)
    if waiting is not None and state in (State.MISSING, State.EXPIRED, State.EXPIRING):
        # A renewal under way, or a first check: what is happening matters most.
        prefix = ""
        if state == State.EXPIRED:
            prefix = _("Expired on %(date)s") % {"date": _day(expires_on)} + "; "
        elif state == State.EXPIRING:
            prefix = _("Renew by %(date)s") % {"date": _day(expires_on)} + "; "
        return RuleResult(key, name, state, prefix + waiting_detail(kind=kind, waiting=waiting), expires_on=expires_on)
    if state == State.MISSING:
        detail = _("Not recorded yet")
    elif state == State.EXPIRED:
        detail = _("Expired on %(date)s") % {"date": _day(expires_on)}
    elif expires_on:
        detail = _("Recorded %(done)s, renew by %(expires)s") % {"done": _day(done_on), "expires": _day(expires_on)}
    else:
        detail = _("Recorded %(done)s") % {"done": _day(done_on)}
    return RuleResult(key, name, state, detail, expires_on=expires_on)


def _days(modules):
    """Classroom days as numbers; several modules can share one day."""
    return {module.classroom_day for module in modules}


def course_rule(*, progress, today, warning_days, next_dates):
    """A required course: completed and in date, with how far along it is when not.

    `next_dates` maps a classroom module to the date of its next session: a course with
    days still to attend cannot be finished before the last of those.
    """
    course = progress.course
    key = f"course:{course.slug}"
    if progress.completed_on:
        state = dated_state(
            done_on=progress.completed_on, expires_on=progress.expires_on, today=today, warning_days=warning_days
        )
        if state == State.EXPIRED:
            return RuleResult(key, course.title, state, _("Expired on %(date)s") % {"date": _day(progress.expires_on)})
        if state == State.EXPIRING:
            detail = _("Renew by %(date)s") % {"date": _day(progress.expires_on)}
        else:
            detail = _("Completed %(date)s") % {"date": _day(progress.completed_on)}
        return RuleResult(key, course.title, state, detail, expires_on=progress.expires_on)

    parts = []
    if progress.lessons_total:
        parts.append(
            ngettext("%(done)d of %(total)d lesson done", "%(done)d of %(total)d lessons done", progress.lessons_total)
            % {"done": progress.lessons_done, "total": progress.lessons_total}
        )
    days = _days(progress.classroom_modules)
    earliest = None
    if days:
        missed = progress.missed_days
        attended = len(days - _days(missed))
        parts.append(
            ngettext(
                "%(done)d of %(total)d classroom day attended",
                "%(done)d of %(total)d classroom days attended",
                len(days),
            )
            % {"done": attended, "total": len(days)}
        )
        booked_days = [next_dates.get(module.pk) for module in missed]
        if missed and all(booked_days):
            earliest = max(booked_days)
    detail = ", ".join(parts) or _("Not started")
    return RuleResult(key, course.title, State.MISSING, detail, earliest)


def supervisor_rule(*, supervisor_name):
    if supervisor_name is None:
        return RuleResult("supervisor", _("A supervisor"), State.MISSING, _("No supervisor yet"))
    return RuleResult("supervisor", _("A supervisor"), State.MET, supervisor_name)


def one_to_one_rule(*, attended, needed, next_booked=None):
    """1:1s attended against the number needed. With a 1:1 booked, the detail says when, and
    the earliest day counts the booked 1:1s as attended: the next one, then one a week."""
    label = _("1:1s attended")
    state = State.MET if attended >= needed else State.MISSING
    detail = _("%(done)d of %(needed)d so far") % {"done": min(attended, needed), "needed": needed}
    earliest = None
    if state == State.MISSING:
        if next_booked is not None:
            local = timezone.localtime(next_booked)
            detail += "; " + _("next one booked for %(when)s") % {"when": date_format(local, "l j F, H:i")}
            earliest = dates.days_after(local.date(), 7 * (needed - attended - 1))
        else:
            detail += "; " + _("none booked yet")
    return RuleResult("one_to_ones", label, state, detail, earliest)


def policy_rule(*, total, unread):
    label = _("Policies read and understood")
    if not unread:
        return RuleResult("policies", label, State.MET, _("All read"))
    names = ", ".join(policy.title for policy in unread)
    detail = _("%(done)d of %(total)d: still to read %(names)s") % {
        "done": total - len(unread),
        "total": total,
        "names": names,
    }
    return RuleResult("policies", label, State.MISSING, detail)

"""Readiness rules as plain functions over plain values, so each is easy to test alone.

selectors.readiness_judge() gathers the facts for many volunteers at once and calls these.
"""

from django.utils import timezone

from people import dates
from readiness.states import RuleResult, State
from readiness.wording import page_title, phrase


def _iso(value):
    """A date kept in a rule's words, worded when read (readiness/wording.py)."""
    return value.isoformat()


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
    label = phrase("months_to_prepare", n=months)
    ends = preparation_ends(joined_on, months)
    if ends <= today:
        return RuleResult("preparation", label, State.MET, phrase("joined_on", date=_iso(joined_on)), ends)
    detail = phrase("more_days", days=(ends - today).days, date=_iso(ends))
    return RuleResult("preparation", label, State.MISSING, detail, ends)


def waiting_detail(*, kind, waiting):
    """"DBS applied 3 Nov, waiting", "Requested from Sam Jones 3 Nov, chased 20 Nov, waiting"."""
    started, chased = _iso(waiting["started_on"]), waiting["chased_on"]
    if kind == "dbs":
        words = phrase("dbs_applied", date=started)
    elif waiting["requested_from"]:
        words = phrase("requested_from", who=waiting["requested_from"], date=started)
    else:
        words = phrase("requested", date=started)
    if chased:
        words += [", ", *phrase("chased", date=_iso(chased))]
    return [*words, ", ", *phrase("waiting")]


def check_rule(*, key, name, done_on, expires_on, today, warning_days, kind="other", waiting=None):
    """A pre-start check a manager records, such as a DBS check or a reference. One that was
    applied for or requested and not yet received says so, and since when."""
    state = dated_state(done_on=done_on, expires_on=expires_on, today=today, warning_days=warning_days)
    if waiting is not None and state in (State.MISSING, State.EXPIRED, State.EXPIRING):
        # A renewal under way, or a first check: what is happening matters most.
        prefix = []
        if state == State.EXPIRED:
            prefix = [*phrase("expired_on", date=_iso(expires_on)), "; "]
        elif state == State.EXPIRING:
            prefix = [*phrase("renew_by", date=_iso(expires_on)), "; "]
        return RuleResult(key, name, state, prefix + waiting_detail(kind=kind, waiting=waiting), expires_on=expires_on)
    if state == State.MISSING:
        detail = phrase("not_recorded")
    elif state == State.EXPIRED:
        detail = phrase("expired_on", date=_iso(expires_on))
    elif expires_on:
        detail = phrase("recorded_renew_by", done=_iso(done_on), expires=_iso(expires_on))
    else:
        detail = phrase("recorded", done=_iso(done_on))
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
            return RuleResult(key, page_title(course), state, phrase("expired_on", date=_iso(progress.expires_on)))
        if state == State.EXPIRING:
            detail = phrase("renew_by", date=_iso(progress.expires_on))
        else:
            detail = phrase("completed", date=_iso(progress.completed_on))
        return RuleResult(key, page_title(course), state, detail, expires_on=progress.expires_on)

    parts = []
    if progress.lessons_total:
        parts.append(phrase("lessons_done", done=progress.lessons_done, total=progress.lessons_total))
    days = _days(progress.classroom_modules)
    earliest = None
    if days:
        missed = progress.missed_days
        attended = len(days - _days(missed))
        parts.append(phrase("classroom_days", done=attended, total=len(days)))
        booked_days = [next_dates.get(module.pk) for module in missed]
        if missed and all(booked_days):
            earliest = max(booked_days)
    detail = [item for i, part in enumerate(parts) for item in ([", "] if i else []) + part] or phrase("not_started")
    return RuleResult(key, page_title(course), State.MISSING, detail, earliest)


def supervisor_rule(*, supervisor_name):
    if supervisor_name is None:
        return RuleResult("supervisor", phrase("a_supervisor"), State.MISSING, phrase("no_supervisor"))
    return RuleResult("supervisor", phrase("a_supervisor"), State.MET, supervisor_name)


def one_to_one_rule(*, attended, needed, next_booked=None):
    """1:1s attended against the number needed. With a 1:1 booked, the detail says when, and
    the earliest day counts the booked 1:1s as attended: the next one, then one a week."""
    label = phrase("one_to_ones")
    state = State.MET if attended >= needed else State.MISSING
    detail = phrase("so_far", done=min(attended, needed), needed=needed)
    earliest = None
    if state == State.MISSING:
        if next_booked is not None:
            local = timezone.localtime(next_booked)
            detail += ["; ", *phrase("next_booked", when=local.replace(tzinfo=None).isoformat())]
            earliest = dates.days_after(local.date(), 7 * (needed - attended - 1))
        else:
            detail += ["; ", *phrase("none_booked")]
    return RuleResult("one_to_ones", label, state, detail, earliest)


def policy_rule(*, total, unread):
    label = phrase("policies")
    if not unread:
        return RuleResult("policies", label, State.MET, phrase("all_read"))
    names = [[str(policy.translation_key), policy.title] for policy in unread]
    detail = phrase("still_to_read", done=total - len(unread), total=total, names=names)
    return RuleResult("policies", label, State.MISSING, detail)

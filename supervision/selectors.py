"""Reads for supervision pages, each in a fixed number of queries however many rows."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import CharField, Count, Exists, F, OuterRef, Q, Subquery, Value, Window
from django.db.models.functions import Coalesce, NullIf, RowNumber
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from outreach.selectors import caseload_counts
from people.models import SupervisorAssignment
from supervision.flags import FALL_POINTS
from supervision.models import (
    Action,
    Attendance,
    Attendee,
    CheckIn,
    Flag,
    Kind,
    MoveRequest,
    Occurrence,
)

OVERDUE_DAYS = 14
TREND_WEEKS = 12


# Who a supervisor should look at first, most pressing first (see team_for).
NEED_URGENT, NEED_CONTACT, NEED_FOLLOW_UP, NEED_OVERDUE, NEED_NONE = range(5)
NEED_LABELS = {
    NEED_URGENT: gettext_lazy("Urgent"),
    NEED_CONTACT: gettext_lazy("Contact asked for"),
    NEED_FOLLOW_UP: gettext_lazy("Follow up"),
    NEED_OVERDUE: gettext_lazy("1:1 overdue"),
}


def is_overdue(*, today, last_attended_on, supervised_since):
    """A 1:1 was due and did not happen: more than OVERDUE_DAYS since the last one attended,
    or, when none has been attended yet, since supervision began. Someone whose supervision
    began a week ago is not overdue, whether or not their first 1:1 is booked."""
    since = last_attended_on or supervised_since
    return (today - since).days > OVERDUE_DAYS


def _need(row, *, cap):
    """(rank, reasons): how pressing this supervisee is and why, in words for the row."""
    reasons = []
    if row["urgent_flags"]:
        reasons.append(_("Very low wellbeing score: contact them soon"))
    if row["contact_flags"]:
        reasons.append(_("Asked you to contact them"))
    other = row["open_flags"] - row["urgent_flags"] - row["contact_flags"]
    if other > 0 and reasons:
        reasons.append(ngettext("%(n)d more open flag", "%(n)d more open flags", other) % {"n": other})
    elif other > 0:
        reasons.append(ngettext("%(n)d open flag", "%(n)d open flags", other) % {"n": other})
    big_fall = row["change"] is not None and row["change"] <= -FALL_POINTS
    if big_fall:
        reasons.append(_("WHO-5 down %(points)d points") % {"points": -row["change"]})
    if row["caseload"] is not None and row["caseload"] > cap:
        reasons.append(_("Supports %(n)d people, above the limit of %(cap)d") % {"n": row["caseload"], "cap": cap})
    if row["overdue"]:
        if row["days_since"] is not None:
            reasons.append(_("No 1:1 for %(days)d days") % {"days": row["days_since"]})
        else:
            reasons.append(_("No 1:1 yet, %(days)d days since supervision began") % {"days": row["since_assigned"]})
    if row["urgent_flags"]:
        rank = NEED_URGENT
    elif row["contact_flags"]:
        rank = NEED_CONTACT
    elif row["open_flags"] or big_fall:
        rank = NEED_FOLLOW_UP
    elif row["overdue"]:
        rank = NEED_OVERDUE
    else:
        rank = NEED_NONE
    return rank, reasons


def team_for(*, supervisor=None, now=None):
    """One row per current supervisee (of `supervisor`, or everyone's for a manager): next 1:1,
    last attended 1:1 and days since, latest WHO-5 and its change, open flags, caseload (the First Steps caseload where
    Waymark holds it), open actions,
    and why they need their supervisor now.

    Ordered by need: urgent flags, then a request to be contacted, then other open flags and
    big falls in the WHO-5, then 1:1s really overdue, then everyone else; by name within each.
    Five queries whether there is one supervisee or a hundred.
    """
    now = now or timezone.now()
    today = timezone.localtime(now).date()
    cap = settings.WAYMARK_CASELOAD_CAP
    # Each supervisee's next 1:1 and last one attended, read along their (person, start) index:
    # a few rows each, where grouping every 1:1 of the team read every meeting's row.
    one_to_ones = Attendee.objects.filter(person_id=OuterRef("volunteer_id"), occurrence__series__kind=Kind.ONE_TO_ONE)
    assignments = (
        SupervisorAssignment.objects.current()
        .select_related("volunteer", "supervisor")
        .annotate(
            next_at=Subquery(one_to_ones.filter(active=True, starts_at__gt=now).order_by("starts_at")
                             .values("starts_at")[:1]),
            last_at=Subquery(one_to_ones.filter(attendance=Attendance.ATTENDED, starts_at__lte=now)
                             .order_by("-starts_at").values("starts_at")[:1]),
        )
    )
    if supervisor is not None:
        assignments = assignments.filter(supervisor=supervisor)
    assignments = list(assignments.order_by("volunteer__full_name", "volunteer_id"))
    ids = [a.volunteer_id for a in assignments]
    if not ids:
        return []
    next_one = {a.volunteer_id: a.next_at for a in assignments if a.next_at}
    last_attended = {a.volunteer_id: a.last_at for a in assignments if a.last_at}
    # The latest two check-ins of each (within TREND_WEEKS), newest first: the table shows the
    # latest WHO-5 and its change, so the rest of the weeks are never read.
    recent = {}
    for checkin in (
        CheckIn.objects.filter(volunteer_id__in=ids, submitted_at__gte=now - timedelta(weeks=TREND_WEEKS))
        .annotate(newness=Window(
            RowNumber(), partition_by=F("volunteer_id"), order_by=[F("submitted_at").desc(), F("id").desc()]
        ))
        .filter(newness__lte=2)
        .order_by("volunteer_id", "newness")
    ):
        recent.setdefault(checkin.volunteer_id, []).append(checkin)
    flags = {
        row["volunteer_id"]: row
        for row in Flag.objects.open().filter(volunteer_id__in=ids).values("volunteer_id")
        .annotate(
            total=Count("id"),
            urgent_count=Count("id", filter=Q(urgent=True)),
            contact=Count("id", filter=Q(rule=Flag.Rule.CONTACT_REQUESTED)),
        )
    }
    actions = {
        row["volunteer_id"]: row
        for row in Action.objects.open().filter(volunteer_id__in=ids).values("volunteer_id")
        .annotate(total=Count("id"), overdue=Count("id", filter=Q(due_on__lt=today)))
    }
    # Where Waymark holds someone's First Steps caseload, it is the caseload; else their check-in's.
    caseloads = caseload_counts(ids, now=now)
    rows = []
    for assignment in assignments:
        pk = assignment.volunteer_id
        checkins = recent.get(pk, [])
        latest = checkins[0] if checkins else None
        previous = checkins[1] if len(checkins) > 1 else None
        last = last_attended.get(pk)
        last_on = timezone.localtime(last).date() if last else None
        caseload = caseloads[pk]["caseload"] if pk in caseloads else latest.caseload if latest else None
        row = {
            "volunteer": assignment.volunteer,
            "supervisor": assignment.supervisor,
            "next_one_to_one": next_one.get(pk),
            "last_attended": last,
            "days_since": (today - last_on).days if last_on else None,
            "since_assigned": (today - assignment.started_on).days,
            "overdue": is_overdue(today=today, last_attended_on=last_on, supervised_since=assignment.started_on),
            "latest": latest,
            "change": latest.percentage - previous.percentage if previous else None,
            "caseload": caseload,
            "over_cap": (caseload or 0) > settings.WAYMARK_CASELOAD_CAP,
            "not_reached": caseloads.get(pk, {}).get("not_reached", 0),
            "open_flags": flags.get(pk, {}).get("total", 0),
            "urgent_flags": flags.get(pk, {}).get("urgent_count", 0),
            "contact_flags": flags.get(pk, {}).get("contact", 0),
            "open_actions": actions.get(pk, {}).get("total", 0),
            "overdue_actions": actions.get(pk, {}).get("overdue", 0),
        }
        row["need"], row["reasons"] = _need(row, cap=cap)
        row["need_label"] = NEED_LABELS.get(row["need"], "")
        rows.append(row)
    # A stable sort keeps the name order within each level of need.
    rows.sort(key=lambda row: row["need"])
    return rows


def meetings_for(person, *, now=None, days=28):
    """A person's meetings from today for `days` days, with series and attendees."""
    now = now or timezone.now()
    return (
        Occurrence.objects.filter(attendees__person=person, ends_at__gt=now, starts_at__lt=now + timedelta(days=days))
        .select_related("series", "series__organiser")
        .prefetch_related("attendees__person")
        .order_by("starts_at")
        .distinct()
    )


def checked_in_this_week(volunteer, *, now=None):
    return CheckIn.objects.this_week(now).filter(volunteer=volunteer).exists()


def my_supervision_card(user, *, now=None):
    """What a volunteer's dashboard shows about their supervision, in one query: their
    supervisor's name, the start of their next 1:1, whether they checked in this week and
    their open actions."""
    now = now or timezone.now()
    supervisor = (
        SupervisorAssignment.objects.current()
        .filter(volunteer=OuterRef("pk"))
        .order_by("-started_on", "-id")
        .values(
            name=Coalesce(NullIf("supervisor__full_name", Value("")), "supervisor__email", output_field=CharField())
        )[:1]
    )
    next_one = (
        Occurrence.objects.upcoming(now)
        .filter(series__kind=Kind.ONE_TO_ONE, attendees__person=OuterRef("pk"), attendees__active=True)
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    this_week = CheckIn.objects.this_week(now).filter(volunteer=OuterRef("pk"))
    open_actions = (
        Action.objects.open().filter(volunteer=OuterRef("pk")).values("volunteer").annotate(n=Count("id")).values("n")
    )
    facts = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            supervisor=Subquery(supervisor),
            next_one_to_one=Subquery(next_one),
            checked_in=Exists(this_week),
            open_actions=Subquery(open_actions),
        )
        .get()
    )
    return {
        "supervisor": facts["supervisor"],
        "next_one_to_one": facts["next_one_to_one"],
        "checked_in": facts["checked_in"],
        "open_actions": facts["open_actions"] or 0,
    }


def open_move_requests_for(supervisor):
    return (
        MoveRequest.objects.filter(state=MoveRequest.State.OPEN, occurrence__series__organiser=supervisor)
        .select_related("occurrence__series", "requested_by")
        .order_by("created_at")
    )


def _tel(number):
    return "tel:" + number.replace(" ", "")


def help_numbers():
    """The "Need help now?" numbers, from settings, each with its tap-to-call link."""
    samaritans = settings.WAYMARK_SAMARITANS_NUMBER
    on_call = settings.WAYMARK_ON_CALL_NUMBER
    return {
        "samaritans": samaritans,
        "samaritans_tel": _tel(samaritans) if samaritans else "",
        "on_call": on_call,
        "on_call_tel": _tel(on_call) if on_call else "",
        "organisation": settings.WAYMARK_ORGANISATION_NAME,
    }


def contact_promise():
    """When a volunteer who asked to be contacted will hear from their supervisor."""
    days = settings.WAYMARK_CONTACT_WITHIN_WORKING_DAYS
    if days <= 1:
        return _("Your supervisor will contact you by the end of the next working day.")
    return ngettext(
        "Your supervisor will contact you within %(days)d working day.",
        "Your supervisor will contact you within %(days)d working days.",
        days,
    ) % {"days": days}

"""Weekly wellbeing check-ins and the flags they raise for the supervisor."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from outreach import selectors as outreach_selectors
from supervision import flags as flag_rules
from supervision import tasks
from supervision.models import CheckIn, Flag
from supervision.services.checkin_months import checkin_month_add
from supervision.services.latest_checkins import latest_checkin_note


def _check_answers(answers):
    for name in CheckIn.ITEM_FIELDS:
        value = answers.get(name)
        if not isinstance(value, int) or not 0 <= value <= 5:
            raise ValidationError(_("Answer all five wellbeing questions."), code="who5")
    caseload = answers.get("caseload")
    if caseload is not None and (not isinstance(caseload, int) or not 0 <= caseload <= 200):
        raise ValidationError(_("Say how many people you support now, from 0 to 200."), code="caseload")
    recovery = answers.get("recovery")
    if not isinstance(recovery, int) or not 1 <= recovery <= 5:
        raise ValidationError(_("Say how your own recovery is going."), code="recovery")


def checkin_submit(*, volunteer, answers, now=None):
    """Save a check-in, raise any flags and tell the supervisor about them after commit.

    `answers` holds the five WHO-5 item fields, caseload, recovery, worries and
    contact_requested. Nothing is saved if any answer is missing or out of range. Someone
    not yet supporting anybody is not asked their caseload (None): it is stored as 0.
    """
    now = now or timezone.now()
    _check_answers(answers)
    previous = CheckIn.objects.filter(volunteer=volunteer).order_by("-submitted_at", "-id").first()
    with transaction.atomic():
        checkin = CheckIn.objects.create(
            volunteer=volunteer, submitted_at=now,
            **{name: answers[name] for name in CheckIn.ITEM_FIELDS},
            caseload=answers.get("caseload") or 0, recovery=answers["recovery"],
            worries=(answers.get("worries") or "").strip(),
            contact_requested=bool(answers.get("contact_requested")),
        )
        checkin_month_add(checkin=checkin)
        latest_checkin_note(checkin=checkin)
        # Read from their First Steps caseload, where Waymark holds it.
        held = outreach_selectors.caseload_counts([volunteer.pk], now=now).get(volunteer.pk, {})
        raised = flag_rules.evaluate(
            flag_rules.Answers.of(checkin, not_reached=held.get("not_reached", 0)),
            flag_rules.Answers.of(previous) if previous else None,
            caseload_cap=settings.WAYMARK_CASELOAD_CAP,
        )
        Flag.objects.bulk_create(
            [Flag(checkin=checkin, volunteer=volunteer, rule=f.rule, urgent=f.urgent, params=f.params, created_at=now)
             for f in raised]
        )
    if raised:
        enqueue(tasks.tell_supervisor_about_flags, checkin.pk)
    return checkin


def checkin_follow_up(*, checkin, by, resolution, now=None):
    """Record what the supervisor did about one check-in. Every flag it raised that is still
    open closes with this one record, each keeping the same words, who and when.

    Returns the flags closed. Refuses an empty record, and a check-in with nothing open.
    """
    resolution = (resolution or "").strip()
    if not resolution:
        raise ValidationError(_("Write what you did, so the flags can be closed."), code="resolution")
    now = now or timezone.now()
    with transaction.atomic():
        open_flags = list(Flag.objects.select_for_update().filter(checkin=checkin, resolved_at=None))
        closed = Flag.objects.filter(pk__in=[flag.pk for flag in open_flags], resolved_at=None).update(
            resolved_at=now, resolved_by=by, resolution=resolution
        )
    if not closed:
        raise ValidationError(_("What was done about this check-in is already recorded."), code="closed")
    return open_flags

"""Writes for First Steps caseloads. Each validates before it saves and raises
ValidationError with a message a person can act on."""

import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outreach.kept_facts import contact_counted, lock_person, person_facts_recount
from outreach.models import (
    Contact,
    ContactKind,
    DomainScore,
    FirstStepper,
    ReferralSource,
    Review,
    Stage,
    StageChange,
    StepBackReason,
    Topic,
)
from outreach.permissions import can_hold_caseload

PHONE = re.compile(r"^\+?[0-9 ()-]{7,30}$")


def _check_holder(peer_supporter):
    if peer_supporter is not None and not can_hold_caseload(peer_supporter):
        raise ValidationError(
            _("%(name)s cannot hold a caseload: only active volunteers marked to hold a First Steps caseload "
              "(on their page under People) can.")
            % {"name": peer_supporter}, code="not_active",
        )


def referral_record(*, by, name, phone, source, substance, referred_on=None, contact_by="either",
                    contact_times="", may_leave_message=False, safety_notes="", peer_supporter=None):
    """Record a referral. A peer supporter's own referral (a self-referral they took) goes
    straight onto their caseload; a manager's waits to be assigned, or is assigned at once."""
    name, phone = (name or "").strip(), (phone or "").strip()
    if not name:
        raise ValidationError(_("Give the name they like to be called."), code="name")
    if not PHONE.match(phone):
        raise ValidationError(_("Give a phone number using digits, for example 07700 900123."), code="phone")
    if referred_on and referred_on > timezone.localdate():
        raise ValidationError(_("The referral date cannot be in the future."), code="future")
    _check_holder(peer_supporter)
    with transaction.atomic():
        person = FirstStepper.objects.create(
            peer_supporter=peer_supporter, name=name, phone=phone, source=source, substance=substance,
            referred_on=referred_on or timezone.localdate(), contact_by=contact_by, contact_times=contact_times,
            may_leave_message=may_leave_message, safety_notes=safety_notes, created_by=by,
        )
        StageChange.objects.create(first_stepper=person, stage=person.stage, by=by, kind=StageChange.REFERRED)
    return person


def first_stepper_assign(*, first_stepper, peer_supporter, by):
    """Give a first stepper to a peer supporter (or move them on to another), keeping the history."""
    _check_holder(peer_supporter)
    if first_stepper.erased_at:
        raise ValidationError(_("This person's details have been erased."), code="erased")
    with transaction.atomic():
        FirstStepper.objects.filter(pk=first_stepper.pk).update(peer_supporter=peer_supporter, reminder_sent_at=None)
        StageChange.objects.create(
            first_stepper=first_stepper, stage=first_stepper.stage, by=by,
            kind=StageChange.GIVEN_TO, params={"name": peer_supporter.get_short_name()},
        )
    first_stepper.peer_supporter = peer_supporter
    return first_stepper


def contact_log(*, first_stepper, by, kind, at=None, minutes=None, topics=(), notes="",
                safeguarding_concern=False, safeguarding_action="", next_at=None):
    """Log one contact. Every contact ends with the next step (unless they opted out or the
    peer supporter stepped back): it goes into the diary, the calendar feed and a reminder."""
    now = timezone.now()
    at = at or now
    if at > now + timedelta(minutes=5):
        raise ValidationError(_("A contact cannot be logged in the future."), code="future")
    if kind not in ContactKind.values:
        raise ValidationError(_("Choose what happened."), code="kind")
    unknown = set(topics) - set(Topic.values)
    if unknown:
        raise ValidationError(_("Choose topics from the list."), code="topics")
    if safeguarding_concern and not (safeguarding_action or "").strip():
        raise ValidationError(_("Say what was done about the safeguarding concern."), code="safeguarding")
    if first_stepper.is_active:
        if next_at is None:
            raise ValidationError(_("Every contact ends with the next step: give the day and time you will call."),
                                  code="next_required")
        if next_at <= now:
            raise ValidationError(_("The next contact must be in the future."), code="next_past")
    with transaction.atomic():
        lock_person(first_stepper.pk)
        contact = Contact.objects.create(
            first_stepper=first_stepper, by=by, at=at, kind=kind, minutes=minutes, topics=list(topics),
            notes=notes, safeguarding_concern=safeguarding_concern, safeguarding_action=safeguarding_action,
            next_at=next_at,
        )
        contact_counted(contact)
        if first_stepper.is_active:
            FirstStepper.objects.filter(pk=first_stepper.pk).update(next_contact_at=next_at, reminder_sent_at=None)
            first_stepper.next_contact_at = next_at
    return contact


def contact_correct(*, contact, at=None, kind=None):
    """Put right when a contact happened or what happened: the report's kept facts follow."""
    at = at or contact.at
    kind = kind or contact.kind
    if at > timezone.now() + timedelta(minutes=5):
        raise ValidationError(_("A contact cannot be logged in the future."), code="future")
    if kind not in ContactKind.values:
        raise ValidationError(_("Choose what happened."), code="kind")
    with transaction.atomic():
        lock_person(contact.first_stepper_id)
        was = Contact.objects.get(pk=contact.pk)
        contact.at, contact.kind = at, kind
        contact.save(update_fields=["at", "kind", "connected_call", "connected"])
        contact_counted(was, change=-1)
        contact_counted(contact)
    return contact


def contact_delete(*, contact):
    """Take a contact logged by mistake out of the log: the report's kept facts follow."""
    with transaction.atomic():
        lock_person(contact.first_stepper_id)
        was = Contact.objects.filter(pk=contact.pk).first()
        if was is not None:
            was.delete()
            contact_counted(was, change=-1)


def referral_date_change(*, first_stepper, referred_on):
    """Put right the referral date: the days to the first connected call follow."""
    if referred_on > timezone.localdate():
        raise ValidationError(_("The referral date cannot be in the future."), code="future")
    with transaction.atomic():
        lock_person(first_stepper.pk)
        FirstStepper.objects.filter(pk=first_stepper.pk).update(referred_on=referred_on)
        person_facts_recount(first_stepper.pk)
    first_stepper.referred_on = referred_on
    return first_stepper


def stage_change(*, first_stepper, stage, by):
    if stage not in Stage.values:
        raise ValidationError(_("Choose a stage from the list."), code="stage")
    if stage == first_stepper.stage:
        return None
    with transaction.atomic():
        FirstStepper.objects.filter(pk=first_stepper.pk).update(stage=stage)
        change = StageChange.objects.create(first_stepper=first_stepper, stage=stage, by=by)
    first_stepper.stage = stage
    return change


def first_stepper_step_back(*, first_stepper, reason, by):
    """Knowing when to stop: nobody is prompted to contact them again, their history stays,
    and they can come back at any time."""
    if reason not in StepBackReason.values:
        raise ValidationError(_("Say why you are stepping back."), code="reason")
    if first_stepper.stepped_back_at:
        raise ValidationError(_("You have already stepped back from %(name)s.") % {"name": first_stepper},
                              code="already")
    now = timezone.now()
    with transaction.atomic():
        FirstStepper.objects.filter(pk=first_stepper.pk).update(
            stepped_back_at=now, stepped_back_reason=reason, next_contact_at=None, reminder_sent_at=None
        )
        StageChange.objects.create(first_stepper=first_stepper, stage=first_stepper.stage, by=by, at=now,
                                   kind=StageChange.STEPPED_BACK, params={"reason": reason})
    first_stepper.stepped_back_at, first_stepper.stepped_back_reason = now, reason
    return first_stepper


def first_stepper_re_engage(*, first_stepper, by):
    """They got in touch again: back on the caseload with everything that went before."""
    if first_stepper.stepped_back_at is None and first_stepper.opted_out_at is None:
        raise ValidationError(_("%(name)s is already on the caseload.") % {"name": first_stepper}, code="active")
    with transaction.atomic():
        FirstStepper.objects.filter(pk=first_stepper.pk).update(
            stepped_back_at=None, stepped_back_reason="", opted_out_at=None
        )
        StageChange.objects.create(first_stepper=first_stepper, stage=first_stepper.stage, by=by,
                                   kind=StageChange.CAME_BACK)
    first_stepper.stepped_back_at = first_stepper.opted_out_at = None
    first_stepper.stepped_back_reason = ""
    return first_stepper


def first_stepper_told_about_data(*, first_stepper, by, on=None):
    on = on or timezone.localdate()
    FirstStepper.objects.filter(pk=first_stepper.pk).update(told_about_data_on=on)
    first_stepper.told_about_data_on = on
    return first_stepper


def first_stepper_opt_out(*, first_stepper, by):
    """They asked not to be contacted: nobody is prompted to contact them from now on."""
    now = timezone.now()
    with transaction.atomic():
        FirstStepper.objects.filter(pk=first_stepper.pk).update(
            opted_out_at=now, next_contact_at=None, reminder_sent_at=None
        )
        StageChange.objects.create(first_stepper=first_stepper, stage=first_stepper.stage, by=by, at=now,
                                   kind=StageChange.OPTED_OUT)
    first_stepper.opted_out_at = now
    first_stepper.next_contact_at = None
    return first_stepper


def review_record(*, first_stepper, by, decision, note=""):
    if decision not in Review.Decision.values:
        raise ValidationError(_("Choose carry on, change the approach or step back."), code="decision")
    return Review.objects.create(first_stepper=first_stepper, by=by, decision=decision, note=(note or "").strip())


def referral_source_add(*, name):
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Give the name of who refers people."), code="name")
    if ReferralSource.objects.filter(name__iexact=name).exists():
        raise ValidationError(_("“%(name)s” is already on the list.") % {"name": name}, code="exists")
    last = ReferralSource.objects.order_by("-position").values_list("position", flat=True).first() or 0
    return ReferralSource.objects.create(name=name, position=last + 1)


def referral_source_toggle(*, source):
    ReferralSource.objects.filter(pk=source.pk).update(active=not source.active)
    source.active = not source.active
    return source


def first_stepper_erase(*, first_stepper, now=None):
    """Erase what identifies them. The contact log's kinds, times and counts stay for the
    report, with no name, no phone number and no notes. Running it again changes nothing."""
    now = now or timezone.now()
    with transaction.atomic():
        changed = FirstStepper.objects.filter(pk=first_stepper.pk, erased_at=None).update(
            # Blank, not words: FirstStepper.shown_name words it for each reader.
            name="", phone="", contact_times="",
            safety_notes="", next_step="", next_contact_at=None, reminder_sent_at=None, erased_at=now,
            may_leave_message=False,
        )
        if not changed:
            return 0
        Contact.objects.filter(first_stepper=first_stepper).update(notes="", safeguarding_action="", next_at=None)
        Review.objects.filter(first_stepper=first_stepper).update(note="")
        # Distance travelled: their own words go; the scores and answers stay, with no name, so
        # averages already reported are never worked out again with a name beside them.
        DomainScore.objects.filter(reading__first_stepper=first_stepper).update(own_words="")
        StageChange.objects.filter(first_stepper=first_stepper).update(note="")
    return 1


def next_step_reminder_claim(*, first_stepper_id, due_at, now=None):
    """Claim the day-before reminder for this next step. True once, however many sweeps run."""
    now = now or timezone.now()
    return FirstStepper.objects.filter(
        pk=first_stepper_id, next_contact_at=due_at, reminder_sent_at=None
    ).update(reminder_sent_at=now) == 1

"""Writes for readiness: recording pre-start checks and signing volunteers off."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from people import dates
from people.models import StatusChange, VolunteerProfile
from people.services import volunteer_status_change
from people.status import Status
from readiness.facts import FIRST_STEPS, required_courses
from readiness.models import CheckType, PreStartCheck, RequiredCourse, SignOff

SIGN_OFF_FROM = (Status.IN_TRAINING, Status.READY)


def _profile_of(volunteer):
    profile = VolunteerProfile.objects.filter(user=volunteer).first()
    if profile is None:
        raise ValidationError(_("%(name)s is not a volunteer.") % {"name": volunteer.full_name}, code="not_volunteer")
    return profile


def _not_future(day, message):
    if day > timezone.localdate():
        raise ValidationError(message, code="future")


def _clean_last4(value):
    value = (value or "").strip()
    if value and not (len(value) == 4 and value.isdigit()):
        raise ValidationError(
            _("Give only the last four digits of the certificate number, for example 0123."), code="last4"
        )
    return value


def waiting_check(*, volunteer, check_type):
    return PreStartCheck.objects.filter(volunteer=volunteer, check_type=check_type, done_on=None).first()


def pre_start_check_start(*, volunteer, check_type, started_on, by, requested_from=""):
    """Record that a check was applied for (a DBS check) or requested (a reference, from
    whom). It then waits until it is recorded as received."""
    _profile_of(volunteer)
    _not_future(started_on, _("The date it was applied for or requested cannot be in the future."))
    requested_from = (requested_from or "").strip()
    if check_type.kind == CheckType.Kind.REFERENCE and not requested_from:
        raise ValidationError(_("Say who the reference was requested from."), code="requested_from")
    existing = waiting_check(volunteer=volunteer, check_type=check_type)
    if existing is not None:
        raise ValidationError(
            _("%(check)s is already waiting (since %(date)s). Record it as received, or chased.")
            % {"check": check_type.name, "date": date_format(existing.started_on, "j F Y")},
            code="already_waiting",
        )
    try:
        with transaction.atomic():
            return PreStartCheck.objects.create(
                volunteer=volunteer, check_type=check_type, started_on=started_on,
                requested_from=requested_from, recorded_by=by,
            )
    except IntegrityError:
        # Someone else started the same check a moment ago.
        raise ValidationError(_("%(check)s is already waiting.") % {"check": check_type.name},
                              code="already_waiting") from None


def pre_start_check_chase(*, check, by, on=None):
    """Note that a waiting check was chased (today, unless `on` is given)."""
    on = on or timezone.localdate()
    if not check.waiting:
        raise ValidationError(_("This check has been received already."), code="received")
    _not_future(on, _("The date it was chased cannot be in the future."))
    if check.started_on and on < check.started_on:
        raise ValidationError(_("It cannot be chased before it was requested."), code="too_early")
    check.chased_on = on
    check.save(update_fields=["chased_on"])
    return check


def pre_start_check_record(*, volunteer, check_type, done_on, by, expires_on=None, note="", certificate_last4=""):
    """Record that a check was received (done). A waiting check of this type is completed;
    otherwise a new one is recorded. Its renewal date comes from the check type unless given."""
    _profile_of(volunteer)
    _not_future(done_on, _("The date done cannot be in the future."))
    certificate_last4 = _clean_last4(certificate_last4)
    if expires_on is None and check_type.renewal_months:
        expires_on = dates.months_after(done_on, check_type.renewal_months)
    if expires_on is not None and expires_on <= done_on:
        raise ValidationError(_("The renewal date must be after the date it was done."), code="expires_first")
    waiting = waiting_check(volunteer=volunteer, check_type=check_type)
    if waiting is not None:
        if waiting.started_on and done_on < waiting.started_on:
            raise ValidationError(
                _("It cannot be received before it was applied for or requested (%(date)s).")
                % {"date": date_format(waiting.started_on, "j F Y")},
                code="too_early",
            )
        waiting.done_on, waiting.expires_on, waiting.certificate_last4 = done_on, expires_on, certificate_last4
        waiting.note = note.strip() or waiting.note
        waiting.save(update_fields=["done_on", "expires_on", "certificate_last4", "note"])
        return waiting
    return PreStartCheck.objects.create(
        volunteer=volunteer,
        check_type=check_type,
        done_on=done_on,
        expires_on=expires_on,
        certificate_last4=certificate_last4,
        note=note.strip(),
        recorded_by=by,
    )


def volunteer_sign_off(*, volunteer, by, readiness, reason=""):
    """Mark a volunteer ready to start, which makes them active.

    1. Only someone in training (or already marked ready) can be signed off.
    2. If any rule is not met, the sign-off is an override and needs a written reason.
    3. Keep the state of every rule at this moment with the sign-off, then move their status
       on through "ready to start" to "active", each step in their history.
    """
    reason = (reason or "").strip()
    with transaction.atomic():
        profile = VolunteerProfile.objects.select_for_update().get(pk=_profile_of(volunteer).pk)
        if profile.status not in SIGN_OFF_FROM:
            raise ValidationError(
                _("%(name)s is “%(status)s”, so they cannot be signed off. Only volunteers in training can.")
                % {"name": volunteer.full_name, "status": profile.get_status_display()},
                code="not_in_training",
            )
        override = not readiness.ready
        if override and not reason:
            raise ValidationError(
                _("Some rules are not met yet. To sign off anyway, write down why."), code="reason_required"
            )
        sign_off = SignOff.objects.create(
            volunteer=volunteer, signed_by=by, override=override, reason=reason, rule_states=readiness.snapshot()
        )
        if profile.status == Status.IN_TRAINING:
            volunteer_status_change(profile=profile, to_status=Status.READY, by=by, reason=reason,
                                    kind="" if reason else StatusChange.Kind.SIGNED_OFF)
            profile.refresh_from_db()
        volunteer_status_change(profile=profile, to_status=Status.ACTIVE, by=by, kind=StatusChange.Kind.STARTED)
    return sign_off


def required_courses_from_defaults():
    """Turn the default required courses into the manager's own list, ready to edit."""
    with transaction.atomic():
        for placement_id, courses in required_courses().items():
            # A course for First Steps caseloads says so itself; its row is for its placements.
            if placement_id == FIRST_STEPS:
                continue
            for course in courses:
                RequiredCourse.objects.get_or_create(course=course, placement_id=placement_id)

"""Writes for readiness: recording pre-start checks and signing volunteers off."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from people import dates
from people.models import VolunteerProfile
from people.services import volunteer_status_change
from people.status import Status
from readiness.facts import required_courses
from readiness.models import PreStartCheck, RequiredCourse, SignOff

SIGN_OFF_FROM = (Status.IN_TRAINING, Status.READY)


def _profile_of(volunteer):
    profile = VolunteerProfile.objects.filter(user=volunteer).first()
    if profile is None:
        raise ValidationError(_("%(name)s is not a volunteer.") % {"name": volunteer.full_name}, code="not_volunteer")
    return profile


def pre_start_check_record(*, volunteer, check_type, done_on, by, expires_on=None, note=""):
    """Record that a check was done. Its renewal date comes from the check type unless given."""
    _profile_of(volunteer)
    today = timezone.localdate()
    if done_on > today:
        raise ValidationError(_("The date done cannot be in the future."), code="future")
    if expires_on is None and check_type.renewal_months:
        expires_on = dates.months_after(done_on, check_type.renewal_months)
    if expires_on is not None and expires_on <= done_on:
        raise ValidationError(_("The renewal date must be after the date it was done."), code="expires_first")
    return PreStartCheck.objects.create(
        volunteer=volunteer,
        check_type=check_type,
        done_on=done_on,
        expires_on=expires_on,
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
        note = reason or _("Signed off: every readiness rule was met.")
        if profile.status == Status.IN_TRAINING:
            volunteer_status_change(profile=profile, to_status=Status.READY, by=by, reason=note)
            profile.refresh_from_db()
        volunteer_status_change(
            profile=profile, to_status=Status.ACTIVE, by=by, reason=_("Started as a peer supporter.")
        )
    return sign_off


def required_courses_from_defaults():
    """Turn the default required courses into the manager's own list, ready to edit."""
    with transaction.atomic():
        for placement_id, courses in required_courses().items():
            for course in courses:
                RequiredCourse.objects.get_or_create(course=course, placement_id=placement_id)

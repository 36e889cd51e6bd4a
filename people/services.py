"""Writes about people: status changes, stepping back, invitations and roles.

Each function validates before it saves and raises ValidationError with a message a person
can act on.
"""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from outbox.queue import enqueue
from people import tasks
from people.models import ONE_LIVE_INVITATION, Invitation, StatusChange, VolunteerProfile
from people.roles import Role
from people.status import Status, can_move

User = get_user_model()

# Tries to save an invitation while others to the same address are being saved.
INVITATION_ATTEMPTS = 10


def volunteer_status_change(*, profile, to_status, by, reason="", kind=""):
    """Move a volunteer to a new status, keeping who, when and why in their history.

    Why is either the `reason` a person wrote or, for a step Waymark takes itself, a
    StatusChange.Kind that is worded when read."""
    reason = (reason or "").strip()
    if not reason and not kind:
        raise ValidationError(_("Say why the status is changing."), code="reason_required")
    with transaction.atomic():
        profile = VolunteerProfile.objects.select_for_update().get(pk=profile.pk)
        if not can_move(profile.status, to_status):
            raise ValidationError(
                _("%(name)s cannot move from “%(old)s” to “%(new)s”.")
                % {
                    "name": profile.user.full_name,
                    "old": Status(profile.status).label,
                    "new": Status(to_status).label,
                },
                code="transition_not_allowed",
            )
        now = timezone.now()
        change = StatusChange.objects.create(
            profile=profile,
            from_status=profile.status,
            to_status=to_status,
            changed_by=by,
            changed_at=now,
            reason=reason,
            kind=kind,
        )
        profile.status = to_status
        profile.status_changed_at = now
        profile.save(update_fields=["status", "status_changed_at"])
    return change


def volunteer_step_back(*, profile, reason):
    """A volunteer asks to pause. Their managers are told by e-mail once the change is saved."""
    if profile.status not in (Status.ACTIVE, Status.IN_TRAINING):
        raise ValidationError(_("You can only step back while you are in training or active."), code="cannot_pause")
    change = volunteer_status_change(profile=profile, to_status=Status.PAUSED, by=profile.user, reason=reason)
    enqueue(tasks.tell_managers_about_step_back, change.pk)
    return change


def _groups_for(roles):
    names = [Role(role).value for role in roles]
    groups = list(Group.objects.filter(name__in=names))
    if len(groups) != len(set(names)):
        raise ValidationError(_("One of the chosen roles does not exist."), code="unknown_role")
    return groups


def invitation_create(*, email, full_name, roles, invited_by, placement=None, joined_on=None, language=""):
    """Invite someone by e-mail. Earlier pending invitations for the same address are revoked.

    Returns the invitation; the e-mail with the single-use link goes out after commit.
    """
    email = User.objects.normalize_email(email).strip().lower()
    if not roles:
        raise ValidationError(_("Choose at least one role."), code="no_roles")
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(
            _("%(email)s already has a Waymark account. Change their roles from their page instead.")
            % {"email": email},
            code="already_registered",
        )
    groups = _groups_for(roles)
    # Two invitations to one address sent at the same moment: the database lets one be live
    # (people_one_live_invitation_per_address); the other waits for it, then withdraws it.
    for attempt in range(INVITATION_ATTEMPTS):
        try:
            invitation = _invitation_replace(email=email, full_name=full_name, groups=groups,
                                             invited_by=invited_by, placement=placement, joined_on=joined_on,
                                             language=language)
            break
        except IntegrityError as error:
            if ONE_LIVE_INVITATION not in str(error) or attempt == INVITATION_ATTEMPTS - 1:
                raise
    enqueue(tasks.send_invitation, invitation.pk)
    return invitation


def _invitation_replace(*, email, full_name, groups, invited_by, placement, joined_on, language=""):
    now = timezone.now()
    with transaction.atomic():
        # Expired links are withdrawn too: the database allows one unanswered invitation per address.
        Invitation.objects.filter(email__iexact=email, accepted_at=None, revoked_at=None).update(revoked_at=now)
        invitation = Invitation.objects.create(
            email=email,
            full_name=full_name.strip(),
            placement=placement,
            joined_on=joined_on,
            # A link nobody holds: send_invitation makes the real one as it sends the e-mail.
            token_hash=Invitation.hash_token(secrets.token_urlsafe(32)),
            invited_by=invited_by,
            language=language,
            created_at=now,
            expires_at=now + timedelta(days=settings.WAYMARK_INVITATION_DAYS),
        )
        invitation.roles.set(groups)
    return invitation


def invitation_revoke(*, invitation):
    Invitation.objects.filter(pk=invitation.pk, accepted_at=None, revoked_at=None).update(revoked_at=timezone.now())


class InvitationProblem:
    INVALID = "invalid"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"


def invitation_for_token(token):
    """The invitation a link points to, and what is wrong with it (None if it can be used)."""
    invitation = Invitation.objects.filter(token_hash=Invitation.hash_token(token or "")).first()
    if invitation is None:
        return None, InvitationProblem.INVALID
    if invitation.accepted_at:
        return invitation, InvitationProblem.USED
    # A link withdrawn only after it had expired (by a newer invitation) says it expired.
    if invitation.revoked_at and invitation.revoked_at < invitation.expires_at:
        return invitation, InvitationProblem.REVOKED
    if invitation.is_expired:
        return invitation, InvitationProblem.EXPIRED
    return invitation, None


def invitation_accept(*, invitation, password):
    """Create the person an invitation describes, with the password they chose.

    1. Claim the invitation with a conditional update, so a link works exactly once even
       when it is opened twice at the same moment.
    2. Create the account, its e-mail address (confirmed by the link itself) and roles.
    3. Give a volunteer their profile, starting in training, with the first history entry.
    """
    now = timezone.now()
    with transaction.atomic():
        claimed = Invitation.objects.filter(
            pk=invitation.pk, accepted_at=None, revoked_at=None, expires_at__gt=now
        ).update(accepted_at=now)
        if claimed != 1:
            raise ValidationError(_("This invitation has already been used or has expired."), code="gone")
        if User.objects.filter(email__iexact=invitation.email).exists():
            raise ValidationError(
                _("An account with this e-mail address already exists. Sign in instead."),
                code="already_registered",
            )
        user = User.objects.create_user(
            email=invitation.email, password=password, full_name=invitation.full_name, language=invitation.language
        )
        # Confirmed: the invitation link was sent to this address and only works once.
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        roles = list(invitation.roles.all())
        user.groups.set(roles)
        if any(group.name == Role.VOLUNTEER.value for group in roles):
            profile = VolunteerProfile.objects.create(
                user=user,
                placement=invitation.placement,
                joined_on=invitation.joined_on or timezone.localdate(),
                status=Status.IN_TRAINING,
                status_changed_at=now,
            )
            StatusChange.objects.create(
                profile=profile,
                from_status="",
                to_status=Status.IN_TRAINING,
                changed_by=invitation.invited_by,
                changed_at=now,
                kind=StatusChange.Kind.INVITATION_ACCEPTED,
            )
        Invitation.objects.filter(pk=invitation.pk).update(user=user)
    return user


def volunteer_first_steps_set(*, profile, holds):
    """Say whether a volunteer will hold a First Steps caseload (readiness then asks for the
    courses marked for First Steps)."""
    if profile.first_steps_caseload != holds:
        profile.first_steps_caseload = holds
        profile.save(update_fields=["first_steps_caseload"])


def roles_set(*, user, roles):
    """Give a person exactly these roles; a new volunteer gets a profile too."""
    if not roles:
        raise ValidationError(_("Choose at least one role."), code="no_roles")
    groups = _groups_for(roles)
    with transaction.atomic():
        user.groups.set(groups)
        if Role.VOLUNTEER in roles and not VolunteerProfile.objects.filter(user=user).exists():
            VolunteerProfile.objects.create(user=user, status=Status.APPLICANT)
    user._waymark_roles = None


def applicant_create_profile(*, user):
    """Public sign-up (when it is open) makes the new person a volunteer applicant."""
    user.groups.add(Group.objects.get(name=Role.VOLUNTEER.value))
    profile, created = VolunteerProfile.objects.get_or_create(user=user)
    if created:
        StatusChange.objects.create(
            profile=profile,
            from_status="",
            to_status=Status.APPLICANT,
            changed_by=user,
            kind=StatusChange.Kind.SIGNED_UP,
        )
    return profile


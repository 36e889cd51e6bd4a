"""Retention rules: how long each kind of record is kept. The daily sweep applies them.

The number of days for each rule is settings.WAYMARK_RETENTION_DAYS[key] (each read from a
WAYMARK_RETENTION_<KEY>_DAYS environment variable); 0 turns a rule off. Each rule deletes
or blanks only what is past its cut-off and not done yet, so a second run finds nothing.
"""

from dataclasses import dataclass

from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from audit.models import AccessLog
from courses.models import QuizAttempt, ReflectionAnswer
from people.models import Invitation, VolunteerProfile
from people.status import Status
from privacy import erasers
from privacy.models import ErasureRecord
from supervision.models import Action, CheckIn, OneToOneRecord
from supervision.services.checkin_months import checkin_months_deleted_before


def _deleted(rows):
    return erasers.delete(rows, None, None)


def checkins(cutoff, now):
    """Check-ins (and the flags they raised) submitted before the cut-off are deleted, and
    the months the reports count them in are counted again."""
    with transaction.atomic():
        deleted = _deleted(CheckIn.objects.filter(submitted_at__lt=cutoff))
        checkin_months_deleted_before(cutoff=cutoff)
    return deleted


def record_notes(cutoff, now):
    """Notes of 1:1s held before the cut-off are emptied (that the 1:1 took place stays), and
    actions done before it are deleted."""
    old = OneToOneRecord.objects.filter(occurrence__starts_at__lt=cutoff)
    emptied = erasers.blank("notes", "shared_notes", "safeguarding_action")(old, None, now)
    return emptied + _deleted(Action.objects.filter(done_at__lt=cutoff))


def quiz_attempts(cutoff, now):
    return _deleted(QuizAttempt.objects.filter(submitted_at__lt=cutoff))


def reflections(cutoff, now):
    return _deleted(ReflectionAnswer.objects.filter(updated_at__lt=cutoff))


def access_log(cutoff, now):
    return AccessLog.objects.purge_before(cutoff)


def invitations(cutoff, now):
    """Invitations used, withdrawn or expired before the cut-off are deleted."""
    closed = (
        Q(accepted_at__lt=cutoff)
        | Q(accepted_at=None, revoked_at__lt=cutoff)
        | Q(accepted_at=None, revoked_at=None, expires_at__lt=cutoff)
    )
    return _deleted(Invitation.objects.filter(closed))


def sessions(cutoff, now):
    """Expired sessions are deleted at once; the record of a sign-in (address, browser) once
    it has ended and is older than the cut-off."""
    expired = _deleted(Session.objects.filter(expire_date__lt=now))
    ended = sum(1 for sign_in in UserSession.objects.filter(last_seen_at__lt=cutoff) if sign_in.purge())
    return expired + ended


def people_who_left(cutoff, now):
    """People who left before the cut-off are erased, as if a manager had done it."""
    # privacy.services imports this module, so it is imported here.
    from privacy.services import person_erase

    erased_already = ErasureRecord.objects.values("person_pk")
    profiles = (
        VolunteerProfile.objects.filter(status=Status.LEFT, status_changed_at__lt=cutoff)
        .exclude(user__is_superuser=True)
        .exclude(user_id__in=erased_already)
        .select_related("user")
    )
    erased = 0
    for profile in profiles:
        person_erase(person=profile.user, by=None, now=now)
        erased += 1
    return erased


def first_steppers(cutoff, now):
    """First steppers with no contact since the cut-off (or none at all, and referred before
    it) are erased; the counts the report needs stay."""
    from django.db.models import Max

    from outreach.models import FirstStepper
    from outreach.services import first_stepper_erase

    stale = (
        FirstStepper.objects.filter(erased_at=None, created_at__lt=cutoff)
        .annotate(last_contact=Max("contacts__at"))
        .filter(Q(last_contact__lt=cutoff) | Q(last_contact=None))
    )
    return sum(first_stepper_erase(first_stepper=person, now=now) for person in stale)


@dataclass(frozen=True)
class Rule:
    key: str
    apply: object  # (cutoff, now) -> rows deleted or changed
    what: str


RULES = {
    rule.key: rule
    for rule in [
        Rule("checkins", checkins, _("Wellbeing check-ins and their flags are deleted.")),
        Rule("record_notes", record_notes,
             _("1:1 notes are emptied (that the 1:1 took place is kept); actions done are deleted.")),
        Rule("quiz_attempts", quiz_attempts, _("Knowledge check answers are deleted (the lesson stays finished).")),
        Rule("reflections", reflections, _("Reflection answers are deleted.")),
        Rule("access_log", access_log, _("Access-log rows are deleted.")),
        Rule("invitations", invitations, _("Invitations that were used, withdrawn or ran out are deleted.")),
        Rule("sessions", sessions, _("Records of sign-ins that have ended are deleted.")),
        Rule("left", people_who_left, _("People who left are erased.")),
        Rule("first_steppers", first_steppers,
             _("First steppers are erased this long after the last contact; the report’s counts stay.")),
    ]
}

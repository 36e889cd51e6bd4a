"""Helpers for caseload tests: peer supporters who may hold a caseload, first steppers, contacts."""

from datetime import timedelta

from django.utils import timezone

from outreach import services
from outreach.models import ContactKind, FirstStepper, ReferralSource
from people.status import Status
from tests.factories import volunteer


def peer_supporter(**kwargs):
    """An active volunteer marked to hold a First Steps caseload, so able to hold one."""
    return volunteer(status=Status.ACTIVE, first_steps_caseload=True, **kwargs)


def make_active(user):
    user.volunteer_profile.status = Status.ACTIVE
    user.volunteer_profile.first_steps_caseload = True
    user.volunteer_profile.save(update_fields=["status", "first_steps_caseload"])
    return user


def first_stepper(holder, *, name="Sam", by=None, substance="alcohol", referred_on=None, source=None, **kwargs):
    """A first stepper on `holder`'s caseload (or nobody's, with holder=None), made directly
    so a test may give one to anyone (the rule on who may hold them is tested on its own)."""
    person = FirstStepper.objects.create(
        peer_supporter=holder, name=name, phone="07700 900123", substance=substance,
        source=source or ReferralSource.objects.order_by("position").first(),
        referred_on=referred_on or timezone.localdate() - timedelta(days=30), created_by=by, **kwargs,
    )
    return person


def contact(person, kind=ContactKind.CALL_CONNECTED, *, at=None, by=None, **kwargs):
    """Log a contact through the service, with the next step two days on."""
    at = at or timezone.now() - timedelta(minutes=1)
    kwargs.setdefault("next_at", timezone.now() + timedelta(days=2))
    return services.contact_log(first_stepper=person, by=by or person.peer_supporter, kind=kind, at=at, **kwargs)


def calls(person, count, *, kind=ContactKind.CALL_CONNECTED, start=None):
    start = start or timezone.now() - timedelta(days=count + 1)
    return [contact(person, kind, at=start + timedelta(days=i)) for i in range(count)]


def reading(person, scores=None, answers=None, *, taken_on=None, occasion="review", by=None, words=None):
    """A distance-travelled reading through the service, on the current version. `scores`
    and `answers` are keyed by domain and statement key; a domain not given is "not
    relevant to me", a statement not given is unanswered."""
    from outreach.distance.services import reading_record
    from outreach.models import InstrumentVersion

    version = InstrumentVersion.current()
    scores, answers, words = scores or {}, answers or {}, words or {}
    return reading_record(
        first_stepper=person, by=by or person.peer_supporter, version=version, occasion=occasion,
        taken_on=taken_on or timezone.localdate(),
        scores={d.pk: (scores.get(d.key), words.get(d.key, "")) for d in version.domains.all()},
        answers={s.pk: answers[s.key] for s in version.statements.all() if s.key in answers},
    )

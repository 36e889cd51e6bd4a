"""Writing to the access log, and taking a person out of it on erasure."""

from audit.models import AccessLog


def _label(user):
    return user.email if user is not None and user.is_authenticated else ""


def access_record(*, request, kind, subject=None, object_id=None, outcome=AccessLog.Outcome.ALLOWED):
    """Write one row for a read of (or a refused attempt at) someone's sensitive data."""
    actor = request.user if request.user.is_authenticated else None
    return AccessLog.objects.create(
        actor=actor,
        actor_label=_label(actor),
        subject=subject,
        subject_label=_label(subject),
        kind=kind,
        object_id=object_id,
        outcome=outcome,
        method=request.method[:8],
        path=request.path[:300],
    )


def forget_person(*, user):
    """Erasure: blank this person in every log row, keeping that the access happened."""
    return AccessLog.objects.anonymise_for(user)

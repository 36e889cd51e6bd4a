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


def access_record_read(*, request, kind, subject, object_id=None):
    """One row for a page that showed `subject`'s record or check-in to someone else.

    A person reading their own data writes nothing.
    """
    if subject is None or subject.pk == request.user.pk:
        return None
    return access_record(request=request, kind=kind, subject=subject, object_id=object_id)


def access_record_reads(*, request, kind, shown):
    """One row per person for a list that showed several people's data, in one INSERT.

    `shown` is (subject, object_id) pairs; the reader's own row is left out.
    """
    actor = request.user
    rows = [
        AccessLog(
            actor=actor, actor_label=_label(actor), subject=subject, subject_label=_label(subject), kind=kind,
            object_id=object_id, outcome=AccessLog.Outcome.ALLOWED, method=request.method[:8],
            path=request.path[:300],
        )
        for subject, object_id in shown
        if subject.pk != actor.pk
    ]
    return AccessLog.objects.bulk_create(rows) if rows else []


def forget_person(*, user):
    """Erasure: blank this person in every log row, keeping that the access happened."""
    return AccessLog.objects.anonymise_for(user)

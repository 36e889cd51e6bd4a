from audit.exceptions import Refused
from audit.models import AccessLog


def require(allowed, *, subject=None, kind=AccessLog.Kind.PAGE, object_id=None):
    """Someone who may not see a thing is told nothing exists here; the refusal is logged,
    with whose data it was when the view knows."""
    if not allowed:
        raise Refused(subject=subject, kind=kind, object_id=object_id)


def add_errors(form, error):
    for message in error.messages:
        form.add_error(None, message)

"""What every app's views do with a permission answer and with a service's refusal. One
module, so "not found" is said, and a form's errors shown, the same way everywhere."""

from django.contrib import messages

from audit.exceptions import Refused
from audit.models import AccessLog


def require(allowed, *, subject=None, kind=AccessLog.Kind.PAGE, object_id=None):
    """Someone who may not see a thing is told nothing exists here; the refusal is logged,
    with whose data it was when the view knows."""
    if not allowed:
        raise Refused(subject=subject, kind=kind, object_id=object_id)


def posted(request):
    """What a form binds to: the POST, or None for a GET. An empty POST still binds the form,
    so "nothing chosen" gets its own message."""
    return request.POST if request.method == "POST" else None


def add_errors(form, error):
    """A service's ValidationError, shown at the top of the form that asked for the change."""
    for message in error.messages:
        form.add_error(None, message)


def show_errors(request, error):
    """A service's ValidationError, shown as messages on the next page (for buttons without a form)."""
    for message in error.messages:
        messages.error(request, message)

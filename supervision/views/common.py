from django.http import Http404


def require(allowed):
    """Someone who may not see a thing is told nothing exists here."""
    if not allowed:
        raise Http404


def add_errors(form, error):
    for message in error.messages:
        form.add_error(None, message)

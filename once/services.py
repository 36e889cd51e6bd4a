"""Claiming and settling one-time form keys (see once/middleware.py)."""

import time
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from once.models import SubmittedForm

KEEP = timedelta(days=1)


def submitted_form_claim(*, key, path):
    """True when this request is the first to post `key`. The primary key decides, so two
    requests at the same moment on different connections cannot both win."""
    try:
        with transaction.atomic():
            SubmittedForm.objects.create(key=key, path=path[:500])
    except IntegrityError:
        return False
    return True


def submitted_form_settle(*, key, redirect_to):
    """Remember where the first request sent the person; a request that saved nothing (it
    showed the form again with a message, or failed) gives the key back."""
    if redirect_to:
        SubmittedForm.objects.filter(key=key).update(redirect_to=redirect_to[:2000])
    else:
        SubmittedForm.objects.filter(key=key).delete()


def submitted_form_outcome(*, key, wait_seconds, poll_every=0.1):
    """Where the first request with `key` sent the person, waiting while it is still saving.
    "" when it is still going after `wait_seconds`; None when it saved nothing (key given back)."""
    deadline = time.monotonic() + wait_seconds
    while True:
        row = SubmittedForm.objects.filter(key=key).values_list("redirect_to", flat=True).first()
        if row is None or row or time.monotonic() >= deadline:
            return row
        time.sleep(poll_every)


def submitted_forms_forget(*, now=None):
    now = now or timezone.now()
    deleted, _ = SubmittedForm.objects.filter(created_at__lt=now - KEEP).delete()
    return deleted

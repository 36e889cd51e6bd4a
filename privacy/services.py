"""Erasure and the retention sweep. The export is a read: privacy/export.py."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from privacy import inventory
from privacy.models import ErasureRecord
from privacy.retention import RULES

logger = logging.getLogger(__name__)
User = get_user_model()


def erase_refusal(*, person, by):
    """Why this person cannot be erased by `by`, in words for a manager; None if they can."""
    if person.is_superuser:
        return _("A superuser cannot be erased here. Take away their superuser status first.")
    if by is not None and by.pk == person.pk:
        return _("You cannot erase yourself. Ask another manager to do it.")
    return None


def person_erase(*, person, by, now=None):
    """Remove or anonymise a person everywhere. Returns rows changed per kind of record.

    1. Refuse a superuser (only the server's own tools may touch them) and a manager
       erasing themselves.
    2. Lock the person's row so two erasures cannot run side by side, then apply each kind's
       eraser from privacy/inventory.py, the account itself last: it becomes an inactive
       "Erased person #N" placeholder that the facts kept for reports still point at.
    3. Note that the erasure happened, once, with numbers only.

    Every eraser changes only what is not erased yet, so a second run changes nothing.
    `by` is None when the retention sweep erases someone who left long ago.
    """
    refusal = erase_refusal(person=person, by=by)
    if refusal:
        raise ValidationError(refusal, code="not_allowed")
    now = now or timezone.now()
    with transaction.atomic():
        person = User.objects.select_for_update().get(pk=person.pk)
        counts = {kind.name: kind.erase(kind.select(person), person, now) for kind in inventory.erasure_order()}
        changed = {name: count for name, count in counts.items() if count}
        if changed and not ErasureRecord.objects.filter(person_pk=person.pk).exists():
            reason = ErasureRecord.Reason.REQUEST if by is not None else ErasureRecord.Reason.RETENTION
            ErasureRecord.objects.create(person_pk=person.pk, at=now, by=by, reason=reason, counts=changed)
    logger.info("Erased person #%s: %s", person.pk, changed or "nothing left to change")
    return counts


def retention_sweep(*, now=None):
    """Apply every retention rule whose period is set. Returns rows deleted or changed per rule."""
    now = now or timezone.now()
    counts = {}
    for key, rule in RULES.items():
        days = settings.WAYMARK_RETENTION_DAYS.get(key, 0)
        if not days:
            counts[key] = 0
            continue
        with transaction.atomic():
            counts[key] = rule.apply(now - timedelta(days=days), now)
    logger.info("Retention sweep: %s", counts)
    return counts

"""The weekly e-mail to managers about pre-start checks waiting too long."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.urls import reverse
from django.utils import timezone

from outbox.emails import email_from_templates
from outbox.language import grouped_by_language
from people.selectors import managers as active_managers
from readiness.models import PreStartCheck, WaitingChecksDigest


def checks_waiting_too_long(*, today=None, days=None):
    """Checks applied for or requested more than `days` ago (WAYMARK_CHECKS_WAITING_DAYS) and
    not yet received, longest waiting first, for people still with us."""
    today = today or timezone.localdate()
    days = settings.WAYMARK_CHECKS_WAITING_DAYS if days is None else days
    return (
        PreStartCheck.objects.filter(done_on=None, started_on__lt=today - timedelta(days=days),
                                     volunteer__is_active=True)
        .select_related("volunteer", "check_type")
        .order_by("started_on", "volunteer__full_name", "check_type__position")
    )


def waiting_checks_digest_send(*, now=None):
    """Send this week's e-mail to every manager, once.

    1. The week's row is made if it is not there yet, then claimed with a conditional update:
       only the run that moves `sent_at` from empty sends, so a second run (or two at once)
       sends nothing.
    2. With nothing waiting too long, nothing is sent; the claim still stands for the week.
    Returns the number of checks listed (None when another run had the week already).
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    week = today - timedelta(days=today.weekday())
    digest, _created = WaitingChecksDigest.objects.get_or_create(week=week)
    if WaitingChecksDigest.objects.filter(pk=digest.pk, sent_at=None).update(sent_at=now) != 1:
        return None
    checks = list(checks_waiting_too_long(today=today))
    managers = grouped_by_language(active_managers())
    if checks and managers:
        rows = [
            {"check": check, "days": (today - check.started_on).days,
             "link": settings.SITE_URL + reverse("readiness:checklist", args=[check.volunteer_id])}
            for check in checks
        ]
        context = {"rows": rows, "days": settings.WAYMARK_CHECKS_WAITING_DAYS}
        # Each manager reads it in the language they chose.
        get_connection().send_messages([
            email_from_templates("readiness/email/waiting_checks", context, [address], language=language)
            for language, addresses in managers.items() for address in addresses
        ])
    WaitingChecksDigest.objects.filter(pk=digest.pk).update(checks_listed=len(checks))
    return len(checks)

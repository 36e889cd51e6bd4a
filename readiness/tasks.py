"""Background jobs for readiness: judging stored summaries again (readiness/summaries.py)."""

from celery import shared_task
from django.conf import settings
from django.core.cache import cache

from outbox.queue import enqueue_now
from readiness import summaries

QUEUED = "readiness:catch-up-queued"


@shared_task
def summaries_bring_up_to_date():
    """Judge again every board volunteer whose summary is out of date.

    Beat runs it just after midnight, when every summary's day has passed; the board queues
    it when it finds more out of date than it should judge in a request. Running it twice
    judges nobody twice: the second run finds everything up to date.
    """
    try:
        summaries.summaries_bring_up_to_date(limit=None)
    finally:
        cache.delete(QUEUED)


def summaries_catch_up_later():
    """Queue summaries_bring_up_to_date unless it is queued already. False when it has run
    already, as tasks do in the request when there is no broker."""
    if cache.add(QUEUED, True, timeout=15 * 60):
        enqueue_now(summaries_bring_up_to_date)
    return not settings.CELERY_TASK_ALWAYS_EAGER


@shared_task
def waiting_checks_email():
    """Monday morning: e-mail managers the pre-start checks waiting too long, once a week
    however many times it runs (readiness/digests.py claims the week)."""
    from readiness.digests import waiting_checks_digest_send

    waiting_checks_digest_send()

"""Background jobs for readiness: judging stored summaries again (readiness/summaries.py)."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from outbox.queue import enqueue_now
from readiness import summaries

logger = logging.getLogger(__name__)

# Set while a catch-up waits in the queue, so a burst of changes queues one; the catch-up
# lets go of it as it starts, so a change saved after that queues the next.
QUEUED = "readiness:catch-up-queued"
# Set while a catch-up runs, so two never judge the same thousands side by side.
RUNNING = "readiness:catch-up-running"
# A catch-up asked for by a change waits this long, so the changes of the next moments
# (a volunteer finishing a lesson, then sending a check-in) are judged together.
SOON_SECONDS = 1
# A catch-up that finds another running tries again after this long.
WAIT_SECONDS = 5
# How long a change's catch-up holds the queue's place. Short, so that one lost from the
# queue (a broker restarted, a queue emptied) holds up the next by a minute at most; a second
# one queued meanwhile waits for the first (RUNNING) and then finds little left.
SOON_QUEUED_SECONDS = 60


@shared_task(bind=True, max_retries=None)
def summaries_bring_up_to_date(self):
    """Judge again every board volunteer whose summary is out of date.

    Beat runs it just after midnight, when every summary's day has passed; a change to what
    readiness depends on queues it (summaries_judge_soon), and so does the board when it
    finds more out of date than it should judge in a request. Running it twice judges nobody
    twice: the second run finds everything up to date.
    """
    # In-process (no broker) runs are one request's own work: nothing to wait for.
    if not self.request.is_eager and not cache.add(RUNNING, True, timeout=15 * 60):
        raise self.retry(countdown=WAIT_SECONDS)
    # Let go before reading what is out of date: a change saved from here on queues another
    # run, and one saved before it is read by this one.
    cache.delete(QUEUED)
    try:
        summaries.summaries_bring_up_to_date(limit=None)
    finally:
        if not self.request.is_eager:
            cache.delete(RUNNING)


def summaries_catch_up_later():
    """Queue summaries_bring_up_to_date unless it is queued already. False when it has run
    already, as tasks do in the request when there is no broker."""
    if cache.add(QUEUED, True, timeout=15 * 60):
        enqueue_now(summaries_bring_up_to_date)
    return not settings.CELERY_TASK_ALWAYS_EAGER


def summaries_judge_soon():
    """Once this transaction commits, have a worker judge the summaries it made out of date,
    so the board finds (almost) nothing left to judge when a manager opens it.

    Only where there is a worker: without a broker a task would run inside the volunteer's
    own request, and the board judges the few that changed itself. One queued catch-up
    serves a whole burst of changes (the QUEUED key). The catch-up only saves the board
    work, whatever it finds out of date it judges again, so it is sent to the broker
    directly rather than kept in the outbox: if the broker is away it is not sent, and the
    change is still saved (the board or the nightly run judges it).
    """
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return
    transaction.on_commit(_queue_soon, robust=True)


def _queue_soon():
    # Redis away: the tolerant cache answers False and nothing is queued.
    if not cache.add(QUEUED, True, timeout=SOON_QUEUED_SECONDS):
        return
    try:
        summaries_bring_up_to_date.apply_async(countdown=SOON_SECONDS, retry=False)
    except Exception as error:  # the broker's errors differ by transport (kombu, redis, OSError)
        cache.delete(QUEUED)
        logger.warning("The task queue is not reachable; readiness is judged when next asked for: %s", error)


@shared_task
def waiting_checks_email():
    """Monday morning: e-mail managers the pre-start checks waiting too long, once a week
    however many times it runs (readiness/digests.py claims the week)."""
    from readiness.digests import waiting_checks_digest_send

    waiting_checks_digest_send()

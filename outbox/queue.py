"""Background work that survives a broker (Redis) outage.

`enqueue(task, *args)` saves the task as a row in the current transaction and hands it to
the broker once the transaction commits. If the broker cannot be reached, the row waits:
the next hand-over that works (another enqueue, or the minute sweep that beat sends once
Redis is back) sends it. A worker deletes the row as it starts the task (outbox/signals.py);
a row handed over but never started within HANDOVER_TIMEOUT is handed over again, so every
task must be safe to run twice (they are: they claim their rows).
"""

import logging
from datetime import timedelta

from celery import current_app
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from outbox.models import QueuedTask

logger = logging.getLogger(__name__)

HEADER = "waymark_queued_task"
HANDOVER_TIMEOUT = timedelta(minutes=30)
BATCH = 200


def enqueue(task, *args, **kwargs):
    """Run `task(*args, **kwargs)` in a worker after the current transaction commits.

    Without a broker (the embedded mode) the task runs in this process after commit."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        transaction.on_commit(lambda: task.delay(*args, **kwargs))
        return None
    row = QueuedTask.objects.create(name=task.name, args=list(args), kwargs=kwargs)
    transaction.on_commit(lambda: _hand_over_after_commit(row.pk))
    return row


def enqueue_now(task, *args, **kwargs):
    """Like `enqueue`, for work that does not wait for this transaction (a catch-up a page
    asks for): handed over at once, and run at once where there is no broker."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        task.delay(*args, **kwargs)
        return None
    row = QueuedTask.objects.create(name=task.name, args=list(args), kwargs=kwargs)
    _hand_over_after_commit(row.pk)
    return row


def _hand_over_after_commit(pk):
    # Once the broker takes this one, anything left waiting from an outage goes too.
    if queued_tasks_publish(ids=[pk]):
        queued_tasks_publish(limit=20)


def queued_tasks_publish(*, ids=None, limit=BATCH, now=None):
    """Hand waiting tasks to the broker, oldest first; stop at the first failure. Returns how
    many were handed over."""
    now = now or timezone.now()
    due = Q(published_at=None) | Q(published_at__lt=now - HANDOVER_TIMEOUT)
    rows = QueuedTask.objects.filter(due)
    if ids is not None:
        rows = rows.filter(pk__in=ids)
    handed = 0
    for row in rows.order_by("id")[:limit]:
        # Only one process hands a row over.
        claimed = QueuedTask.objects.filter(pk=row.pk, published_at=row.published_at).update(
            published_at=now, attempts=F("attempts") + 1
        )
        if not claimed:
            continue
        try:
            current_app.tasks[row.name].apply_async(
                args=row.args, kwargs=row.kwargs, headers={HEADER: row.pk}, retry=False
            )
        except KeyError:
            logger.error("Queued task %s #%s names no known task; it is dropped.", row.name, row.pk)
            QueuedTask.objects.filter(pk=row.pk).delete()
            continue
        except Exception as error:  # the broker's errors differ by transport (kombu, redis, OSError)
            QueuedTask.objects.filter(pk=row.pk).update(published_at=None)
            logger.warning("The task queue is not reachable; %s waits in the database: %s", row.name, error)
            break
        handed += 1
    return handed


def queued_task_started(pk):
    """A worker has the task: it no longer needs keeping."""
    QueuedTask.objects.filter(pk=pk).delete()

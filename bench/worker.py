"""The Celery app the reminder benchmark's worker runs: Waymark's own (config.celery), plus

- counters in Redis of the messages published to the broker and of the tasks finished,
  kept by Celery's signals in every process, so fan-out from inside a task counts too;
- one bench-only task, the comparison: one reminder e-mail per task, over its own connection.

Start a worker with `celery -A bench.worker worker`.
"""

import os
import uuid

import redis
from celery import shared_task
from celery.signals import before_task_publish, task_postrun

from config.celery import app

__all__ = ["app", "counters", "send_one_reminder"]

PREFIX = "waymark-bench:"
_client = None


def counters():
    global _client
    if _client is None:
        _client = redis.Redis.from_url(os.environ["REDIS_URL"])
    return _client


def counter(name):
    return int(counters().get(PREFIX + name) or 0)


def reset_counters():
    counters().delete(PREFIX + "published", PREFIX + "finished")


@before_task_publish.connect(weak=False)
def _count_published(**kwargs):
    counters().incr(PREFIX + "published")


@task_postrun.connect(weak=False)
def _count_finished(**kwargs):
    counters().incr(PREFIX + "finished")


@shared_task(name="bench.send_one_reminder")
def send_one_reminder(reminder_id):
    """What the sweep replaces: claim one reminder, send its e-mail over a new connection."""
    from django.utils import timezone

    from supervision.models import Reminder
    from supervision.services.reminders import _message

    now = timezone.now()
    if not Reminder.objects.filter(pk=reminder_id, claimed_at=None, sent_at=None).update(
        claim=uuid.uuid4(), claimed_at=now
    ):
        return
    reminder = Reminder.objects.select_related("person", "occurrence__series").get(pk=reminder_id)
    message = _message(reminder, now)
    if message is not None:
        message.send()
    Reminder.objects.filter(pk=reminder_id).update(sent_at=timezone.now())

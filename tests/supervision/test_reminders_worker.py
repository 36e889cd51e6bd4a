"""Exactly-once reminders with a real Celery worker and Redis (runs when REDIS_URL is set).
The minute sweep claims what is due a batch at a time and hands each batch to the workers as
one task: one broker message and one mail connection per batch, each reminder once."""

import threading
import time
from datetime import timedelta

from celery.contrib.testing.worker import start_worker
from celery.signals import before_task_publish, task_postrun
from django.core import mail
from django.db import connection
from django.utils import timezone

from supervision.models import Reminder
from supervision.services.reminders import BATCH
from tests.factories import volunteer
from tests.workers import NEEDS_A_WORKER

pytestmark = NEEDS_A_WORKER


def _due(count):
    people = [volunteer(user__full_name=f"Reminded {n}", user__email=f"reminded{n}@example.org")
              for n in range(count)]
    due = timezone.now() - timedelta(minutes=1)
    Reminder.objects.bulk_create([Reminder(kind=Reminder.Kind.CHECKIN, person=p, due_at=due) for p in people])
    return sorted(p.email for p in people)


def _two_sweeps_at_once(celery_app, expected_batches):
    """Publish the sweep twice at once to a worker with two threads; wait until both sweeps
    and every batch they handed out have run. Returns (sweeps run in the worker, batch tasks
    published)."""
    from supervision import tasks

    runs = {"sweeps": [], "batches": 0}
    published = []
    everything_ran = threading.Event()

    def on_postrun(sender=None, **kwargs):
        if sender is None:
            return
        # Each worker thread has its own connection; close it so the test database can be dropped.
        connection.close()
        if sender.name == "supervision.tasks.reminders_sweep":
            runs["sweeps"].append(threading.current_thread() is not threading.main_thread())
        elif sender.name == "supervision.tasks.reminders_send_batch":
            runs["batches"] += 1
        if len(runs["sweeps"]) == 2 and runs["batches"] >= expected_batches:
            everything_ran.set()

    def on_publish(sender=None, **kwargs):
        published.append(sender)

    task_postrun.connect(on_postrun, weak=False)
    before_task_publish.connect(on_publish, weak=False)
    try:
        with start_worker(celery_app, pool="threads", concurrency=2, perform_ping_check=False,
                          shutdown_timeout=30):
            tasks.reminders_sweep.delay()
            tasks.reminders_sweep.delay()
            assert everything_ran.wait(timeout=120), f"the worker did not run everything: {runs}"
            time.sleep(0.2)
    finally:
        task_postrun.disconnect(on_postrun)
        before_task_publish.disconnect(on_publish)
    return runs["sweeps"], published.count("supervision.tasks.reminders_send_batch")


def test_it_sends_each_reminder_exactly_once_when_the_sweep_is_enqueued_twice_at_once(celery_app):
    addresses = _due(30)

    sweeps, batches = _two_sweeps_at_once(celery_app, expected_batches=1)

    assert sweeps == [True, True], "both sweeps must run in the worker, not eagerly"
    assert batches == 1
    assert sorted(message.to[0] for message in mail.outbox) == addresses
    assert Reminder.objects.filter(sent_at=None).count() == 0


def test_a_sweep_fans_batches_out_one_message_and_one_mail_connection_per_batch(celery_app, smtp_server):
    addresses = _due(2 * BATCH + 50)

    sweeps, batches = _two_sweeps_at_once(celery_app, expected_batches=3)

    assert sweeps == [True, True]
    assert batches == 3, "one broker message per batch of 100, however many sweeps ran"
    assert smtp_server.recipients() == addresses, "everyone once, nobody twice"
    assert smtp_server.connections == 3, "one mail connection per batch"
    assert Reminder.objects.filter(sent_at=None).count() == 0

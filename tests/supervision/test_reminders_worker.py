"""Exactly-once reminders with a real Celery worker and Redis (runs when REDIS_URL is set)."""

import threading
import time
from datetime import timedelta

from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.core import mail
from django.db import connection
from django.utils import timezone

from supervision.models import Reminder
from tests.factories import volunteer
from tests.workers import NEEDS_A_WORKER

pytestmark = NEEDS_A_WORKER


def test_it_sends_each_reminder_exactly_once_when_the_sweep_is_enqueued_twice_at_once(celery_app):
    from supervision import tasks

    people = [volunteer(user__full_name=f"Reminded {n}") for n in range(30)]
    due = timezone.now() - timedelta(minutes=1)
    Reminder.objects.bulk_create([Reminder(kind=Reminder.Kind.CHECKIN, person=p, due_at=due) for p in people])
    finished = []
    done = threading.Event()

    def on_postrun(sender=None, **kwargs):
        if sender is not None and sender.name == "supervision.tasks.reminders_sweep":
            # Each worker thread has its own connection; close it so the test database can be dropped.
            connection.close()
            finished.append(threading.current_thread() is not threading.main_thread())
            if len(finished) == 2:
                done.set()

    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(celery_app, pool="threads", concurrency=2, perform_ping_check=False,
                          shutdown_timeout=30):
            tasks.reminders_sweep.delay()
            tasks.reminders_sweep.delay()
            assert done.wait(timeout=60), "the worker did not run both sweeps"
            time.sleep(0.2)
    finally:
        task_postrun.disconnect(on_postrun)

    assert finished == [True, True], "both sweeps must run in the worker, not eagerly"
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted(p.email for p in people)
    assert Reminder.objects.filter(sent_at=None).count() == 0

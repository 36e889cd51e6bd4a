"""The reminder sweep for N due reminders, against one task per e-mail, in the same run.

1. The N earliest meeting reminders are made due now. A local SMTP server counts the
   connections opened and the messages sent; Celery's publish signal counts broker messages.
2. A real Celery worker (prefork, two processes) with Redis as broker runs the real task,
   supervision.tasks.reminders_sweep, which hands each batch of 100 to the workers as a
   task of its own. It is published again a minute later while reminders are still due, as
   beat does; the time is until the SMTP server accepted the last e-mail.
3. The same reminders are made unsent again, and a bench-only task per reminder sends each
   e-mail over a connection of its own (bench.worker.send_one_reminder).
"""

import os
import subprocess
import sys
import time
from datetime import timedelta

from django.utils import timezone

from bench.server import ROOT
from bench.smtp import SmtpSink
from bench.worker import app, counter, reset_counters, send_one_reminder
from supervision.models import Reminder
from supervision.services.reminders import BATCH
from supervision.tasks import reminders_sweep

CONCURRENCY = 2
BEAT_SECONDS = 60


def _wait(done, *, timeout, what):
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)


class Worker:
    """A Celery worker process for bench.worker's app, sending e-mail to the local SMTP server."""

    def __init__(self, smtp_port, log):
        self.env = {**os.environ, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(smtp_port), "EMAIL_USE_TLS": "0"}
        self.log = log

    def __enter__(self):
        with app.connection_for_write() as connection:
            connection.default_channel.queue_purge(app.conf.task_default_queue)
        self._log = open(self.log, "a")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "bench.worker", "worker", "--pool", "prefork",
             "--concurrency", str(CONCURRENCY), "--loglevel", "WARNING", "--without-gossip", "--without-mingle",
             "--without-heartbeat", "--hostname", f"bench-{os.getpid()}@%h"],
            cwd=ROOT, env=self.env, stdout=self._log, stderr=subprocess.STDOUT,
        )
        try:
            _wait(lambda: self.process.poll() is not None or app.control.ping(timeout=1.0), timeout=180,
                  what="the Celery worker to start")
            if self.process.poll() is not None:
                raise RuntimeError(f"the Celery worker stopped at start; see {self.log}")
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()


def _due():
    return Reminder.objects.filter(sent_at=None, due_at__lte=timezone.now())


def _result(chosen, smtp, started, **extra):
    seconds = time.perf_counter() - started
    smtp_counts = smtp.counts()
    return {"reminders": Reminder.objects.filter(pk__in=chosen, sent_at__isnull=False).count(),
            "broker_messages": counter("published"), "smtp_connections": smtp_counts["connections"],
            "emails": smtp_counts["messages"], "seconds": seconds, **extra}


def _sweep(chosen, smtp):
    """As beat does: one sweep now and another each minute until every reminder has gone.
    The sweep hands each batch to the workers as a task of its own; the time is until the
    last of those tasks finished, with every e-mail accepted by the SMTP server."""
    reset_counters()
    smtp.reset()
    started, sweeps = time.perf_counter(), 0

    def everything_sent():
        return not _due().exists() and counter("finished") >= counter("published")

    while sweeps < 10:
        reminders_sweep.delay()
        sweeps += 1
        beat = time.perf_counter()
        while not everything_sent() and time.perf_counter() - beat < BEAT_SECONDS:
            time.sleep(0.1)
        if everything_sent():
            break
    return _result(chosen, smtp, started, sweeps=sweeps)


def _one_per_email(chosen, smtp):
    Reminder.objects.filter(pk__in=chosen).update(sent_at=None, claim=None, claimed_at=None)
    reset_counters()
    smtp.reset()
    started = time.perf_counter()
    for pk in chosen:
        send_one_reminder.delay(pk)
    _wait(lambda: counter("finished") >= len(chosen), timeout=3600, what="the one-per-e-mail tasks")
    return _result(chosen, smtp, started)


def reminder_sweep(*, count, log):
    chosen = list(
        Reminder.objects.filter(sent_at=None, claimed_at=None).order_by("due_at", "id").values_list("pk", flat=True)
    )[:count]
    Reminder.objects.filter(pk__in=chosen).update(due_at=timezone.now() - timedelta(minutes=1))
    if _due().count() != len(chosen):
        raise RuntimeError("other reminders are due as well; the count would be wrong")
    with SmtpSink() as smtp, Worker(smtp.port, log):
        sweep = _sweep(chosen, smtp)
        single = _one_per_email(chosen, smtp)
    return {
        "due": len(chosen),
        "batch": BATCH,
        "sweep": sweep,
        "per_email": single,
        "worker": f"Celery prefork, {CONCURRENCY} processes, Redis broker",
    }

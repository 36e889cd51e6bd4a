"""The readiness catch-up with a real Celery worker and Redis (runs when REDIS_URL is set).

With a broker, a change to what readiness depends on queues one catch-up for a burst, which a
worker runs soon after, so the board finds nothing left to judge; a board that finds more
out-of-date summaries than it judges in a request queues the catch-up once, shows what was
known meanwhile, and is up to date once a worker has run it; two catch-ups never judge side
by side.
"""

import threading

from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.core.cache import cache
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from readiness import board as readiness_board
from readiness import summaries, tasks
from readiness.models import ReadinessSummary
from tests.readiness import helpers
from tests.workers import NEEDS_A_WORKER

pytestmark = NEEDS_A_WORKER


def test_a_busy_board_queues_one_catch_up_that_a_worker_finishes(
    celery_app, monkeypatch, client_for, manager, volunteer_user, other_volunteer
):
    helpers.learning()
    monkeypatch.setattr(readiness_board, "JUDGE_IN_REQUEST", 1)
    client = client_for(manager)
    client.get(reverse("readiness:board"))  # both judged for the first time, in the request
    helpers.record_checks(volunteer_user, manager)
    summaries.summaries_mark_out_of_date()  # the rules changed for everyone

    page = client.get(reverse("readiness:board")).content.decode()
    assert "Readiness for 2 volunteers is being worked out again" in page
    alice = page.split(">Alice Volunteer</a>", 1)[1].split("</tr>", 1)[0]
    assert "DBS check" in alice, "what was known before shows meanwhile"
    client.get(reverse("readiness:board"))
    with celery_app.connection() as conn:
        waiting = conn.default_channel.queue_declare(celery_app.conf.task_default_queue, passive=True).message_count
    assert waiting == 1, "queued once, not on every visit"

    done = threading.Event()

    def on_postrun(sender=None, **kwargs):
        if sender is not None and sender.name == "readiness.tasks.summaries_bring_up_to_date":
            connection.close()  # the worker thread's own connection
            done.set()

    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(celery_app, pool="threads", concurrency=1, perform_ping_check=False, shutdown_timeout=30):
            assert done.wait(timeout=60), "the worker did not run the catch-up"
    finally:
        task_postrun.disconnect(on_postrun)

    fresh = ReadinessSummary.objects.fresh(timezone.localdate())
    assert set(fresh.values_list("volunteer_id", flat=True)) == {volunteer_user.pk, other_volunteer.pk}
    page = client.get(reverse("readiness:board")).content.decode()
    assert "being worked out again" not in page
    alice = page.split(">Alice Volunteer</a>", 1)[1].split("</tr>", 1)[0]
    assert "DBS check" not in alice
    assert tasks.QUEUED  # the lock was let go: cache.add succeeds again


def _run_worker_until(celery_app, finished, *, timeout=60):
    """Start a real worker (threads, in this process) until `finished` is set."""
    with start_worker(celery_app, pool="threads", concurrency=1, perform_ping_check=False, shutdown_timeout=30):
        assert finished.wait(timeout=timeout), "the worker did not finish the catch-up"


def _on_catch_up_done(done):
    def on_postrun(sender=None, state=None, **kwargs):
        if sender is not None and sender.name == "readiness.tasks.summaries_bring_up_to_date" and state == "SUCCESS":
            connection.close()  # the worker thread's own connection
            done.set()

    return on_postrun


def test_changes_are_judged_by_a_worker_soon_after_so_the_board_judges_nobody(
    celery_app, client_for, manager, volunteer_user, other_volunteer
):
    helpers.learning()
    client = client_for(manager)
    client.get(reverse("readiness:board"))
    judged_before = dict(ReadinessSummary.objects.values_list("volunteer_id", "judged_at"))

    # Each in its own transaction, as two people's requests would be.
    helpers.record_checks(volunteer_user, manager)
    helpers.record_checks(other_volunteer, manager)
    with celery_app.connection() as conn:
        waiting = conn.default_channel.queue_declare(celery_app.conf.task_default_queue, passive=True).message_count
    assert waiting == 1, "one catch-up for the burst"

    done = threading.Event()
    on_postrun = _on_catch_up_done(done)
    task_postrun.connect(on_postrun, weak=False)
    try:
        _run_worker_until(celery_app, done)
    finally:
        task_postrun.disconnect(on_postrun)

    fresh = ReadinessSummary.objects.fresh(timezone.localdate())
    assert set(fresh.values_list("volunteer_id", flat=True)) == {volunteer_user.pk, other_volunteer.pk}
    judged_by_worker = dict(ReadinessSummary.objects.values_list("volunteer_id", "judged_at"))
    assert all(judged_by_worker[pk] > judged_before[pk] for pk in judged_before)
    page = client.get(reverse("readiness:board")).content.decode()
    alice = page.split(">Alice Volunteer</a>", 1)[1].split("</tr>", 1)[0]
    assert "DBS check" not in alice
    assert dict(ReadinessSummary.objects.values_list("volunteer_id", "judged_at")) == judged_by_worker, (
        "the board found nothing left to judge"
    )


def test_a_catch_up_waits_for_one_already_running_rather_than_judging_alongside_it(
    celery_app, monkeypatch, manager, volunteer_user, other_volunteer
):
    monkeypatch.setattr(tasks, "WAIT_SECONDS", 1)
    helpers.learning()
    summaries.summaries_bring_up_to_date(limit=None)
    cache.set(tasks.RUNNING, True)  # another worker is judging
    helpers.record_checks(volunteer_user, manager)

    done = threading.Event()
    on_postrun = _on_catch_up_done(done)
    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(celery_app, pool="threads", concurrency=1, perform_ping_check=False, shutdown_timeout=30):
            assert not done.wait(timeout=3), "it ran alongside the other"
            assert volunteer_user.pk not in fresh_ids()
            cache.delete(tasks.RUNNING)  # the other finished
            assert done.wait(timeout=30), "it did not run once the other finished"
    finally:
        task_postrun.disconnect(on_postrun)
        cache.delete(tasks.RUNNING)
    assert fresh_ids() == {volunteer_user.pk, other_volunteer.pk}


def fresh_ids():
    return set(ReadinessSummary.objects.fresh(timezone.localdate()).values_list("volunteer_id", flat=True))

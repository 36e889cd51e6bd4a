"""The board's catch-up with a real Celery worker and Redis (runs when REDIS_URL is set).

With a broker, a board that finds more out-of-date summaries than it judges in a request
queues the catch-up once, shows what was known meanwhile, and is up to date once a worker
has run it.
"""

import threading

from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
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

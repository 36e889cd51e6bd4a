"""Scheduled publishing run by a real Celery worker, as beat sends it (runs when REDIS_URL is set)."""

import threading
from datetime import timedelta

from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.conf import settings
from django.db import connection
from django.utils import timezone

from courses.models import Lesson
from tests.courses import factories
from tests.courses.cms import quiz_body
from tests.workers import NEEDS_A_WORKER

pytestmark = NEEDS_A_WORKER


def test_a_scheduled_lesson_goes_live_when_beat_sends_the_task_to_a_worker(celery_app):
    factories.build()
    lesson = Lesson.objects.get(slug="check")
    draft = Lesson.objects.get(pk=lesson.pk)
    draft.body = quiz_body()
    revision = draft.save_revision()
    passed = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = passed
    revision.content["go_live_at"] = passed.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    entry = settings.CELERY_BEAT_SCHEDULE["courses-publish-scheduled"]
    done = threading.Event()

    def on_postrun(sender=None, **kwargs):
        if sender is not None and sender.name == entry["task"]:
            connection.close()
            done.set()

    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(celery_app, pool="threads", concurrency=1, perform_ping_check=False, shutdown_timeout=30):
            # What beat does each minute: send the task by its name.
            celery_app.send_task(entry["task"])
            assert done.wait(timeout=60), "the worker did not run scheduled publishing"
    finally:
        task_postrun.disconnect(on_postrun)

    assert Lesson.objects.get(pk=lesson.pk).live_revision_id == revision.pk
    assert len(Lesson.objects.get(pk=lesson.pk).knowledge_check()) == 1

"""Two web nodes and two Celery workers on one PostgreSQL and one Redis, as a deployment with
more than one machine runs: what one node (or process) changes, the other serves on its very
next request, and reminders go out once however many workers and sweeps there are.

Each node is a real gunicorn process and each worker a real `celery worker` process, all
reading this test's database. The test process plays the learner's and the manager's
browsers (over HTTP), and is the third process where the editor publishes and the office
records the last missing steps (driving the admin's publish form over plain HTTP is left
out: its CSRF check refused the scripted post).
"""

import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils import timezone

from supervision.models import Reminder
from supervision.services.reminders import BATCH
from tests.conftest import CELERY_TEST_QUEUE
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.readiness import helpers
from tests.workers import NEEDS_A_WORKER

pytestmark = [pytest.mark.postgres, *NEEDS_A_WORKER]

ROOT = Path(settings.BASE_DIR)
BIN = Path(sys.executable).parent


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _shared_env(**extra):
    """What every node and worker shares: this test's database, Redis and cache prefix."""
    database = connection.settings_dict
    return os.environ | {
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "REDIS_URL": os.environ["REDIS_URL"],
        "CACHE_KEY_PREFIX": settings.CACHES["default"]["KEY_PREFIX"].split("-gw")[0],
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


class Node:
    """One gunicorn web node (the test settings: plain HTTP, static files from the source)."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        env = _shared_env(
            DJANGO_SETTINGS_MODULE="config.test_settings", WAYMARK_WEB_BIND=f"127.0.0.1:{self.port}",
            WAYMARK_WEB_WORKERS="1", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0",
        )
        self.process = subprocess.Popen([str(BIN / "gunicorn"), "config.wsgi", "-c", "gunicorn.conf.py"],
                                        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/accounts/login/", timeout=20)
                return self
            except (requests.ConnectionError, requests.Timeout):
                assert self.process.poll() is None and time.monotonic() < deadline, "the node did not start"
                time.sleep(0.2)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=20)


class Worker:
    """One Celery worker process (production settings, sending to the test's SMTP server)."""

    def __init__(self, name, smtp_port):
        self.name, self.smtp_port = name, smtp_port

    def __enter__(self):
        env = _shared_env(
            DJANGO_SETTINGS_MODULE="config.settings", DEBUG="0", SECRET_KEY=settings.SECRET_KEY,
            ALLOWED_HOSTS="127.0.0.1", SECURE_SSL_REDIRECT="0", SECURE_HSTS_SECONDS="0",
            CELERY_QUEUE=CELERY_TEST_QUEUE, EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(self.smtp_port),
            EMAIL_USE_TLS="0", LOG_LEVEL="WARNING", WAYMARK_LOG_LEVEL="WARNING",
        )
        self.process = subprocess.Popen(
            [str(BIN / "celery"), "-A", "config", "worker", "-Q", CELERY_TEST_QUEUE, "--pool", "threads",
             "--concurrency", "2", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--loglevel", "WARNING", "--hostname", f"{self.name}-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


def _browser(user):
    """A browser session for `user`, signed in (the session lives in the shared database)."""
    client = Client()
    client.force_login(user)
    session = requests.Session()
    session.cookies.set(settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value,
                        domain="127.0.0.1", path="/")
    return session


def test_an_editors_publish_is_served_by_every_node_on_the_next_request(content_editor, volunteer_user):
    courses.build(policies=[courses.policy_data()])
    lesson = courses.lesson("why-boundaries")
    learner = _browser(volunteer_user)
    with Node() as first, Node() as second:
        # Both nodes have served the lesson (and so hold whatever they keep in memory of it).
        for node in (first, second):
            assert f">{lesson.title}</h1>" in learner.get(node.url + lesson.url, timeout=30).text

        # The editor renames it and publishes it in a third process (this test's), as the admin
        # does on whichever node the editor's browser reached.
        lesson.title = "Why boundaries really matter"
        lesson.save_revision(user=content_editor).publish(user=content_editor)

        assert '<h1 class="govuk-heading-l">Why boundaries really matter</h1>' in learner.get(
            first.url + lesson.url, timeout=30).text
        page = learner.get(second.url + lesson.url, timeout=30).text
        assert '<h1 class="govuk-heading-l">Why boundaries really matter</h1>' in page


def test_a_readiness_change_judged_on_one_node_is_shown_by_the_other(supervisor, trainer, manager, volunteer_user):
    helpers.learning()
    office = _browser(manager)
    checklist = f"/readiness/volunteers/{volunteer_user.pk}/"
    with Node() as first, Node() as second:
        for node in (first, second):
            page = office.get(node.url + checklist, timeout=30).text
            assert "things left" in page and "Every rule is met." not in page

        helpers.make_ready(volunteer_user, supervisor=supervisor, trainer=trainer, manager=manager)

        assert "Every rule is met." in office.get(first.url + checklist, timeout=30).text
        assert "Every rule is met." in office.get(second.url + checklist, timeout=30).text


def test_reminders_go_once_between_two_workers_and_two_sweeps(celery_app, smtp_server):
    from supervision import tasks

    people = [volunteer(user__full_name=f"Reminded {n}", user__email=f"reminded{n}@example.org")
              for n in range(2 * BATCH + 50)]
    due = timezone.now() - timedelta(minutes=1)
    Reminder.objects.bulk_create([Reminder(kind=Reminder.Kind.CHECKIN, person=p, due_at=due) for p in people])

    with Worker("one", smtp_server.port), Worker("two", smtp_server.port):
        # Each node's beat (or one beat, twice) sends the sweep at the same moment.
        tasks.reminders_sweep.delay()
        tasks.reminders_sweep.delay()
        deadline = time.monotonic() + 120
        while len(smtp_server.accepted) < len(people) or Reminder.objects.filter(sent_at=None).exists():
            assert time.monotonic() < deadline, f"{len(smtp_server.accepted)} of {len(people)} sent in 2 minutes"
            time.sleep(0.2)
        time.sleep(2)  # anything sent twice would arrive now

    assert smtp_server.recipients() == sorted(p.email for p in people), "everyone once, nobody twice"
    assert smtp_server.connections == 3, "one mail connection per batch of 100"

"""While Redis is away, signed-in people carry on, what they send is saved, signing in says
"try again in a few minutes", and work that would have been queued waits in the database
until Redis is back. Each test runs its own redis-server and stops it."""

import threading
import time

import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.db import connection
from django.urls import reverse

from outbox.models import QueuedTask
from outbox.tasks import queued_tasks_sweep
from supervision.models import CheckIn
from tests.factories import PASSWORD
from tests.supervision.factories import assign, ensure_migration_data

pytestmark = pytest.mark.django_db

CHECKIN = {"who5_cheerful": "1", "who5_calm": "4", "who5_active": "4", "who5_rested": "4", "who5_interested": "4",
           "caseload": "3", "recovery": "4", "worries": "", "contact_requested": "on"}


def _pages_answer(client, urls):
    return {url: client.get(url).status_code for url in urls}


def test_signed_in_people_keep_using_waymark_and_their_check_in_is_saved(
    client_for, redis_cache, volunteer_user, supervisor, django_capture_on_commit_callbacks
):
    assign(volunteer_user, supervisor)
    client = client_for(volunteer_user)
    volunteer_pages = [reverse("home"), reverse("supervision:mine"), reverse("supervision:checkin"), "/learn/"]
    assert _pages_answer(client, volunteer_pages) == dict.fromkeys(volunteer_pages, 200)

    redis_cache.stop()
    assert _pages_answer(client, volunteer_pages) == dict.fromkeys(volunteer_pages, 200)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("supervision:checkin"), CHECKIN)
    assert response.status_code == 302
    assert CheckIn.objects.filter(volunteer=volunteer_user).count() == 1
    client.force_login(supervisor)
    supervisor_pages = [reverse("home"), reverse("supervision:volunteer", args=[volunteer_user.pk])]
    assert _pages_answer(client, supervisor_pages) == dict.fromkeys(supervisor_pages, 200)

    redis_cache.start()
    assert _pages_answer(client, supervisor_pages) == dict.fromkeys(supervisor_pages, 200)


def test_signing_in_says_try_again_in_a_few_minutes_and_works_once_redis_is_back(client, redis_cache, volunteer_user):
    redis_cache.stop()
    response = client.post(reverse("account_login"), {"login": volunteer_user.email, "password": PASSWORD})
    assert response.status_code == 503
    assert "Try again in a few minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session

    redis_cache.start()
    response = client.post(reverse("account_login"), {"login": volunteer_user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.fixture
def broker_on_own_redis(settings, own_redis):
    """Celery sends to the test's own Redis instead of running tasks in the test."""
    from config.celery import app
    from tests.conftest import CELERY_TEST_QUEUE

    # Read before changing the Django setting, which app.conf reads through.
    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url", "task_default_queue")}
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.update(task_always_eager=False, broker_url=own_redis.url, task_default_queue=CELERY_TEST_QUEUE)
    # The app keeps its connections to the broker it used first; start afresh with this one.
    app._pool = app.amqp._producer_pool = None
    yield app
    app.conf.update(saved)
    app._pool = app.amqp._producer_pool = None


def _check_in_while_redis_is_away(client, own_redis, django_capture_on_commit_callbacks):
    own_redis.stop()
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("supervision:checkin"), CHECKIN)
    assert response.status_code == 302
    assert time.monotonic() - started < 3, "the page must not wait on a broker that is away"
    waiting = QueuedTask.objects.get()
    assert waiting.name == "supervision.tasks.tell_supervisor_about_flags" and waiting.published_at is None
    own_redis.start()
    return waiting


def test_work_queued_while_the_broker_is_away_waits_in_the_database(client_for, broker_on_own_redis, own_redis,
                                                                     volunteer_user, supervisor, mailoutbox,
                                                                     django_capture_on_commit_callbacks):
    assign(volunteer_user, supervisor)
    waiting = _check_in_while_redis_is_away(client_for(volunteer_user), own_redis, django_capture_on_commit_callbacks)
    assert mailoutbox == []
    assert queued_tasks_sweep() == 1
    waiting.refresh_from_db()
    assert waiting.published_at is not None
    assert queued_tasks_sweep() == 0, "handed over once"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_supervisor_is_emailed_once_redis_is_back_and_a_worker_takes_the_work(
    client_for, broker_on_own_redis, own_redis, volunteer_user, supervisor, mailoutbox,
    django_capture_on_commit_callbacks
):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: the worker reads the database from its own thread")
    ensure_migration_data()
    assign(volunteer_user, supervisor)
    _check_in_while_redis_is_away(client_for(volunteer_user), own_redis, django_capture_on_commit_callbacks)
    done = threading.Event()

    def on_postrun(sender=None, **kwargs):
        if sender is not None and sender.name == "supervision.tasks.tell_supervisor_about_flags":
            connection.close()
            done.set()

    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(broker_on_own_redis, pool="threads", concurrency=1, perform_ping_check=False,
                          shutdown_timeout=30):
            # What beat sends every minute once Redis is back.
            queued_tasks_sweep.delay()
            assert done.wait(timeout=60), "the worker did not take the waiting work"
            time.sleep(0.2)
    finally:
        task_postrun.disconnect(on_postrun)
    assert [message.to for message in mailoutbox] == [[supervisor.email]]
    assert not QueuedTask.objects.exists(), "the worker has it, so the database need not keep it"


def test_the_cache_misses_quietly_while_redis_is_away_but_sign_in_limits_do_not(redis_cache):
    import redis
    from django.core.cache import cache

    cache.set("kept", 1)
    assert cache.get("kept") == 1
    redis_cache.stop()
    assert cache.get("kept") is None
    cache.set("kept", 2)
    assert cache.get_many(["kept"]) == {}
    assert cache.add("new", 1) is False
    with pytest.raises(redis.exceptions.ConnectionError):
        cache.get("allauth:rl:allauth.account:login_failed:5/5m/key:abc")
    redis_cache.start()
    time.sleep(0.3)  # RETRY_AFTER in the test's set-up
    cache.set("kept", 3)
    assert cache.get("kept") == 3

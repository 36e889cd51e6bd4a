"""A change to what readiness depends on has a worker judge the summaries it made out of date
soon after (readiness/tasks.py summaries_judge_soon), so the board finds little left to judge
in its request. One catch-up is queued for a burst of changes; without a broker nothing is
queued and the volunteer's own request judges nobody else; with the broker or Redis away the
change is saved all the same, and the board still judges what is left.

The broker here is a Redis server of the test's own (tests/redis_server.py), so it can be
stopped; tests/readiness/test_summaries_worker.py has a real worker take the catch-up.
"""

import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from courses import services as course_services
from courses.models import LessonCompletion
from people.models import VolunteerProfile
from readiness import summaries, tasks
from readiness.models import CheckType
from readiness.services import pre_start_check_record
from tests.courses import factories as courses
from tests.readiness import helpers

pytestmark = pytest.mark.django_db


def out_of_date():
    return set(summaries.profiles_out_of_date(VolunteerProfile.objects.all()).values_list("user_id", flat=True))


def everyone_judged():
    summaries.summaries_bring_up_to_date(limit=None)
    assert out_of_date() == set()


@pytest.fixture
def broker(settings, own_redis):
    """Celery sends to the test's own Redis instead of running tasks in the test; no worker
    takes them, so what was queued can be counted."""
    from config.celery import app
    from tests.conftest import CELERY_TEST_QUEUE

    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url", "task_default_queue")}
    settings.CELERY_TASK_ALWAYS_EAGER = False
    app.conf.update(task_always_eager=False, broker_url=own_redis.url, task_default_queue=CELERY_TEST_QUEUE)
    # The app keeps its connections to the broker it used first; start afresh with this one.
    app._pool = app.amqp._producer_pool = None
    cache.delete(tasks.QUEUED)

    def queued():
        with app.connection() as conn:
            return conn.default_channel.queue_declare(CELERY_TEST_QUEUE, passive=True).message_count

    yield queued
    cache.delete(tasks.QUEUED)
    app.conf.update(saved)
    app._pool = app.amqp._producer_pool = None


def finish_a_lesson(person, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_services.lesson_complete(user=person, lesson=courses.lesson("why-boundaries"))


def record_dbs_check(person, manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        pre_start_check_record(
            volunteer=person,
            check_type=CheckType.objects.get(name="DBS check"),
            done_on=timezone.localdate() - timedelta(days=3),
            by=manager,
        )


def test_without_a_broker_a_change_queues_nothing_and_judges_nobody_else(
    volunteer_user, other_volunteer, django_capture_on_commit_callbacks
):
    # The embedded mode runs tasks in the request: a catch-up there would make the
    # volunteer wait for everyone else's judging.
    helpers.learning()
    everyone_judged()
    summaries.summaries_mark_out_of_date([other_volunteer.pk])

    finish_a_lesson(volunteer_user, django_capture_on_commit_callbacks)

    assert out_of_date() == {volunteer_user.pk, other_volunteer.pk}
    assert cache.get(tasks.QUEUED) is None


def test_a_burst_of_changes_queues_one_catch_up_and_a_change_after_it_starts_queues_the_next(
    broker, manager, volunteer_user, other_volunteer, django_capture_on_commit_callbacks
):
    helpers.learning()
    everyone_judged()

    finish_a_lesson(volunteer_user, django_capture_on_commit_callbacks)
    record_dbs_check(other_volunteer, manager, django_capture_on_commit_callbacks)
    finish_a_lesson(other_volunteer, django_capture_on_commit_callbacks)
    assert broker() == 1, "one catch-up for the burst"

    # What a worker does with it (tests/readiness/test_summaries_worker.py runs a real one).
    tasks.summaries_bring_up_to_date.apply()
    assert out_of_date() == set()

    record_dbs_check(volunteer_user, manager, django_capture_on_commit_callbacks)
    assert broker() == 2, "a change after the catch-up started queues the next"
    assert out_of_date() == {volunteer_user.pk}


def test_the_board_shows_the_change_before_the_catch_up_has_run(
    broker, client_for, manager, volunteer_user, other_volunteer, django_capture_on_commit_callbacks
):
    helpers.learning()
    client = client_for(manager)
    client.get(reverse("readiness:board"))

    record_dbs_check(volunteer_user, manager, django_capture_on_commit_callbacks)
    assert broker() == 1 and out_of_date() == {volunteer_user.pk}

    page = client.get(reverse("readiness:board")).content.decode()
    alice = page.split(">Alice Volunteer</a>", 1)[1].split("</tr>", 1)[0]
    assert "DBS check" not in alice, "the board judges the few the catch-up has not reached"
    assert "being worked out again" not in page
    assert out_of_date() == set()


@pytest.mark.parametrize("cache_on_the_same_redis", [True, False], ids=["cache-and-broker-away", "broker-away"])
def test_with_redis_away_the_change_is_saved_and_the_next_one_queues_once_it_is_back(
    cache_on_the_same_redis, broker, own_redis, settings, volunteer_user, other_volunteer,
    django_capture_on_commit_callbacks
):
    if cache_on_the_same_redis:
        settings.CACHES = {"default": {
            "BACKEND": "config.cache.TolerantRedisCache", "LOCATION": own_redis.url, "KEY_PREFIX": "judge-soon-test",
            "RETRY_AFTER": 0.2, "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
        }}
    helpers.learning()
    everyone_judged()
    own_redis.stop()

    started = time.monotonic()
    finish_a_lesson(volunteer_user, django_capture_on_commit_callbacks)
    assert time.monotonic() - started < 3, "the volunteer must not wait on a broker that is away"
    assert LessonCompletion.objects.filter(user=volunteer_user).exists()
    assert out_of_date() == {volunteer_user.pk}, "the board still knows to judge it"

    own_redis.start()
    time.sleep(0.3)  # the tolerant cache tries Redis again after RETRY_AFTER
    finish_a_lesson(other_volunteer, django_capture_on_commit_callbacks)
    assert broker() == 1, "nothing was left holding the queue's place while Redis was away"

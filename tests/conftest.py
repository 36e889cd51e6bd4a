"""Personas every app's tests share: two volunteers, two supervisors, a trainer, a manager,
a content editor and a superuser. Each test gets fresh ones in its own transaction."""

import os
import uuid

import pytest
from django.core.cache import cache

from people.roles import Role
from tests import built_once, migration_data
from tests.factories import PASSWORD, UserFactory, volunteer
from tests.real_content import real_content  # noqa: F401 (a fixture for every app's tests)


@pytest.fixture(autouse=True)
def _clean_cache():
    # Rate-limit counters live in the cache (Redis in CI); one test must not trip another's.
    clear_own_cache()
    yield


@pytest.fixture(autouse=True)
def _english_to_start():
    """Every test starts in the site's language: a test that switched this thread to Welsh
    (translation.activate) must not leave the next test's pages and e-mails in Welsh."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield


def clear_own_cache():
    """Empty this test process's cache. On Redis only the keys under this process's prefix go
    (config/test_settings.py gives each parallel worker its own), so a test in one worker never
    wipes another worker's rate-limit counters or a real worker's queued tasks."""
    from django.conf import settings

    from config.cache import UNREACHABLE

    prefix = settings.CACHES["default"].get("KEY_PREFIX")
    if not prefix or not hasattr(cache, "_cache"):
        cache.clear()
        return
    try:
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)
    except (*UNREACHABLE, OSError):
        pass  # Redis away (a test about that); the tolerant cache carries on without it.


@pytest.fixture
def own_redis():
    """A Redis server of the test's own, which it can stop and start (outage tests)."""
    import shutil

    from tests.redis_server import RedisServer

    if not shutil.which("redis-server"):
        pytest.skip("needs redis-server (apt-get install redis-server)")
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def volunteer_user(db):
    return volunteer(user__email="alice@example.org", user__full_name="Alice Volunteer")


@pytest.fixture
def other_volunteer(db):
    return volunteer(user__email="bob@example.org", user__full_name="Bob Volunteer")


@pytest.fixture
def supervisor(db):
    return UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])


@pytest.fixture
def other_supervisor(db):
    return UserFactory(email="steve@example.org", full_name="Steve Supervisor", roles=[Role.SUPERVISOR])


@pytest.fixture
def trainer(db):
    return UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER])


@pytest.fixture
def manager(db):
    return UserFactory(email="mo@example.org", full_name="Mo Manager", roles=[Role.MANAGER])


@pytest.fixture
def content_editor(db):
    return UserFactory(email="ed@example.org", full_name="Ed Editor", roles=[Role.CONTENT_EDITOR])


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@example.org", full_name="Root User", is_superuser=True, is_staff=True)


@pytest.fixture
def client_for(client):
    """Sign a persona in on the test client: `client_for(manager)`."""

    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


def pytest_collection_modifyitems(items):
    """Transactional tests (and browser tests, whose live server needs one) empty the
    database when they finish; serialized rollback puts back what the migrations made
    (roles, placements, the Wagtail root page) before each of them starts. Then the tests
    sharing costly data (the real content) are put one after another (tests/built_once.py)."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker else {}
        transactional = kwargs.get("transaction") or {"live_server", "transactional_db"} & set(item.fixturenames)
        if transactional and not kwargs.get("serialized_rollback"):
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(*(marker.args if marker else ()), **kwargs), append=False)
    built_once.gather(items)


@pytest.fixture(scope="session")
def _migration_snapshot(django_db_setup, django_db_blocker):
    """What the migrations put in the test database, read once at the start."""
    from django.db import connection

    _SNAPSHOT["contents"] = getattr(connection, "_test_serialized_contents", None)
    return _SNAPSHOT["contents"]


# The same, for the teardown hook below (no fixture can be asked for there); the connection
# object then at hand may not be the one that serialized the database.
_SNAPSHOT = {"contents": None}


@pytest.fixture(autouse=True)
def _put_back_migration_data(request, _migration_snapshot, django_db_blocker):
    """Django restores a transactional test's starting data from the connection it serialized;
    under Playwright's event loop the test can get a different connection object, so the
    restore silently does nothing. Put the data back ourselves when it is missing."""
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction") and _migration_snapshot:
        request.getfixturevalue("transactional_db")
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db import connection

        with django_db_blocker.unblock():
            if not Group.objects.exists():
                # As Django does: empty every table without re-running post_migrate, then load.
                # Sequences keep counting (the flush command would otherwise restart them at 1
                # and PostgreSQL would hand out the ids the restored rows already hold).
                call_command(
                    "flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False
                )
                migration_data.load(connection, _migration_snapshot)
    yield


@pytest.fixture(autouse=True)
def _uploads_in_a_temporary_folder(settings, tmp_path_factory):
    """Files saved by a test (documents, images) go to a throwaway folder, not media/."""
    settings.MEDIA_ROOT = str(tmp_path_factory.mktemp("media"))


# One queue for every real-worker test in this run, named once: Celery settles the queues it
# publishes to and consumes from the first time it uses them, so a second name later in the
# same process would send tasks where no worker listens. Its own name keeps two runs sharing
# one Redis apart.
CELERY_TEST_QUEUE = f"waymark-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def celery_app(settings):
    """The project's Celery app sending to Redis (REDIS_URL) instead of running tasks in the
    test, for tests that start a real worker; the queue is emptied before and after."""
    from config.celery import app
    from tests.supervision.factories import ensure_migration_data

    ensure_migration_data()

    broker = os.environ.get("SUPERVISION_TEST_BROKER_URL") or os.environ.get("REDIS_URL", "")
    saved = {key: app.conf[key] for key in ("task_always_eager", "broker_url", "task_default_queue")}
    app.conf.update(task_always_eager=False, broker_url=broker, task_default_queue=CELERY_TEST_QUEUE)
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with app.connection() as conn:
        conn.default_channel.queue_purge(CELERY_TEST_QUEUE)
    yield app
    with app.connection() as conn:
        conn.default_channel.queue_purge(CELERY_TEST_QUEUE)
    app.conf.update(saved)


@pytest.fixture
def smtp_server(settings):
    """Waymark sends through a real local SMTP server (tests/smtp.py) for this test."""
    from tests.smtp import SmtpServer

    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 10
    yield server
    server.stop()


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test leaves its database empty. Run alone, the suite runs those tests
    last (pytest-django orders them so); in a parallel run a worker can be handed an ordinary
    test next, which expects what the migrations made. Put it back for that test."""
    yield
    if nextitem is None or not _transactional(item) or _transactional(nextitem):
        return
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key

    snapshot = _SNAPSHOT["contents"] or getattr(connection, "_test_serialized_contents", None)
    if not snapshot:
        return
    with item.config.stash[blocking_manager_key].unblock():
        # Only an emptied database (no roles and no content types) is filled again.
        if not Group.objects.exists() and not ContentType.objects.exists():
            migration_data.load(connection, snapshot)
            ContentType.objects.clear_cache()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before a test's fixtures: the course tree (and other data built once, tests/built_once.py)
    is kept for a test that asks for it and rolled back before any other test."""
    from pytest_django.plugin import blocking_manager_key

    built_once.prepare_for(item, item.config.stash[blocking_manager_key])


def pytest_sessionstart(session):
    """A parallel run's controller starts the browser tests' list of checked pages afresh;
    each worker then adds its own pages to it (tests/e2e/conftest.py)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    from pathlib import Path

    listing = Path(__file__).resolve().parent / "e2e" / "screenshots" / "axe-checked-pages.txt"
    listing.unlink(missing_ok=True)


def pytest_configure(config):
    """A parallel run's controller names the run itself (pytest-xdist would otherwise choose
    the name inside its workers' manager), so it can drop the run's template database at
    the end (tests/databases.py). After a transactional test, only the tables holding rows
    are emptied (tests/flush.py)."""
    from tests import flush

    flush.install()
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        if getattr(config.option, "testrunuid", None) is None:
            config.option.testrunuid = uuid.uuid4().hex


def pytest_sessionfinish(session):
    config = session.config
    run_id = getattr(config.option, "testrunuid", None)
    if hasattr(config, "workerinput") or not run_id:
        return
    from pytest_django.plugin import blocking_manager_key

    from tests import databases

    with config.stash[blocking_manager_key].unblock():
        databases.template_removed(run_id)


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings,
                    django_db_keepdb, django_db_use_migrations):
    """pytest-django's set-up, except that parallel workers copy one migrated template
    instead of each migrating a database of its own (tests/databases.py)."""
    from django.test.utils import setup_databases, teardown_databases

    from tests import databases

    workerinput = getattr(request.config, "workerinput", None)
    verbosity = request.config.option.verbose
    with django_db_blocker.unblock():
        if workerinput and not django_db_keepdb and django_db_use_migrations:
            old_config = databases.worker_database_set_up(workerinput["testrunuid"], verbosity)
        else:
            if not django_db_use_migrations:
                from pytest_django.fixtures import _disable_migrations

                _disable_migrations()
            old_config = setup_databases(verbosity=verbosity, interactive=False, keepdb=django_db_keepdb)
    built_once.databases_ready()
    yield
    built_once.close(django_db_blocker)
    built_once.databases_ready(False)
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            try:
                teardown_databases(old_config, verbosity=verbosity)
            except Exception as error:  # noqa: BLE001 (as pytest-django: a warning, not a failure)
                request.node.warn(pytest.PytestWarning(f"The test database could not be dropped: {error!r}"))

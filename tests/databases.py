"""One migrated database a run, copied for each parallel worker.

Migrating a new test database runs Waymark's, Wagtail's and allauth's 280-odd migrations,
about twenty seconds of CPU. Under pytest-xdist every worker used to do it for itself. Now the
first worker migrates a template once, holding a lock, and every worker copies it:
- on PostgreSQL, with CREATE DATABASE ... TEMPLATE;
- on SQLite, from a migrated file into the worker's own in-memory database.

That is how Django's own parallel runner clones its test databases. Each worker then
serializes its copy for serialized rollback, as Django does after migrating.

Every worker's first test still shows the migration in its set-up time (`--durations`): one
worker migrates, the others wait on the lock for it. Their CPU time tells them apart (about
36 CPU seconds for the one that migrates, under 4 for one that only copies).

A single process (`TEST_WORKERS=0`, or one test file on its own) makes its database the
ordinary way.
"""

import fcntl
import json
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection


def _files(run_id):
    base = Path(tempfile.gettempdir()) / f"waymark-test-template-{run_id}"
    return base.with_suffix(".lock"), base.with_suffix(".json"), base.with_suffix(".sqlite3")


@contextmanager
def _held(lock_path):
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _is_sqlite():
    return connection.vendor == "sqlite"


def _named(name):
    connection.close()
    settings.DATABASES["default"]["NAME"] = name
    connection.settings_dict["NAME"] = name


def _template_made(run_id, original, verbosity):
    """Migrate the template (once a run, whichever worker comes first) and return its name."""
    _lock, made, sqlite_file = _files(run_id)
    if made.exists():
        return json.loads(made.read_text())["name"]
    test_settings = connection.settings_dict["TEST"]
    worker_name = test_settings.get("NAME")
    test_settings["NAME"] = str(sqlite_file) if _is_sqlite() else f"test_{original}_template"
    try:
        name = connection.creation.create_test_db(verbosity=verbosity, autoclobber=True, serialize=False)
    finally:
        test_settings["NAME"] = worker_name
        _named(original)  # create_test_db pointed the connection at the template
    made.write_text(json.dumps({"name": name, "vendor": connection.vendor}))
    return name


def _copy_for_this_worker(template, verbosity):
    """Point the connection at this worker's own copy of the template."""
    creation = connection.creation
    target = creation._get_test_db_name()
    if _is_sqlite():
        # As Django's parallel runner loads a clone into a spawned worker: the in-memory
        # database lives while a connection holds it, so Django's connection opens before
        # the loading one closes.
        loader = sqlite3.connect(target, uri=True)
        with sqlite3.connect(f"file:{template}?mode=ro", uri=True) as source:
            source.backup(loader)
    else:
        with creation._nodb_cursor() as cursor:
            quote = connection.ops.quote_name
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
            cursor.execute(f"CREATE DATABASE {quote(target)} WITH TEMPLATE {quote(template)}")
    _named(target)
    connection.ensure_connection()
    if _is_sqlite():
        loader.close()
    if verbosity >= 1:
        print(f"Copied the test database {template} to {target}")


def worker_database_set_up(run_id, verbosity):
    """Make this worker's test database from the run's template; returns the old config that
    django.test.utils.teardown_databases takes to drop it again."""
    lock, _made, _file = _files(run_id)
    original = settings.DATABASES["default"]["NAME"]
    with _held(lock):
        _copy_for_this_worker(_template_made(run_id, original, verbosity), verbosity)
    connection._test_serialized_contents = connection.creation.serialize_db_to_string()
    call_command("createcachetable", database="default")
    return [(connection, original, True)]


def template_removed(run_id):
    """After the run (in the process that started the workers): drop the template."""
    lock, made, sqlite_file = _files(run_id)
    if made.exists():
        facts = json.loads(made.read_text())
        if facts["vendor"] == "postgresql":
            with connection.creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(facts['name'])}")
    for path in (made, sqlite_file, lock):
        path.unlink(missing_ok=True)

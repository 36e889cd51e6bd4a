"""Test data that many tests build alike (the course tree), built once for the tests that ask for
it one after another.

Building the test course tree costs some 740 queries, about a second, and most course tests ask
for it. A fixture made with `fixture` below builds its data inside a transaction opened before
the first such test's fixtures (`prepare_for`, which tests/conftest.py calls before every test).
pytest-django's own per-test transaction then nests inside it as a savepoint, so each test starts
from the data exactly as built and its changes are undone after it, as with Django's
TestCase.setUpTestData. The transaction stays open while the next tests ask for the same fixture
and is rolled back before any other test's fixtures start. So:

- a test that does not ask for the data never sees it, in whatever order the tests run;
- a transactional test (transaction=True, live_server) never runs inside it: the fixture builds
  the data in the test, as it always did. So it does for a test that cannot share: the first
  database test of a process (the databases are not set up yet), one asking for two such
  fixtures, one that finds another transaction open (a module-scoped fixture's);
- the data is built before any of the test's fixtures, where a build in the test would come after
  the fixtures listed before it: a test whose fixtures use the database before asking for it
  fails, saying so, and so does one left with another transaction open inside this one;
- the fixture's value is looked up afresh for each test (`give`), never an instance that an
  earlier test changed;
- the build's on_commit callbacks never run, as before (nothing commits); signal receivers and
  the search index write in the same transaction and are undone with it.

A fixture made with `fixture(gathered=True)` (the real content, tests/real_content.py) also has the
tests that ask for it put one after another at collection (`gather`), wherever they are written,
so its data is built about once a pass rather than once for each module that uses it.

In-process caches: courses.content_cache keeps content under a version that every test starts
afresh (tests/conftest.py empties the cache before each test); the locales that
courses.translations remembers are forgotten when the data is rolled back. Ids, tree paths and
sequences may differ from a build per test, so no test may depend on them.
"""

import re
import sys

import pytest
from django.db import connection, transaction

# What pytest-django sends to open and close a test's own transaction; anything else touches data.
TRANSACTION_CONTROL = re.compile(r"\s*(SAVEPOINT|RELEASE|ROLLBACK|SET)\b", re.IGNORECASE)


class Shared:
    """The data in place now: the fixture that built it, the transaction around it, the test it
    was last prepared for, and the queries that test's fixtures sent before asking for it (it
    watches the connection as an execute wrapper until then)."""

    def __init__(self, fixture, atomic):
        self.fixture, self.atomic = fixture, atomic
        self.test, self.queries = None, []

    def __call__(self, execute, sql, params, many, context):
        if not TRANSACTION_CONTROL.match(sql):
            self.queries.append(sql)
        return execute(sql, params, many, context)

    def stop_watching(self):
        if self in connection.execute_wrappers:
            connection.execute_wrappers.remove(self)


_shared = None
_databases_ready = False


def fixture(give=None, *, gathered=False):
    """Make a function of no arguments that builds test data into a fixture of its name whose data
    is built once for the tests that ask for it in a row. The fixture's value is `give()`, read
    for each test. `gathered`: the tests that ask for it, in whatever modules, are run one after
    another (see `gather`), for data too costly to build once per module."""

    def decorate(build):
        def shared_fixture(request, db):
            if not given_to(request.node, shared_fixture):
                build()
            return give() if give else None

        shared_fixture.builds = build
        shared_fixture.gathered = gathered
        shared_fixture.__doc__ = build.__doc__
        return pytest.fixture(name=build.__name__)(shared_fixture)

    return decorate


def gather(items):
    """Move the tests that ask for a gathered fixture's data up to the first of them, keeping
    their order, so that data is built once for them all instead of once per module (a parallel
    run hands out tests in runs of neighbours, so they mostly land on one worker). A test that
    uses a module-, class- or package-scoped fixture stays where it is: taken away from its
    module, it would have that fixture built a second time."""
    groups = {}
    for item in items:
        wanted = wanted_by(item)
        if wanted is not None and wanted.gathered and not _uses_wider_fixtures(item):
            groups.setdefault(wanted, []).append(item)
    for group in groups.values():
        moved = set(map(id, group[1:]))
        rest = [item for item in items if id(item) not in moved]
        at = rest.index(group[0]) + 1
        items[:] = rest[:at] + group[1:] + rest[at:]


def _uses_wider_fixtures(test):
    """Whether `test` uses a module-, class- or package-scoped fixture of the suite's own (the
    plugins' ones, such as pytest-django's class-scoped unittest hook, hold no data)."""
    info = test._fixtureinfo
    return any(
        defs[-1].scope in ("module", "class", "package") and defs[-1].func.__module__.startswith("tests.")
        for name, defs in info.name2fixturedefs.items()
        if defs and name in info.names_closure
    )


def given_to(test, fixture):
    """Whether `fixture`'s data was built for `test` before its fixtures (else the fixture builds
    it in the test). Fails the test if its fixtures used the database before asking for it."""
    shared = _shared
    if shared is None or shared.fixture is not fixture or shared.test is not test:
        return False
    shared.stop_watching()
    if shared.queries:
        raise RuntimeError(
            f"{test.nodeid}: a fixture used the database before the test asked for "
            f"{fixture.builds.__name__!r}, whose data is built before any fixture (tests/built_once.py). "
            f"Ask for {fixture.builds.__name__!r} first. The query: {shared.queries[0][:200]}"
        )
    return True


def wanted_by(test):
    """The one fixture made by `fixture` that `test` asks for (itself or through its fixtures), if
    it runs in a savepoint; else None."""
    info = getattr(test, "_fixtureinfo", None)
    if info is None or not runs_in_a_savepoint(test):
        return None
    found = {
        defs[-1].func
        for name, defs in info.name2fixturedefs.items()
        if defs and name in info.names_closure and hasattr(defs[-1].func, "builds")
    }
    return found.pop() if len(found) == 1 else None


def runs_in_a_savepoint(test):
    """Whether pytest-django runs `test` inside a transaction it rolls back (its TestCase), rather
    than as a transactional test that commits."""
    from pytest_django.fixtures import validate_django_db

    marker = test.get_closest_marker("django_db")
    transactional, reset_sequences, *_ = validate_django_db(marker) if marker else (False, False)
    committing = {"transactional_db", "live_server", "django_db_reset_sequences"}
    return not (transactional or reset_sequences or committing & set(test.fixturenames))


def prepare_for(test, blocker):
    """Before `test`'s fixtures: keep the data in place for a test that asks for the same fixture,
    roll it back before any other, and build it for a test that asks for one."""
    global _shared
    wanted = wanted_by(test)
    if _shared is not None:
        _shared.stop_watching()
        if _shared.fixture is not wanted or not _intact(_shared):
            close(blocker)
    if wanted is not None and _shared is None and _databases_ready and not connection.in_atomic_block:
        _shared = _build(wanted, blocker)
    if _shared is not None:
        _shared.test, _shared.queries = test, []
        connection.execute_wrappers.append(_shared)


def _intact(shared):
    """False when a test closed the connection (or broke its transaction) under the data, or left
    a transaction of its own open inside it."""
    return connection.atomic_blocks == [shared.atomic] and not (
        connection.needs_rollback or connection.closed_in_transaction
    )


def _build(fixture, blocker):
    atomic = transaction.atomic()
    # As Django's TestCase marks its own: a durable block may still open inside it.
    atomic._from_testcase = True
    with blocker.unblock():
        atomic.__enter__()
        try:
            fixture.builds()
        except BaseException:
            atomic.__exit__(*sys.exc_info())
            raise
    return Shared(fixture, atomic)


def close(blocker):
    """Roll the shared data back: a test that does not ask for it is next, or the run ends."""
    global _shared
    if _shared is None:
        return
    shared, _shared = _shared, None
    shared.stop_watching()
    if connection.atomic_blocks != [shared.atomic]:
        raise RuntimeError(
            f"Another transaction was opened inside the one holding {shared.fixture.builds.__name__!r}'s "
            "data and is still open (a module- or class-scoped fixture using the database?), so that "
            "data cannot be rolled back (tests/built_once.py)."
        )
    from courses import translations

    with blocker.unblock():
        transaction.set_rollback(True)
        shared.atomic.__exit__(None, None, None)
    translations.locales_forget()


def databases_ready(ready=True):
    """Called by tests/conftest.py's django_db_setup once the test databases exist (and with
    False before they go)."""
    global _databases_ready
    _databases_ready = ready


def shared_with(test):
    """Whether the data `test` was given was built before its fixtures, in the transaction that
    its own nests in (rather than built in the test)."""
    return _shared is not None and _shared.test is test and connection.atomic_blocks[:1] == [_shared.atomic]

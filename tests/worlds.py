"""Data built once for many tests of a module, as Django's setUpTestData does for a class.

A module-scoped fixture builds the data inside a transaction that is rolled back when the
module's tests are done (`built_once`); each test still runs in its own savepoint inside it
(pytest-django's `db`), so what a test writes is undone before the next one starts. The
function-scoped fixture that hands the data to a test calls `entered`, which fails the test if
that no longer holds: the test is not in a savepoint of the world's transaction, or the
database is not as the world left it (a test's writes were kept).

Only one world may be alive at a time on a connection, so every test of a module that has one
asks for it (through a `world` fixture of the module's own that calls `entered`), and a test
that needs another world, or none, says which (`on_world`): pytest runs the tests of each
world together, and rolls one world back before it builds the next.

    _world = world_fixture(build)  # build(kind) makes the world, gives back ids

    @pytest.fixture
    def world(_world, db):
        made = entered(_world)
        ...  # fresh objects from the ids

    @on_world("a bigger one", ids=["big"])
    def test_something(world): ...
"""

from dataclasses import dataclass

import pytest
from django.db import connection, transaction


@dataclass
class World:
    made: object
    atomic: transaction.Atomic
    tables: list
    rows: tuple


def built_once(django_db_blocker, build):
    """For a module-scoped fixture: `yield from built_once(django_db_blocker, build)`. Yields a
    World whose `made` is what `build()` returned (ids, not model instances, so no test sees
    another's changes to an object in memory)."""
    from tests.supervision.factories import ensure_migration_data

    with django_db_blocker.unblock(), transaction.atomic():
        atomic = connection.atomic_blocks[-1]
        # A transactional test that ran earlier may have emptied the roles the migrations made.
        ensure_migration_data()
        made = build()
        tables = sorted(connection.introspection.table_names())
        yield World(made=made, atomic=atomic, tables=tables, rows=rows_per_table(tables))
        transaction.set_rollback(True)


def world_fixture(build, *, default=None):
    """A module-scoped fixture named `_world`: the World `build(kind)` makes, `kind` being what
    the test asks for with `on_world`, or `default`."""

    @pytest.fixture(scope="module", name="_world")
    def _world(request, django_db_setup, django_db_blocker):
        kind = getattr(request, "param", default)
        yield from built_once(django_db_blocker, lambda: build(kind))

    return _world


def sized_worlds(builders):
    """For a module whose worlds come in kinds and sizes, `{kind: build(size)}`: its `_world`
    fixture and `at_sizes(kind, *sizes)`, which runs a test on each size of one kind. What a
    world holds is what its builder gave back, with its "size"."""

    def build(kind_and_size):
        kind, size = kind_and_size
        return {"size": size, **builders[kind](size)}

    def at_sizes(kind, *sizes):
        return on_world(*[(kind, size) for size in sizes], ids=[str(size) for size in sizes])

    return world_fixture(build), at_sizes


def on_world(*kinds, ids=None):
    """Run the test on each of these worlds (see world_fixture)."""
    return pytest.mark.parametrize("_world", kinds, ids=ids, indirect=True, scope="module")


def entered(world):
    """Check, at the start of a test (after `db`), that it runs on the world as it was built."""
    blocks = connection.atomic_blocks
    assert blocks and blocks[0] is world.atomic, "the test does not run inside the world's transaction"
    assert len(blocks) > 1, "the test has no savepoint of its own inside the world's transaction"
    assert rows_per_table(world.tables) == world.rows, "the world is not as it was built: a test's writes were kept"
    return world.made


def rows_per_table(tables):
    """How many rows each of these tables holds, in one query."""
    quote = connection.ops.quote_name
    counts = ", ".join(f"(SELECT COUNT(*) FROM {quote(table)})" for table in tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {counts}")
        return tuple(cursor.fetchone())

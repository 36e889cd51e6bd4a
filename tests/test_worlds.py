"""A world built once for a module (tests/worlds.py) is checked at the start of each test that
uses it: the check must fail when the test would not start from the world as it was built."""

import pytest
from django.db import connection, transaction

from people.models import Placement
from tests.worlds import World, entered, rows_per_table

pytestmark = pytest.mark.django_db


def _world():
    """This test's own transaction standing in for a world's."""
    tables = sorted(connection.introspection.table_names())
    return World(made="made", atomic=connection.atomic_blocks[0], tables=tables, rows=rows_per_table(tables))


def test_a_test_in_its_own_savepoint_on_the_world_as_built_gets_what_was_made():
    world = _world()
    with transaction.atomic():
        assert entered(world) == "made"


def test_it_fails_when_a_write_was_kept():
    world = _world()
    Placement.objects.create(slug="moon", name="Moon")
    with transaction.atomic(), pytest.raises(AssertionError, match="writes were kept"):
        entered(world)


def test_it_fails_outside_a_savepoint_of_its_own():
    with pytest.raises(AssertionError, match="no savepoint of its own"):
        entered(_world())


def test_it_fails_in_another_transaction():
    world = _world()
    world.atomic = transaction.atomic()
    with transaction.atomic(), pytest.raises(AssertionError, match="inside the world's transaction"):
        entered(world)

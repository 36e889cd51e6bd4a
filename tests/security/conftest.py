"""What every access test here shares: the people and records they try (built once per test
module), and quiet logs for the thousands of refusals they expect."""

import pytest

from tests.security import urlwalk
from tests.security.world import world_for_module


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    yield from world_for_module(django_db_blocker)


@pytest.fixture(autouse=True)
def _quiet():
    with urlwalk.quiet_refusals():
        yield

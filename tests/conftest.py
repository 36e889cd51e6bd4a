"""Personas every app's tests share: two volunteers, two supervisors, a trainer, a manager,
a content editor and a superuser. Each test gets fresh ones in its own transaction."""

import pytest
from django.core.cache import cache

from people.roles import Role
from tests.factories import PASSWORD, UserFactory, volunteer


@pytest.fixture(autouse=True)
def _clean_cache():
    # Rate-limit counters live in the cache (Redis in CI); one test must not trip another's.
    cache.clear()
    yield


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
    """Transactional tests empty the database when they finish; serialized rollback puts back
    what the migrations made (roles, placements, the Wagtail root page) for the tests after."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
            item.add_marker(
                pytest.mark.django_db(*marker.args, **marker.kwargs, serialized_rollback=True), append=False
            )

"""Each request reads the signed-in person and their roles in one query (people/backends.py)."""

import pytest
from django.contrib.auth.models import Group

from people.backends import AllauthBackend, ModelBackend
from people.permissions import roles_of
from people.roles import Role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("backend", [ModelBackend, AllauthBackend])
def test_it_reads_the_person_with_every_role_in_one_query(backend, supervisor, django_assert_num_queries):
    supervisor.groups.add(Group.objects.get(name=Role.TRAINER.value))
    with django_assert_num_queries(1):
        user = backend().get_user(supervisor.pk)
        assert roles_of(user) == {Role.SUPERVISOR.value, Role.TRAINER.value}


def test_someone_with_no_role_has_none(volunteer_user):
    volunteer_user.groups.clear()
    assert roles_of(ModelBackend().get_user(volunteer_user.pk)) == frozenset()


def test_a_role_taken_away_is_gone_on_the_next_request(client_for, manager):
    client = client_for(manager)
    assert client.get("/readiness/").status_code == 200
    manager.groups.remove(Group.objects.get(name=Role.MANAGER.value))
    assert client.get("/readiness/").status_code == 404


def test_a_deactivated_person_is_not_signed_in(volunteer_user):
    volunteer_user.is_active = False
    volunteer_user.save()
    assert ModelBackend().get_user(volunteer_user.pk) is None
    assert ModelBackend().get_user(999_999) is None

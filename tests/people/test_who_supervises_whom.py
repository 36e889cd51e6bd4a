"""Who supervises whom is answered in people: one selector and one permission question."""

import pytest
from django.utils import timezone

from people.models import SupervisorAssignment
from people.permissions import supervises
from people.roles import Role
from people.selectors import current_supervisor_of, supervisees_of
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_it_names_the_current_supervisor_only(volunteer_user, supervisor, other_supervisor):
    assert current_supervisor_of(volunteer_user) is None
    SupervisorAssignment.objects.create(
        volunteer=volunteer_user, supervisor=other_supervisor, ended_on=timezone.localdate()
    )
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    assert current_supervisor_of(volunteer_user) == supervisor


def test_it_lists_current_supervisees_only(volunteer_user, other_volunteer, supervisor):
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    SupervisorAssignment.objects.create(volunteer=other_volunteer, supervisor=supervisor, ended_on=timezone.localdate())
    assert list(supervisees_of(supervisor)) == [volunteer_user]


def test_supervises_is_true_for_the_current_supervisor_only(volunteer_user, other_volunteer, supervisor,
                                                            other_supervisor):
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    assert supervises(supervisor, volunteer_user)
    assert supervises(supervisor, volunteer_user.pk)
    assert not supervises(supervisor, other_volunteer)
    assert not supervises(other_supervisor, volunteer_user)


def test_supervises_asks_the_database_once_per_request(volunteer_user, other_volunteer, supervisor,
                                                       django_assert_num_queries):
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    supervisor._waymark_roles = frozenset({Role.SUPERVISOR.value})
    with django_assert_num_queries(1):
        assert supervises(supervisor, volunteer_user)
        assert not supervises(supervisor, other_volunteer)


def test_an_assignment_counts_only_while_the_person_holds_the_supervisor_role(volunteer_user):
    former = UserFactory(email="former@example.org", roles=[])
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=former)
    assert current_supervisor_of(volunteer_user) == former
    assert not supervises(former, volunteer_user)


def test_it_keeps_the_table_it_had_in_supervision():
    assert SupervisorAssignment._meta.db_table == "supervision_supervisorassignment"

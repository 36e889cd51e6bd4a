import pytest
from django.utils import timezone

from people.selectors import supervisors_of
from supervision.models import SupervisorAssignment

pytestmark = pytest.mark.django_db


def test_it_names_the_current_supervisor_only(volunteer_user, supervisor, other_supervisor):
    assert supervisors_of(volunteer_user) == []
    SupervisorAssignment.objects.create(
        volunteer=volunteer_user, supervisor=other_supervisor, ended_on=timezone.localdate()
    )
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    assert supervisors_of(volunteer_user) == [supervisor]


def test_it_finds_nobody_when_no_finder_is_configured(volunteer_user, supervisor, settings):
    SupervisorAssignment.objects.create(volunteer=volunteer_user, supervisor=supervisor)
    settings.WAYMARK_SUPERVISOR_FINDER = ""
    assert supervisors_of(volunteer_user) == []

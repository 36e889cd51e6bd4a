from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from people.models import SupervisorAssignment
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db


def test_it_lets_a_manager_assign_a_supervisor_and_keeps_the_history(
    client_for, manager, supervisor, other_supervisor, volunteer_user
):
    client = client_for(manager)
    url = reverse("supervision:assign", args=[volunteer_user.pk])
    today = timezone.localdate()
    response = client.post(url, {"supervisor": supervisor.pk, "started_on": (today - timedelta(days=10)).isoformat()})
    assert response.status_code == 302
    response = client.post(url, {"supervisor": other_supervisor.pk, "started_on": today.isoformat()})
    assert response.status_code == 302
    history = list(SupervisorAssignment.objects.filter(volunteer=volunteer_user).order_by("started_on"))
    assert [a.supervisor for a in history] == [supervisor, other_supervisor]
    assert history[0].ended_on == today
    assert history[1].ended_on is None


def test_it_refuses_assigning_the_same_supervisor_twice_with_a_clear_message(
    client_for, manager, supervisor, volunteer_user
):
    assign(volunteer_user, supervisor)
    response = client_for(manager).post(
        reverse("supervision:assign", args=[volunteer_user.pk]),
        {"supervisor": supervisor.pk, "started_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 200
    assert "already supervises" in response.content.decode()
    assert SupervisorAssignment.objects.filter(volunteer=volunteer_user).count() == 1


@pytest.mark.parametrize("persona", ["supervisor", "volunteer_user", "trainer"])
def test_it_hides_assigning_from_everyone_but_managers(request, client_for, persona, other_volunteer, supervisor):
    user = request.getfixturevalue(persona)
    client = client_for(user)
    assert client.get(reverse("supervision:assignments")).status_code == 404
    response = client.post(
        reverse("supervision:assign", args=[other_volunteer.pk]),
        {"supervisor": supervisor.pk, "started_on": timezone.localdate().isoformat()},
    )
    assert response.status_code == 404
    assert not SupervisorAssignment.objects.exists()


def test_it_shows_a_supervisor_only_their_current_supervisees(
    client_for, supervisor, other_supervisor, volunteer_user, other_volunteer
):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, other_supervisor)
    client = client_for(supervisor)
    assert client.get(reverse("supervision:volunteer", args=[volunteer_user.pk])).status_code == 200
    assert client.get(reverse("supervision:volunteer", args=[other_volunteer.pk])).status_code == 404
    page = client.get(reverse("supervision:team")).content.decode()
    assert "Alice Volunteer" in page and "Bob Volunteer" not in page


def test_it_stops_showing_a_volunteer_to_their_former_supervisor(client_for, manager, supervisor, other_supervisor,
                                                                   volunteer_user):
    assign(volunteer_user, supervisor)
    client_for(manager).post(
        reverse("supervision:assign", args=[volunteer_user.pk]),
        {"supervisor": other_supervisor.pk, "started_on": timezone.localdate().isoformat()},
    )
    client = client_for(supervisor)
    assert client.get(reverse("supervision:volunteer", args=[volunteer_user.pk])).status_code == 404


def test_it_shows_managers_everyone(client_for, manager, supervisor, volunteer_user, other_volunteer):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, supervisor)
    client = client_for(manager)
    assert client.get(reverse("supervision:volunteer", args=[other_volunteer.pk])).status_code == 200
    page = client.get(reverse("supervision:team")).content.decode()
    assert "Alice Volunteer" in page and "Bob Volunteer" in page


def test_it_gives_volunteers_a_404_for_any_supervision_view_of_a_volunteer(client_for, volunteer_user,
                                                                           other_volunteer, supervisor):
    assign(other_volunteer, supervisor)
    client = client_for(volunteer_user)
    assert client.get(reverse("supervision:volunteer", args=[other_volunteer.pk])).status_code == 404
    assert client.get(reverse("supervision:volunteer", args=[volunteer_user.pk])).status_code == 404
    assert client.get(reverse("supervision:team")).status_code == 404
    assert client.get(reverse("supervision:index")).status_code == 302

import pytest
from django.urls import reverse

from people.roles import Role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_it_sends_a_signed_out_visitor_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/"


@pytest.mark.parametrize(
    "persona, heading",
    [
        ("volunteer_user", "My path"),
        ("supervisor", "My team"),
        ("trainer", "Sessions"),
        ("manager", "Readiness"),
        ("content_editor", "Courses and policies"),
    ],
)
def test_it_shows_each_role_its_own_dashboard(request, client_for, persona, heading):
    client = client_for(request.getfixturevalue(persona))
    response = client.get("/")
    assert response.status_code == 200
    assert f'<h1 class="govuk-heading-l">{heading}</h1>' in response.content.decode()


def test_it_tells_someone_with_no_role_what_to_do(client_for):
    response = client_for(UserFactory()).get("/")
    assert "does not have a role yet" in response.content.decode()


def test_a_person_with_several_roles_can_switch(client_for):
    both = UserFactory(roles=[Role.SUPERVISOR, Role.VOLUNTEER])
    client = client_for(both)
    first = client.get("/").content.decode()
    assert "My team" in first
    assert "Show my page as" in first

    client.post(reverse("switch_role"), {"role": Role.VOLUNTEER.value})
    assert '<h1 class="govuk-heading-l">My path</h1>' in client.get("/").content.decode()


def test_it_will_not_switch_to_a_role_the_person_does_not_hold(client_for, volunteer_user):
    client = client_for(volunteer_user)
    response = client.post(reverse("switch_role"), {"role": Role.MANAGER.value})
    assert response.status_code == 400
    assert '<h1 class="govuk-heading-l">My path</h1>' in client.get("/").content.decode()


def test_switching_roles_needs_a_post(client_for, volunteer_user):
    assert client_for(volunteer_user).get(reverse("switch_role")).status_code == 405

import pytest
from django.urls import reverse

from people.models import StatusChange
from people.status import Status

pytestmark = pytest.mark.django_db


def test_a_manager_moves_a_volunteer_on_and_sees_the_history(client_for, manager, volunteer_user):
    client = client_for(manager)
    url = reverse("people:status_change", args=[volunteer_user.pk])
    response = client.post(url, {"to_status": Status.READY, "reason": "All training done."})
    assert response.status_code == 302
    page = client.get(reverse("people:person", args=[volunteer_user.pk])).content.decode()
    assert "In training → Ready to start" in page
    assert "All training done." in page
    assert "Mo Manager" in page


def test_it_explains_a_forbidden_move_and_changes_nothing(client_for, manager, volunteer_user):
    url = reverse("people:status_change", args=[volunteer_user.pk])
    response = client_for(manager).post(url, {"to_status": Status.ACTIVE, "reason": "Keen to start."})
    assert response.status_code == 200
    assert "That status change is not allowed from “In training”" in response.content.decode()
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.IN_TRAINING
    assert not StatusChange.objects.exists()


def test_it_asks_for_a_reason(client_for, manager, volunteer_user):
    url = reverse("people:status_change", args=[volunteer_user.pk])
    response = client_for(manager).post(url, {"to_status": Status.READY, "reason": ""})
    assert "Say why the status is changing." in response.content.decode()
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize("persona", ["volunteer_user", "other_volunteer", "supervisor", "trainer"])
def test_only_managers_change_status(request, client_for, persona, volunteer_user):
    client = client_for(request.getfixturevalue(persona))
    url = reverse("people:status_change", args=[volunteer_user.pk])
    assert client.post(url, {"to_status": Status.READY, "reason": "Me."}).status_code == 404
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.IN_TRAINING


def test_a_volunteer_cannot_open_another_volunteers_page(client_for, volunteer_user, other_volunteer):
    client = client_for(volunteer_user)
    assert client.get(reverse("people:person", args=[other_volunteer.pk])).status_code == 404
    assert client.get(reverse("people:person", args=[volunteer_user.pk])).status_code == 200
    assert client.get(reverse("people:list")).status_code == 404


def test_a_volunteer_steps_back_and_their_manager_hears(
    client_for, volunteer_user, manager, mailoutbox, django_capture_on_commit_callbacks
):
    client = client_for(volunteer_user)
    assert "step back" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("people:step_back"), {"reason": "I need some time for me."})
    assert response.status_code == 302
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.PAUSED
    assert [mail.to for mail in mailoutbox] == [[manager.email]]


def test_stepping_back_needs_a_few_words(client_for, volunteer_user):
    response = client_for(volunteer_user).post(reverse("people:step_back"), {"reason": ""})
    assert "Write a few words" in response.content.decode()
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.IN_TRAINING


def test_a_paused_volunteer_cannot_step_back_again(client_for, volunteer_user):
    profile = volunteer_user.volunteer_profile
    profile.status = Status.PAUSED
    profile.save()
    response = client_for(volunteer_user).post(reverse("people:step_back"), {"reason": "Again"})
    assert "only step back while you are in training or active" in response.content.decode()
    assert not StatusChange.objects.exists()


def test_a_manager_changes_roles(client_for, manager, supervisor):
    client = client_for(manager)
    client.post(reverse("people:roles_change", args=[supervisor.pk]), {"roles": ["Supervisor", "Trainer"]})
    assert sorted(supervisor.groups.values_list("name", flat=True)) == ["Supervisor", "Trainer"]
    response = client.post(reverse("people:roles_change", args=[supervisor.pk]), {"roles": []})
    assert "Choose at least one role." in response.content.decode()
    assert supervisor.groups.count() == 2


def test_a_manager_adds_a_placement_and_duplicates_are_explained(client_for, manager):
    client = client_for(manager)
    client.post(reverse("people:placements"), {"name": "Prison in-reach"})
    response = client.post(reverse("people:placements"), {"name": "prison in-reach"})
    assert "There is already a placement with that name." in response.content.decode()
    assert "Prison in-reach" in client.get(reverse("people:placements")).content.decode()


def test_the_people_list_searches_and_rejects_unknown_roles(client_for, manager, volunteer_user, other_volunteer):
    client = client_for(manager)
    page = client.get(reverse("people:list"), {"q": "alice"}).content.decode()
    assert "Alice Volunteer" in page and "Bob Volunteer" not in page
    page = client.get(reverse("people:list"), {"role": "Wizard"}).content.decode()
    assert "There is no role called “Wizard”" in page

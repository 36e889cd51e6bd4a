import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import timezone

from people.models import Invitation, Placement, User
from people.roles import Role
from people.status import Status

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a long and memorable sentence"


@pytest.fixture
def invite(client, django_capture_on_commit_callbacks):
    """Post the invitation form as a manager; the e-mail goes when the transaction commits."""

    def post(manager, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return _invite(client, manager, **overrides)

    return post


def _invite(client, manager, **overrides):
    client.force_login(manager)
    data = {
        "full_name": "Nia Newcomer",
        "email": "Nia@Example.org",
        "roles": [Role.VOLUNTEER.value],
        "placement": Placement.objects.get(slug="hospital").pk,
        "joined_on": "2026-11-02",
        **overrides,
    }
    return client.post(reverse("people:invite"), data)


def _link_from(mail):
    return re.search(r"http://\S+/people/join/\S+/", mail.body).group(0)


def _path(link):
    return link.split("127.0.0.1:8000", 1)[1]


def test_it_takes_a_new_volunteer_from_invitation_to_signed_in(client, manager, mailoutbox, invite):
    response = invite(manager)
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    invite_mail = mailoutbox[0]
    assert invite_mail.to == ["nia@example.org"]
    link = _link_from(invite_mail)
    client.logout()

    page = client.get(_path(link))
    assert page.status_code == 200
    assert "Choose your password" in page.content.decode()

    response = client.post(_path(link), {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")

    nia = User.objects.get(email="nia@example.org")
    assert nia.full_name == "Nia Newcomer"
    assert list(nia.groups.values_list("name", flat=True)) == [Role.VOLUNTEER.value]
    assert nia.volunteer_profile.status == Status.IN_TRAINING
    assert nia.volunteer_profile.placement.slug == "hospital"
    assert str(nia.volunteer_profile.joined_on) == "2026-11-02"
    assert nia.volunteer_profile.status_changes.get().changed_by == manager
    # The invitation link confirmed her address: she is signed in, and got one e-mail only.
    assert EmailAddress.objects.get(user=nia).verified
    assert client.session["_auth_user_id"] == str(nia.pk)
    assert len(mailoutbox) == 1
    home = client.get("/")
    assert "My path" in home.content.decode()

    # Next time she signs in with her password, as anyone does.
    client.logout()
    client.post(reverse("account_login"), {"login": "nia@example.org", "password": NEW_PASSWORD})
    assert client.session["_auth_user_id"] == str(nia.pk)


def test_it_refuses_a_link_used_twice(client, manager, mailoutbox, invite):
    invite(manager)
    link = _path(_link_from(mailoutbox[0]))
    client.logout()
    client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    again = client.post(link, {"password1": "another long password", "password2": "another long password"})
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    nia = User.objects.get(email="nia@example.org")
    assert nia.check_password(NEW_PASSWORD)
    assert User.objects.filter(email="nia@example.org").count() == 1


def test_it_refuses_an_expired_link(client, manager, mailoutbox, invite):
    invite(manager)
    link = _path(_link_from(mailoutbox[0]))
    client.logout()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    page = client.get(link)
    assert page.status_code == 410
    assert "run out" in page.content.decode()
    client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert not User.objects.filter(email="nia@example.org").exists()


def test_it_expires_links_after_fourteen_days(manager, client, mailoutbox, invite):
    invite(manager)
    invitation = Invitation.objects.get()
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)


def test_it_refuses_a_tampered_link(client, manager, mailoutbox, invite):
    invite(manager)
    link = _path(_link_from(mailoutbox[0]))
    client.logout()
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]

    page = client.post(tampered, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert page.status_code == 404
    assert "not right" in page.content.decode()
    assert not User.objects.filter(email="nia@example.org").exists()
    assert Invitation.objects.get().accepted_at is None


def test_a_new_invitation_replaces_the_old_link(client, manager, mailoutbox, invite):
    invite(manager)
    invite(manager)
    first, second = _path(_link_from(mailoutbox[0])), _path(_link_from(mailoutbox[1]))
    client.logout()
    assert client.get(first).status_code == 410
    assert client.get(second).status_code == 200


def test_it_explains_password_problems_and_keeps_the_link_usable(client, manager, mailoutbox, invite):
    invite(manager)
    link = _path(_link_from(mailoutbox[0]))
    client.logout()
    short = client.post(link, {"password1": "short", "password2": "short"})
    assert "too short" in short.content.decode()
    different = client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"})
    assert "The two passwords are different" in different.content.decode()
    assert Invitation.objects.get().accepted_at is None
    assert client.get(link).status_code == 200


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"roles": []}, "Choose at least one role."),
        ({"placement": ""}, "Choose a placement for a volunteer."),
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"roles": ["Wizard"]}, "Select a valid choice."),
    ],
)
def test_it_explains_bad_invitations_and_sends_nothing(client, manager, mailoutbox, overrides, message, invite):
    response = invite(manager, **overrides)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Invitation.objects.exists()
    assert mailoutbox == []


def test_it_will_not_invite_someone_who_already_has_an_account(client, manager, volunteer_user, mailoutbox, invite):
    response = invite(manager, email="ALICE@example.org")
    assert "already has a Waymark account" in response.content.decode()
    assert not Invitation.objects.exists()


def test_only_managers_can_invite(client_for, supervisor, volunteer_user):
    for person in (supervisor, volunteer_user):
        client = client_for(person)
        assert client.get(reverse("people:invite")).status_code == 404
        client.post(reverse("people:invite"), {"full_name": "X", "email": "x@example.org", "roles": ["Manager"]})
    assert not Invitation.objects.exists()


def test_a_manager_can_cancel_an_invitation(client, manager, mailoutbox, invite):
    invite(manager)
    invitation = Invitation.objects.get()
    client.post(reverse("people:invitation_revoke", args=[invitation.pk]))
    client.logout()
    page = client.get(_path(_link_from(mailoutbox[0])))
    assert page.status_code == 410
    assert "cancelled" in page.content.decode()

"""At most one invitation per address works at a time, even when several are sent at once."""

import pytest
from django.db import IntegrityError, connection
from django.urls import reverse
from django.utils import timezone

from people.models import Invitation, Placement
from people.roles import Role
from people.services import invitation_for_token
from tests.races import post_in_parallel


@pytest.mark.django_db
def test_the_database_refuses_a_second_live_invitation_to_one_address(manager):
    now = timezone.now()
    fields = {"full_name": "Nia", "invited_by": manager, "created_at": now, "expires_at": now}
    Invitation.objects.create(email="nia@example.org", token_hash="a" * 64, **fields)
    with pytest.raises(IntegrityError, match="people_one_live_invitation_per_address"):
        Invitation.objects.create(email="NIA@example.org", token_hash="b" * 64, **fields)


@pytest.mark.django_db
def test_a_new_invitation_withdraws_an_expired_one_and_its_link_still_says_expired(
    client, manager, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    data = {"full_name": "Nia Newcomer", "email": "nia@example.org", "roles": [Role.VOLUNTEER.value],
            "placement": Placement.objects.get(slug="hospital").pk}
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("people:invite"), data).status_code == 302
    old = Invitation.objects.get()
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timezone.timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("people:invite"), data)
    assert response.status_code == 302
    assert Invitation.objects.pending().count() == 1
    old.refresh_from_db()
    assert old.revoked_at is not None
    token = mailoutbox[0].body.split("/people/join/")[1].split("/")[0]
    assert invitation_for_token(token)[1] == "expired"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_leaves_one_live_link_when_eight_invitations_to_one_address_are_sent_at_once(manager):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    placement = Placement.objects.get(slug="hospital").pk

    def data(n):
        return {"full_name": f"Nia Newcomer {n}", "email": "Nia@Example.org", "roles": [Role.VOLUNTEER.value],
                "placement": placement}

    results = post_in_parallel(manager, reverse("people:invite"), data, 8)
    assert sorted(status for status, _location, _body in results) == [302] * 8
    assert Invitation.objects.count() == 8
    assert Invitation.objects.filter(accepted_at=None, revoked_at=None).count() == 1

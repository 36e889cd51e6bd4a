"""A status change Waymark writes itself is stored as a kind and worded in the reader's
language; a reason a person wrote is kept as they wrote it."""

from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.translation import override

from people.models import Placement, StatusChange
from people.roles import Role
from people.services import applicant_create_profile, invitation_accept, invitation_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

migration = import_module("people.migrations.0005_status_change_kind_worded_when_read")


def _accept_in_welsh(manager):
    invitation = invitation_create(email="nia@example.org", full_name="Nia Jones", roles=[Role.VOLUNTEER],
                                   invited_by=manager, placement=Placement.objects.get(slug="hospital"))
    with override("cy"):
        return invitation_accept(invitation=invitation, password="a long enough passphrase 42")


def test_accepting_an_invitation_in_welsh_reads_in_english_for_an_english_reader(manager):
    change = _accept_in_welsh(manager).volunteer_profile.status_changes.get()
    assert (change.kind, change.reason) == (StatusChange.Kind.INVITATION_ACCEPTED, "")
    with override("en-gb"):
        assert change.reason_text == "Accepted an invitation to volunteer."
    with override("cy"):
        assert change.reason_text == "Wedi derbyn gwahoddiad i wirfoddoli."


def test_the_manager_sees_the_history_in_their_own_language(client_for, manager):
    nia = _accept_in_welsh(manager)
    page = client_for(manager).get(reverse("people:person", args=[nia.pk])).content.decode()
    assert "Accepted an invitation to volunteer." in page
    assert "gwahoddiad" not in page


def test_signing_up_in_welsh_reads_in_english(db):
    person = UserFactory(email="new@example.org", full_name="Rhys New", roles=[])
    with override("cy"):
        change = applicant_create_profile(user=person).status_changes.get()
    with override("en-gb"):
        assert change.reason_text == "Signed up on the website."


def test_a_reason_a_person_wrote_is_kept_as_written(volunteer_user):
    change = StatusChange.objects.create(profile=volunteer_user.volunteer_profile, to_status="paused",
                                         reason="Angen seibiant am fis.")
    with override("en-gb"):
        assert change.reason_text == "Angen seibiant am fis."


def test_the_migration_turns_waymark_english_into_kinds_and_keeps_what_people_wrote(volunteer_user):
    profile = volunteer_user.volunteer_profile
    written = ["Accepted an invitation to volunteer.", "Signed up on the website.",
               "Signed off: every readiness rule was met.", "Started as a peer supporter.",
               "Started as a peer supporter. Welcome!", "Wedi derbyn gwahoddiad i wirfoddoli."]
    for reason in written:
        StatusChange.objects.create(profile=profile, to_status="active", reason=reason)

    migration.words_to_kinds(apps, None)

    stored = list(StatusChange.objects.filter(profile=profile).order_by("id").values_list("kind", "reason"))
    assert stored == [
        ("invitation_accepted", ""), ("signed_up", ""), ("signed_off", ""), ("started", ""),
        ("", "Started as a peer supporter. Welcome!"), ("", "Wedi derbyn gwahoddiad i wirfoddoli."),
    ]

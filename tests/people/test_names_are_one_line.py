"""A line break in a person's name never stops their e-mails: names are one line where they
are saved, and every subject is made one line where the e-mail is built."""

import pytest
from django.core import mail

from people import services
from people.models import Invitation, User
from people.roles import Role
from tests.factories import UserFactory, volunteer

pytestmark = pytest.mark.django_db


def test_a_name_is_saved_on_one_line():
    person = UserFactory(full_name="Alice\r\nBcc: mallory@example.org", preferred_name="Al\nice")
    person.refresh_from_db()
    assert person.full_name == "Alice Bcc: mallory@example.org"
    assert person.preferred_name == "Al ice"


def test_an_invited_name_is_saved_on_one_line(manager, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.invitation_create(email="nina@example.org", full_name="Nina\nNewcomer", roles=[Role.VOLUNTEER],
                                   invited_by=manager)
    assert Invitation.objects.get().full_name == "Nina Newcomer"
    assert [m.to for m in mail.outbox] == [["nina@example.org"]]


def test_managers_hear_when_someone_whose_name_has_a_line_break_steps_back(manager,
                                                                          django_capture_on_commit_callbacks):
    person = volunteer(user__full_name="Bob")
    # Saved before names were cleaned, or written around the model.
    User.objects.filter(pk=person.pk).update(full_name="Bob\r\nBcc: mallory@example.org\nVolunteer")
    person.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        services.volunteer_step_back(profile=person.volunteer_profile, reason="A break.")
    sent = [m for m in mail.outbox if manager.email in m.to]
    assert len(sent) == 1
    message = sent[0].message()
    assert message["Subject"] == "Bob Bcc: mallory@example.org Volunteer has asked to step back"
    assert message["Bcc"] is None

"""A mail job that runs again (a retry, or a task handed over twice) sends nothing twice,
even after the outbox has forgotten the first e-mail: the job claims its row first."""

from datetime import timedelta

import pytest
from django.utils import timezone

from outbox.emails import emails_forget
from outbox.models import QueuedTask
from people import services, tasks
from people.models import Invitation
from people.roles import Role
from people.status import Status

pytestmark = pytest.mark.django_db


def _forget_sent_emails():
    # A week on, the outbox no longer holds the keys that would stop a second copy.
    emails_forget(now=timezone.now() + timedelta(days=30))


def test_an_invitation_is_e_mailed_once_however_often_its_job_runs(manager, mailoutbox,
                                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(email="nia@example.org", full_name="Nia Newcomer",
                                                roles=[Role.VOLUNTEER], invited_by=manager)
    assert len(mailoutbox) == 1
    _forget_sent_emails()

    tasks.send_invitation(invitation.pk)

    assert len(mailoutbox) == 1


def test_the_link_that_was_sent_is_the_one_that_works(manager, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = services.invitation_create(email="nia@example.org", full_name="Nia Newcomer",
                                                roles=[Role.VOLUNTEER], invited_by=manager)
    token = mailoutbox[0].body.split("/join/")[1].split("/")[0]
    found, problem = services.invitation_for_token(token)
    assert found == invitation and problem is None
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_the_invitation_job_is_queued_with_the_id_only(manager, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    invitation = services.invitation_create(email="nia@example.org", full_name="Nia Newcomer",
                                            roles=[Role.VOLUNTEER], invited_by=manager)
    queued = QueuedTask.objects.get(name=tasks.send_invitation.name)
    assert queued.args == [invitation.pk] and queued.kwargs == {}


def test_a_withdrawn_invitation_is_not_sent(manager, mailoutbox):
    invitation = services.invitation_create(email="nia@example.org", full_name="Nia Newcomer",
                                               roles=[Role.VOLUNTEER], invited_by=manager)
    services.invitation_revoke(invitation=invitation)

    tasks.send_invitation(invitation.pk)

    assert mailoutbox == []
    assert Invitation.objects.get(pk=invitation.pk).sent_at is None


def test_managers_hear_of_a_step_back_once_however_often_the_job_runs(volunteer_user, manager, mailoutbox,
                                                                      django_capture_on_commit_callbacks):
    profile = volunteer_user.volunteer_profile
    profile.status = Status.ACTIVE
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        change = services.volunteer_step_back(profile=profile, reason="Family things.")
    assert [m.to for m in mailoutbox] == [[manager.email]]
    _forget_sent_emails()

    tasks.tell_managers_about_step_back(change.pk)

    assert len(mailoutbox) == 1

"""Each e-mail reaches the mail server once, even when the server fails part-way through a
batch: what it accepted is marked sent at once, and only the rest is sent again later."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from outbox import tasks as outbox_tasks
from outbox.emails import MAX_ATTEMPTS
from outbox.models import Email
from people.models import Placement
from people.roles import Role
from supervision.models import Flag, Reminder
from supervision.services import checkin_submit, reminders_send_due
from tests.factories import volunteer
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db

REFUSALS = ["451 4.3.0 Please try again later", "421 4.3.2 Service shutting down, closing the connection"]


def _checkin_reminders_due(count):
    people = [volunteer(user__full_name=f"Reminded {n}", user__email=f"reminded{n}@example.org")
              for n in range(count)]
    due = timezone.now() - timedelta(minutes=1)
    Reminder.objects.bulk_create([Reminder(kind=Reminder.Kind.CHECKIN, person=p, due_at=due) for p in people])
    return sorted(p.email for p in people)


@pytest.mark.parametrize("refusal", REFUSALS, ids=["451", "421"])
def test_a_sweep_that_meets_a_failing_server_sends_only_the_rest_later(smtp_server, refusal):
    addresses = _checkin_reminders_due(50)
    smtp_server.fail_after(20, refusal)

    assert reminders_send_due() == 20
    assert Email.objects.filter(sent_at__isnull=False).count() == 20
    # The rest wait, claimed by nobody, for the next run.
    assert Email.objects.filter(sent_at=None, claim=None).count() == 30
    failed = Email.objects.filter(sent_at=None).exclude(last_error="").get()
    assert failed.attempts == 1 and refusal[:3] in failed.last_error

    # Still failing a minute later: nothing more goes, nothing is lost.
    assert outbox_tasks.emails_sweep() == 0
    smtp_server.recover()
    assert reminders_send_due() == 0
    assert outbox_tasks.emails_sweep() == 30
    assert outbox_tasks.emails_sweep() == 0

    assert smtp_server.recipients() == addresses  # everyone once, nobody twice
    assert not Email.objects.filter(sent_at=None).exists()
    assert not Email.objects.exclude(body="").exists(), "a sent e-mail's body is not kept"


def test_an_address_the_server_refuses_for_good_does_not_hold_up_the_others(smtp_server):
    addresses = _checkin_reminders_due(5)
    smtp_server.handler.refuse_for_good.add(addresses[0])

    assert reminders_send_due() == 4
    assert smtp_server.recipients() == addresses[1:]
    refused = Email.objects.get(sent_at=None)
    assert refused.attempts == 1 and "No such mailbox" in refused.last_error
    for _run in range(MAX_ATTEMPTS + 2):
        outbox_tasks.emails_sweep()
    refused.refresh_from_db()
    assert refused.attempts == MAX_ATTEMPTS and refused.sent_at is None
    assert smtp_server.recipients() == addresses[1:]


def test_a_mail_server_that_cannot_be_reached_loses_nothing(smtp_server, settings):
    addresses = _checkin_reminders_due(3)
    smtp_server.stop()
    assert reminders_send_due() == 0
    assert Email.objects.filter(sent_at=None, claim=None).count() == 3
    smtp_server.start()
    assert outbox_tasks.emails_sweep() == 3
    assert smtp_server.recipients() == addresses


def test_flag_emails_wait_for_a_failing_server_and_go_once(smtp_server, supervisor, volunteer_user,
                                                           django_capture_on_commit_callbacks):
    assign(volunteer_user, supervisor)
    smtp_server.fail_after(0)
    answers = {"who5_cheerful": 1, "who5_calm": 4, "who5_active": 4, "who5_rested": 4, "who5_interested": 4,
               "caseload": 3, "recovery": 4, "contact_requested": True}
    with django_capture_on_commit_callbacks(execute=True):
        checkin = checkin_submit(volunteer=volunteer_user, answers=answers)
    assert smtp_server.accepted == []
    assert Flag.objects.filter(checkin=checkin, emailed_at=None).count() == 0
    smtp_server.recover()
    assert outbox_tasks.emails_sweep() == 1
    assert outbox_tasks.emails_sweep() == 0
    assert smtp_server.recipients() == [supervisor.email]


def test_invitations_sent_while_the_server_fails_go_once_each_afterwards(
    smtp_server, client, manager, django_capture_on_commit_callbacks
):
    client.force_login(manager)
    placement = Placement.objects.get(slug="hospital").pk
    smtp_server.fail_after(1)
    for n in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("people:invite"), {
                "full_name": f"Newcomer {n}", "email": f"new{n}@example.org", "roles": [Role.VOLUNTEER.value],
                "placement": placement,
            })
        assert response.status_code == 302  # the manager is not troubled by the mail server
    assert smtp_server.recipients() == ["new0@example.org"]
    smtp_server.recover()
    assert outbox_tasks.emails_sweep() == 2
    assert smtp_server.recipients() == ["new0@example.org", "new1@example.org", "new2@example.org"]

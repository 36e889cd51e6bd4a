from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from outbox import emails as outbox_emails
from supervision import services
from supervision.models import CheckIn, Reminder
from tests.supervision.factories import assign, one_to_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    return one_to_one(supervisor, volunteer_user, dtstart=timezone.now() + timedelta(days=3))


def test_it_stores_a_reminder_24_hours_before_each_meeting_for_each_person(booked, supervisor, volunteer_user):
    first = booked.occurrences.order_by("starts_at").first()
    due = Reminder.objects.filter(occurrence=first)
    assert {r.person for r in due} == {supervisor, volunteer_user}
    assert {r.due_at for r in due} == {first.starts_at - timedelta(hours=24)}
    assert Reminder.objects.filter(kind=Reminder.Kind.MEETING).count() == 2 * booked.occurrences.count()


def test_it_sends_due_reminders_once_in_one_batch_over_one_connection(booked):
    first = booked.occurrences.order_by("starts_at").first()
    when = first.starts_at - timedelta(hours=23)
    real = outbox_emails.get_connection
    with mock.patch.object(outbox_emails, "get_connection", side_effect=real) as connections:
        assert services.reminders_send_due(now=when) == 2
        assert services.reminders_send_due(now=when) == 0
    assert connections.call_count == 1
    assert len(mail.outbox) == 2
    assert "Tomorrow" in mail.outbox[0].subject


def test_it_never_gives_one_reminder_to_two_sweeps(booked):
    first = booked.occurrences.order_by("starts_at").first()
    when = first.starts_at - timedelta(hours=23)
    token_a = services.reminders_claim(now=when)
    token_b = services.reminders_claim(now=when)
    assert Reminder.objects.filter(claim=token_a).count() == 2
    assert Reminder.objects.filter(claim=token_b).count() == 0


def test_it_sends_a_reminder_a_dead_worker_claimed_but_never_sent(booked):
    first = booked.occurrences.order_by("starts_at").first()
    when = first.starts_at - timedelta(hours=23)
    services.reminders_claim(now=when)  # a worker claims, then dies before sending
    assert services.reminders_send_due(now=when + timedelta(minutes=1)) == 0
    assert services.reminders_send_due(now=when + timedelta(minutes=11)) == 2
    assert len(mail.outbox) == 2


def test_it_moves_the_reminder_with_the_meeting_and_drops_it_when_cancelled(booked, supervisor):
    first, second = booked.occurrences.order_by("starts_at")[:2]
    later = first.starts_at + timedelta(hours=2)
    services.occurrence_move(occurrence=first, starts_at=later, by=supervisor)
    assert {r.due_at for r in Reminder.objects.filter(occurrence=first)} == {later - timedelta(hours=24)}
    services.occurrence_cancel(occurrence=second, by=supervisor)
    assert not Reminder.objects.filter(occurrence=second).exists()


def test_it_schedules_one_weekly_check_in_reminder_per_supervised_volunteer(booked, volunteer_user, other_volunteer):
    services.checkin_reminders_schedule()
    services.checkin_reminders_schedule()
    reminders = Reminder.objects.filter(kind=Reminder.Kind.CHECKIN)
    assert [r.person for r in reminders] == [volunteer_user]
    due = reminders.get().due_at
    assert timezone.localtime(due).weekday() == 0 and timezone.localtime(due).hour == 10


def test_it_does_not_remind_someone_who_already_checked_in_this_week(booked, volunteer_user):
    services.checkin_reminders_schedule()
    due = Reminder.objects.get(kind=Reminder.Kind.CHECKIN).due_at
    Reminder.objects.filter(kind=Reminder.Kind.MEETING).delete()
    CheckIn.objects.create(volunteer=volunteer_user, submitted_at=due - timedelta(hours=1), caseload=1, recovery=4,
                           **{f: 4 for f in CheckIn.ITEM_FIELDS})
    services.reminders_send_due(now=due + timedelta(minutes=1))
    assert mail.outbox == []
    assert Reminder.objects.get(kind=Reminder.Kind.CHECKIN).sent_at is not None


def test_it_reminds_someone_who_has_not_checked_in(booked, volunteer_user):
    services.checkin_reminders_schedule()
    due = Reminder.objects.get(kind=Reminder.Kind.CHECKIN).due_at
    Reminder.objects.filter(kind=Reminder.Kind.MEETING).delete()
    assert services.reminders_send_due(now=due + timedelta(minutes=1)) == 1
    assert mail.outbox[0].to == [volunteer_user.email] and "check-in" in mail.outbox[0].subject


def test_it_runs_the_sweeps_as_tasks(booked):
    from supervision import tasks

    tasks.series_extend.delay()
    tasks.checkin_reminders_schedule.delay()
    tasks.reminders_sweep.delay()
    assert Reminder.objects.filter(kind=Reminder.Kind.CHECKIN).exists()

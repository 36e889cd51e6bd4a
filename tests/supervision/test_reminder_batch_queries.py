"""One batch of reminders is read in the same number of queries whatever its size: its
reminders, people, meetings, 1:1 names, places and check-ins are read for the whole batch,
and only the outbox's mark of each e-mail as sent (one write per e-mail) grows with it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from supervision.models import Kind, Reminder
from supervision.services import reminders as services
from tests.factories import volunteer
from tests.supervision.factories import assign, next_weekday_at, series

pytestmark = pytest.mark.django_db


def _due_batch(supervisor, first, count):
    """`count` volunteers, every other one reading Welsh, each with a 1:1 named by Waymark
    (no title) whose first meeting is due a reminder, and a check-in reminder due. Returns
    the claim token of the batch and the time it is sent at."""
    now = timezone.now()
    day = next_weekday_at(2, 9)
    for n in range(first, first + count):
        person = volunteer(user__email=f"reminded{n}@example.org", user__language="cy" if n % 2 else "")
        assign(person, supervisor)
        booked = series(supervisor, members=[person], kind=Kind.ONE_TO_ONE, title="", minutes=30,
                        dtstart=day + timedelta(hours=n))
        Reminder.objects.filter(occurrence=booked.occurrences.order_by("starts_at").first()).update(
            due_at=now - timedelta(minutes=1))
        Reminder.objects.create(kind=Reminder.Kind.CHECKIN, person=person, due_at=now - timedelta(minutes=1))
    return services.reminders_claim(now=now), now


def _queries_to_send(token, now):
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as queries:
        services.reminders_send_claimed(token, now=now)
    return len(queries), len(mail.outbox)


def test_a_batch_reads_its_reminders_in_the_same_queries_whatever_its_size(supervisor):
    small = _queries_to_send(*_due_batch(supervisor, 0, 2))
    large = _queries_to_send(*_due_batch(supervisor, 2, 8))
    # Each volunteer: their 1:1 reminder, the supervisor's, and their check-in reminder.
    assert (small[1], large[1]) == (3 * 2, 3 * 8)
    assert large[0] - small[0] == large[1] - small[1], "one write per e-mail sent, nothing else grows"


def test_a_batch_writes_each_reminder_in_its_reader_s_language(supervisor):
    token, now = _due_batch(supervisor, 0, 2)
    services.reminders_send_claimed(token, now=now)
    subjects = {}
    for message in mail.outbox:
        subjects.setdefault(message.to[0], set()).add(message.subject)
    english, welsh = subjects["reminded0@example.org"], subjects["reminded1@example.org"]
    assert any(s.startswith("Tomorrow: 1:1: ") for s in english) and "Your weekly check-in" in english
    assert not any("Tomorrow" in s or "check-in" in s for s in welsh), welsh

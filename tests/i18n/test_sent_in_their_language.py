"""What Waymark sends a person is in the language they chose, whoever's action sent it."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from supervision import services
from supervision.models import CalendarFeed, Reminder
from tests.supervision.factories import assign, one_to_one

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(supervisor, volunteer_user):
    assign(volunteer_user, supervisor)
    return one_to_one(supervisor, volunteer_user, dtstart=timezone.now() + timedelta(days=3))


def _welsh(person):
    person.language = "cy"
    person.save()


def test_the_check_in_reminder_is_in_welsh_for_a_welsh_reader(booked, volunteer_user, welsh_strings):
    _welsh(volunteer_user)
    services.checkin_reminders_schedule()
    due = Reminder.objects.get(kind=Reminder.Kind.CHECKIN).due_at
    Reminder.objects.filter(kind=Reminder.Kind.MEETING).delete()
    services.reminders_send_due(now=due + timedelta(minutes=1))
    [message] = mail.outbox
    assert message.subject == "Eich gwiriad wythnosol"


def test_meeting_reminders_give_each_person_the_date_in_their_own_language(booked, supervisor, volunteer_user):
    _welsh(volunteer_user)
    first = booked.occurrences.order_by("starts_at").first()
    services.reminders_send_due(now=first.starts_at - timedelta(hours=23))
    by_person = {message.to[0]: message.body for message in mail.outbox}
    # Django's own Welsh names the day: "Dydd Mawrth" for Tuesday, and so on.
    english_day, welsh_day = f"{timezone.localtime(first.starts_at):%A}", "Dydd "
    assert welsh_day in by_person[volunteer_user.email] and english_day not in by_person[volunteer_user.email]
    assert english_day in by_person[supervisor.email] and welsh_day not in by_person[supervisor.email]


def test_the_calendar_feed_is_in_its_owner_s_language_whoever_fetches_it(booked, supervisor, volunteer_user,
                                                                         welsh_strings):
    _welsh(volunteer_user)
    signed_in = Client()
    signed_in.force_login(volunteer_user)
    signed_in.get(reverse("supervision:calendar"))
    url = reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get(person=volunteer_user).token])
    # A calendar app, not signed in, with an English browser.
    feed = Calendar.from_ical(Client().get(url, HTTP_ACCEPT_LANGUAGE="en").content)
    titles = {str(event["summary"]) for event in feed.walk("VEVENT")}
    assert titles == {f"1:1 gyda {supervisor}"}


def test_an_english_reader_gets_english_while_a_welsh_page_is_open(booked, volunteer_user, welsh_strings):
    from django.utils import translation

    services.checkin_reminders_schedule()
    due = Reminder.objects.get(kind=Reminder.Kind.CHECKIN).due_at
    Reminder.objects.filter(kind=Reminder.Kind.MEETING).delete()
    with translation.override("cy"):
        services.reminders_send_due(now=due + timedelta(minutes=1))
    assert mail.outbox[0].subject == "Your weekly check-in"

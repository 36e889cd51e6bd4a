"""The caseload where supervision looks at it: the 1:1 page, My team, the check-in, the
calendar feed, the diary and the reminder the day before."""

from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from outreach import tasks
from outreach.models import ContactKind, FirstStepper, Review
from supervision import selectors as supervision_selectors
from supervision.models import CalendarFeed, CheckIn, Flag, Kind
from supervision.recurrence import localise
from tests.outreach.factories import calls, contact, first_stepper, peer_supporter
from tests.supervision.factories import assign, series

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee(supervisor):
    person = peer_supporter(user__email="dee@example.org", user__full_name="Dee Active")
    assign(person, supervisor)
    return person


def past_one_to_one(supervisor, volunteer, days_ago=1):
    start = localise(datetime.combine(timezone.localdate() - timedelta(days=days_ago), time(10, 0)))
    made = series(supervisor, members=[volunteer], kind=Kind.ONE_TO_ONE, dtstart=start - timedelta(days=7),
                  minutes=30, now=start - timedelta(days=8), title="1:1 Dee")
    return made.occurrences.filter(starts_at__lte=timezone.now()).order_by("-starts_at").first()


def test_the_one_to_one_page_reviews_the_caseload_since_the_last_one_to_one(client_for, supervisor, dee):
    meeting = past_one_to_one(supervisor, dee)
    quiet = first_stepper(dee, name="Quiet Quinn", referred_on=timezone.localdate() - timedelta(days=40))
    contact(quiet, ContactKind.CALL_CONNECTED, at=timezone.now() - timedelta(days=30))
    worried = first_stepper(dee, name="Worried Wren")
    contact(worried, ContactKind.CALL_CONNECTED, at=meeting.starts_at - timedelta(days=2),
            safeguarding_concern=True, safeguarding_action="Told the manager.")
    first_stepper(dee, name="New Nia", referred_on=timezone.localdate() - timedelta(days=3))
    page = client_for(supervisor).get(reverse("supervision:meeting", args=[meeting.pk])).content.decode()
    assert "First Steps caseload" in page
    section = page[page.index('id="caseload"'):]
    assert "Not reached in 14 days: Quiet Quinn" in section
    assert "Safeguarding concerns raised:</strong> Worried Wren" in section
    assert "New referrals: New Nia" in section
    assert "Are we being helpful and purposeful with Worried Wren?" in section


def test_the_supervisor_records_a_review_from_the_one_to_one_page(client_for, supervisor, dee):
    meeting = past_one_to_one(supervisor, dee)
    person = first_stepper(dee)
    back = reverse("supervision:meeting", args=[meeting.pk])
    response = client_for(supervisor).post(reverse("outreach:review", args=[person.pk]),
                                           {"decision": "change", "note": "Try texting first", "next": back})
    assert response.url == back
    review = Review.objects.get()
    assert (review.first_stepper, review.by, review.decision) == (person, supervisor, "change")
    assert "Last review: Change the approach" in client_for(supervisor).get(back).content.decode()


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as counted:
        assert client.get(url).status_code == 200
    return len(counted)


def test_the_one_to_one_page_has_the_same_queries_for_one_or_many_first_steppers(client_for, supervisor, dee):
    meeting = past_one_to_one(supervisor, dee)
    url = reverse("supervision:meeting", args=[meeting.pk])
    client = client_for(supervisor)
    calls(first_stepper(dee, name="First"), 2)
    client.get(url)
    one = count_queries(client, url)
    for n in range(11):
        calls(first_stepper(dee, name=f"Person {n}"), 2)
    assert count_queries(client, url) == one


def test_my_team_counts_the_caseload_from_waymark_and_flags_it_above_the_limit(supervisor, dee, settings):
    settings.WAYMARK_CASELOAD_CAP = 2
    for n in range(3):
        first_stepper(dee, name=f"Person {n}")
    stepped = first_stepper(dee, name="Stepped back")
    FirstStepper.objects.filter(pk=stepped.pk).update(stepped_back_at=timezone.now())
    (row,) = supervision_selectors.team_for(supervisor=supervisor)
    assert (row["caseload"], row["over_cap"]) == (3, True)
    # All three were referred 30 days ago and nobody has talked to them since.
    assert row["not_reached"] == 3


def test_the_check_in_stops_asking_for_the_caseload_once_waymark_holds_it(client_for, dee, settings):
    settings.WAYMARK_CASELOAD_CAP = 1
    page = client_for(dee).get(reverse("supervision:checkin")).content.decode()
    assert 'name="caseload"' in page
    first_stepper(dee, name="One")
    first_stepper(dee, name="Two")
    page = client_for(dee).get(reverse("supervision:checkin")).content.decode()
    assert 'name="caseload"' not in page and "Your First Steps caseload in Waymark: 2 people." in page
    answers = {field: "3" for field in CheckIn.ITEM_FIELDS} | {"recovery": "4"}
    assert client_for(dee).post(reverse("supervision:checkin"), answers).status_code == 302
    checkin = CheckIn.objects.get()
    assert checkin.caseload == 2
    assert Flag.objects.filter(checkin=checkin, rule=Flag.Rule.CASELOAD).exists()


def test_the_next_step_goes_into_the_diary_and_the_calendar_feed_without_a_name(client, client_for, dee):
    person = first_stepper(dee, name="Private Name")
    contact(person, ContactKind.TEXT_SENT, next_at=timezone.now() + timedelta(days=1))
    assert "Private Name" in client_for(dee).get(reverse("supervision:meetings")).content.decode()
    client_for(dee).get(reverse("supervision:calendar"))
    client.logout()
    feed = client.get(reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get(person=dee).token]))
    body = feed.content.decode()
    assert "First Steps contact" in body and "Private Name" not in body


def test_a_reminder_goes_the_day_before_once_however_many_sweeps_run(dee, django_capture_on_commit_callbacks):
    person = first_stepper(dee, name="Private Name")
    contact(person, ContactKind.CALL_NO_ANSWER, next_at=timezone.now() + timedelta(hours=20))
    later = first_stepper(dee, name="Later")
    contact(later, ContactKind.TEXT_SENT, next_at=timezone.now() + timedelta(days=3))
    tasks.next_step_reminders()
    tasks.next_step_reminders()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [dee.email] and "Private Name" not in message.body + message.subject
    # A new next step gets its own reminder.
    contact(person, ContactKind.CALL_CONNECTED, next_at=timezone.now() + timedelta(hours=22))
    tasks.next_step_reminders()
    assert len(mail.outbox) == 2


def test_an_opted_out_person_gets_no_reminder(dee):
    person = first_stepper(dee)
    contact(person, ContactKind.TEXT_SENT, next_at=timezone.now() + timedelta(hours=20))
    FirstStepper.objects.filter(pk=person.pk).update(opted_out_at=timezone.now())
    tasks.next_step_reminders()
    assert mail.outbox == []


def test_several_people_not_reached_for_two_weeks_raise_a_flag_at_the_check_in(client_for, dee):
    for name in ("One", "Two"):
        contact(first_stepper(dee, name=name), ContactKind.CALL_CONNECTED, at=timezone.now() - timedelta(days=20))
    answers = {field: "3" for field in CheckIn.ITEM_FIELDS} | {"recovery": "4"}
    client_for(dee).post(reverse("supervision:checkin"), answers)
    flag = Flag.objects.get(rule=Flag.Rule.NOT_REACHED)
    assert flag.description == "2 people on their First Steps caseload have not been reached for two weeks."
    # Reached again: no flag next time.
    for person in FirstStepper.objects.all():
        contact(person, ContactKind.CALL_CONNECTED)
    client_for(dee).post(reverse("supervision:checkin"), answers)
    assert Flag.objects.filter(rule=Flag.Rule.NOT_REACHED).count() == 1

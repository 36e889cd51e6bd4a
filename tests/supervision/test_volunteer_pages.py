"""The volunteer's side of supervision: meetings named from their side, and the calendar
page in plain steps."""

import pytest
from django.urls import reverse

from supervision.models import CalendarFeed, Occurrence
from tests.supervision.factories import assign, one_to_one

pytestmark = pytest.mark.django_db


def test_a_volunteer_sees_their_1_1_named_after_their_supervisor(client_for, volunteer_user, supervisor):
    assign(volunteer_user, supervisor)
    one_to_one(supervisor, volunteer_user)
    occurrence = Occurrence.objects.first()
    client = client_for(volunteer_user)
    mine = client.get(reverse("supervision:mine")).content.decode()
    assert "1:1 with Sue Supervisor" in mine and f"1:1 {volunteer_user}" not in mine
    meeting = client.get(reverse("supervision:meeting", args=[occurrence.pk])).content.decode()
    assert "<title>1:1 with Sue Supervisor – Waymark</title>" in meeting
    assert '<h1 class="govuk-heading-l">1:1 with Sue Supervisor</h1>' in meeting
    ics = client.get(reverse("supervision:meeting_ics", args=[occurrence.pk])).content.decode()
    assert "SUMMARY:1:1 with Sue Supervisor" in ics
    client.get(reverse("supervision:calendar"))
    feed = client.get(reverse("supervision:calendar_feed", args=[CalendarFeed.objects.get().token])).content
    assert b"SUMMARY:1:1 with Sue Supervisor" in feed


def test_a_supervisor_sees_the_same_1_1_named_after_the_volunteer(client_for, volunteer_user, supervisor):
    assign(volunteer_user, supervisor)
    one_to_one(supervisor, volunteer_user)
    occurrence = Occurrence.objects.first()
    page = client_for(supervisor).get(reverse("supervision:meeting", args=[occurrence.pk])).content.decode()
    assert '<h1 class="govuk-heading-l">1:1 with Alice Volunteer</h1>' in page


def test_the_calendar_page_gives_steps_a_copy_button_and_a_quiet_reset(client_for, volunteer_user):
    page = client_for(volunteer_user).get(reverse("supervision:calendar")).content.decode()
    for steps in ("iPhone or iPad", "Android phone or Google Calendar", "Outlook"):
        assert steps in page
    assert 'data-copy-from="feed-address"' in page and 'id="feed-address"' in page and "readonly" in page
    assert "<script" not in page.split("</main>")[0]
    assert "govuk-button--warning" not in page
    reset = page.split("I think someone else has my address")[1].split("</details>")[0]
    assert "Get a new address" in reset and "govuk-button--secondary" in reset
    assert "The old one stops working straight away" in reset

"""Journey 2: a supervisor sees a check-in flag, books weekly 1:1s, records a 1:1 and closes the flag."""

from datetime import time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from supervision.models import Action, Attendance, Attendee, Flag, MeetingSeries, OneToOneRecord
from tests.e2e import state
from tests.e2e.conftest import PHONE
from tests.e2e.keyboard import choose, fits_a_phone, press, skip_link_works, tab_to
from tests.supervision.factories import free_all_week

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def urgent_flag_link(page):
    """A low check-in raises several flags, followed up together from the check-in's card."""
    return page.locator(".waymark-card").filter(has_text="Urgent").get_by_role("link", name="Record what you did")


def test_a_supervisor_books_one_to_ones_records_one_and_closes_a_check_in_flag(
    page, live_server, supervisor, volunteer_user, password, sign_in, a11y, shot
):
    occurrence = state.flagged_supervisee(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))

    # Two-step sign-in, by keyboard; "My team" shows Alice's urgent flag.
    sign_in(page, supervisor.email, password, keyboard=True)
    assert page.get_by_role("heading", name="My team").is_visible()
    a11y.follow(page, page.get_by_role("link", name="Home"))
    alice_row = page.get_by_role("row").filter(has_text="Alice Volunteer")
    assert alice_row.get_by_text("1 urgent").is_visible()
    shot(page, "my-team")

    # Weekly 1:1s, booked from the times they are both free.
    a11y.follow(page, page.get_by_role("link", name="Alice Volunteer"))
    skip_link_works(page)
    a11y.follow(page, page.get_by_role("link", name="Book weekly 1:1s"))
    page.locator("input[name=slot]").first.check()
    shot(page, "book-one-to-ones")
    a11y.follow(page, page.get_by_role("button", name="Book weekly 1:1s"))
    assert page.get_by_text("Weekly 1:1s with Alice Volunteer are booked.").is_visible()
    assert MeetingSeries.objects.filter(members=volunteer_user, rrule__startswith="FREQ=WEEKLY").count() == 2

    # Today's 1:1, from the diary: attendance, notes and an agreed action.
    a11y.follow(page, page.get_by_role("link", name="Supervision"))
    a11y.follow(page, page.get_by_role("link", name="My diary"))
    # The supervisor's diary names each 1:1 from their side; today's is the first in the list.
    todays = page.locator(f'a[href="{reverse("supervision:meeting", args=[occurrence.pk])}"]')
    assert f"1:1 with {volunteer_user}" in todays.inner_text()
    a11y.follow(page, todays)
    choose(page, page.get_by_role("group", name="Alice Volunteer").get_by_label("Attended"))
    press(page, page.get_by_role("button", name="Save attendance"))
    a11y(page)
    assert Attendee.objects.get(occurrence=occurrence, person=volunteer_user).attendance == Attendance.ATTENDED
    a11y.follow(page, page.get_by_role("link", name="Write the record"))
    page.get_by_label("Confidential notes").fill("Finding evenings hard since the move.")
    page.get_by_label("Notes shared with the volunteer").fill("Try the evening phone line.")
    page.get_by_label("People they support now").fill("3")
    page.get_by_label("Wellbeing discussed").check()
    shot(page, "one-to-one-record")
    a11y.follow(page, page.get_by_role("button", name="Save the record"))
    a11y.follow(page, page.get_by_role("link", name="Add an agreed action"))
    page.get_by_label("What was agreed").fill("Ring the evening line once this week")
    page.get_by_role("group", name="Who will do it").get_by_label("Alice Volunteer").check()
    page.get_by_label("Due by").fill((timezone.localdate() + timedelta(days=7)).isoformat())
    a11y.follow(page, page.get_by_role("button", name="Add action"))
    assert OneToOneRecord.objects.get(occurrence=occurrence).caseload_discussed == 3
    assert Action.objects.get(volunteer=volunteer_user).owner == volunteer_user

    # The urgent flag, closed by keyboard with what was done.
    page.goto(f"{live_server.url}/supervision/volunteers/{volunteer_user.pk}/")
    a11y(page)
    press(page, urgent_flag_link(page))
    a11y(page)
    tab_to(page, page.get_by_label("What did you do?")).type("Talked it through at today's 1:1; booked weekly 1:1s.")
    press(page, page.get_by_role("button", name="Record and close the flags"))
    a11y(page)
    assert page.get_by_text("flags are closed.").is_visible()
    # One record closed every flag the check-in raised.
    assert not Flag.objects.filter(volunteer=volunteer_user, resolved_at=None).exists()
    shot(page, "supervisee")


@pytest.mark.browser_context_args(viewport=PHONE)
def test_on_a_phone_a_supervisor_sees_the_flag_and_closes_it(
    page, live_server, supervisor, volunteer_user, password, sign_in, a11y, shot
):
    state.flagged_supervisee(volunteer_user, supervisor)

    sign_in(page, supervisor.email, password)
    fits_a_phone(page)
    shot(page, "my-team-phone")
    a11y.follow(page, page.get_by_role("link", name="Alice Volunteer"))
    fits_a_phone(page)
    a11y.follow(page, urgent_flag_link(page))
    fits_a_phone(page)
    page.get_by_label("What did you do?").fill("Rang Alice the same afternoon.")
    a11y.follow(page, page.get_by_role("button", name="Record and close the flags"))
    fits_a_phone(page)
    assert page.get_by_text("flags are closed.").is_visible()
    assert Flag.objects.get(urgent=True).resolved_at

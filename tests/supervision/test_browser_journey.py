"""A supervisor books 1:1s, a volunteer checks in on a small phone, the supervisor acts on the flag."""

from datetime import time
from pathlib import Path

import pytest

from supervision.models import Flag, MeetingSeries
from tests.e2e.conftest import pass_two_step
from tests.supervision.conftest import CHROMIUM
from tests.supervision.factories import assign, ensure_migration_data, free_all_week

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed (apt-get install chromium)"),
]



@pytest.fixture(autouse=True)
def _migration_data():
    ensure_migration_data()


SCREENSHOTS = Path(__file__).resolve().parents[1] / "e2e" / "screenshots"


def signed_in(browser, live_server, user, password, **context_args):
    page = browser.new_context(**context_args).new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    pass_two_step(page, user.email)
    return page


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"supervision-{name}.png"), full_page=True)


def test_a_supervisor_books_one_to_ones_and_acts_on_a_check_in_flag(browser, live_server, supervisor, volunteer_user,
                                                                    password, settings):
    settings.SITE_URL = live_server.url
    assign(volunteer_user, supervisor)
    free_all_week(supervisor, time(9), time(12))

    page = signed_in(browser, live_server, supervisor, password)
    assert page.get_by_role("heading", name="My team").is_visible()
    page.get_by_role("link", name="Alice Volunteer").click()
    page.get_by_role("link", name="Book weekly 1:1s").click()
    page.locator("input[name=slot]").first.check()
    shot(page, "book")
    page.get_by_role("button", name="Book weekly 1:1s").click()
    assert page.get_by_text("Weekly 1:1s with Alice Volunteer are booked.").is_visible()
    assert MeetingSeries.objects.filter(members=volunteer_user).count() == 1

    phone = signed_in(browser, live_server, volunteer_user, password, viewport={"width": 320, "height": 640})
    assert phone.get_by_text("Your next 1:1 is on").is_visible()
    phone.get_by_role("link", name="Do this week's check-in").click()
    for statement in ("I have felt cheerful and in good spirits", "I have felt calm and relaxed",
                      "I have felt active and vigorous", "I woke up feeling fresh and rested",
                      "My daily life has been filled with things that interest me"):
        phone.get_by_role("group", name=statement).get_by_label("Some of the time").check()
    phone.get_by_label("How many people are you supporting at the moment?").fill("3")
    phone.get_by_role("group", name="How is your own recovery going?").get_by_label("Not so well").check()
    phone.get_by_label("I would like my supervisor to contact me").check()
    shot(phone, "checkin-phone")
    # Nothing on the page is wider than a 320px phone.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    phone.get_by_role("button", name="Send my check-in").click()
    assert phone.get_by_text("Thank you. Your check-in is saved.").is_visible()
    assert phone.locator("svg polyline").count() == 1
    shot(phone, "mine-phone")

    page.goto(live_server.url + "/")
    assert page.get_by_text("1 urgent").is_visible()
    shot(page, "my-team")
    page.get_by_role("link", name="Alice Volunteer").click()
    page.get_by_role("link", name="Record what you did").first.click()
    page.get_by_label("What did you do?").fill("Rang Alice the same afternoon; booked an extra 1:1.")
    page.get_by_role("button", name="Close the flag").click()
    assert page.get_by_text("Flag closed.").is_visible()
    assert Flag.objects.filter(resolved_at__isnull=False).count() == 1

"""Journey 6: a peer supporter, on a 390 px phone, takes a first stepper's first reading from
the caseload's prompt and a review reading later; the star chart and the change in words
appear on the person's page, their supervisor sees it, and the manager's distance-travelled
report changes from "fewer than 5" to the figures. axe-core checks every page."""

from datetime import timedelta

import pytest
from django.utils import timezone

from outreach.models import InstrumentVersion, Reading
from people.status import Status
from tests.e2e.keyboard import fits_a_phone
from tests.outreach.factories import first_stepper, reading
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE_390 = {"width": 390, "height": 844}


def new_page(browser, a11y, live_server, **kwargs):
    context = browser.new_context(base_url=live_server.url, **kwargs)
    return a11y.watch(context.new_page())


def take_reading(phone, a11y, score, *, lapse):
    """Every domain scored `score` (partner "not relevant"), a few words, the statements answered."""
    fits_a_phone(phone)
    for domain in InstrumentVersion.current().domains.all():
        group = phone.get_by_role("group", name=domain.label, exact=True)
        if domain.key == "partner":
            group.get_by_label("Not relevant to me").check()
        else:
            group.get_by_label(str(score), exact=True).check()
    phone.get_by_label("Accommodation: in their own words (optional)").fill("Got the keys to a flat")
    for statement in InstrumentVersion.current().statements.all():
        group = phone.get_by_role("group", name=statement.wording, exact=True)
        group.get_by_label("Yes" if (statement.key == "lapse") == lapse else "No", exact=True).check()
    a11y.follow(phone, phone.get_by_role("button", name="Save the reading"))
    fits_a_phone(phone)


def accommodation_row(page):
    return page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Accommodation", exact=True))


def test_two_readings_on_a_phone_draw_the_star_chart_and_change_the_report(
    browser, page, live_server, manager, supervisor, volunteer_user, password, sign_in, a11y, shot
):
    profile = volunteer_user.volunteer_profile
    profile.status, profile.first_steps_caseload = Status.ACTIVE, True
    profile.save(update_fields=["status", "first_steps_caseload"])
    assign(volunteer_user, supervisor)
    sam = first_stepper(volunteer_user, name="Sam")
    # Four people already have a first and a latest reading: the report shows "fewer than 5".
    for n in range(4):
        other = first_stepper(volunteer_user, name=f"Other {n}")
        reading(other, {"accommodation": 4}, taken_on=timezone.localdate() - timedelta(days=20))
        reading(other, {"accommodation": 6}, taken_on=timezone.localdate() - timedelta(days=2))

    sign_in(page, manager.email, password)
    page.goto(f"{live_server.url}/readiness/reports/")
    a11y(page)
    a11y.follow(page, page.get_by_role("link", name="Distance travelled report"))
    assert accommodation_row(page).locator("td").first.text_content() == "fewer than 5"

    # Alice, on a phone: the caseload prompts Sam's first reading.
    phone = new_page(browser, a11y, live_server, viewport=PHONE_390)
    sign_in(phone, volunteer_user.email, password)
    phone.goto("/first-steps/")
    a11y(phone)
    fits_a_phone(phone)
    a11y.follow(phone, phone.get_by_role("link", name="First reading due for Sam: take it now"))
    assert phone.get_by_label("Joining the caseload").is_checked()
    take_reading(phone, a11y, 3, lapse=True)
    assert phone.get_by_text("Reading saved.").is_visible()
    assert phone.get_by_text("One reading so far").is_visible()

    # Weeks later, a review reading (dated today here).
    a11y.follow(phone, phone.get_by_role("link", name="Take a reading", exact=True))
    assert phone.get_by_label("A review").is_checked()
    take_reading(phone, a11y, 7, lapse=False)
    assert Reading.objects.filter(first_stepper=sam).count() == 2
    assert phone.get_by_text("Accommodation: 3 → 7 (up 4)").is_visible()
    assert phone.get_by_text("Partner: not relevant → not relevant").is_visible()
    chart = phone.locator("figure.waymark-star svg")
    assert chart.get_attribute("role") == "img"
    assert "first and latest" in chart.locator("title").text_content()
    assert phone.get_by_role("region", name="Scores, first and latest").is_visible()
    shot(phone, "distance-travelled-phone")

    # Their supervisor sees the journey, read-only.
    desk = new_page(browser, a11y, live_server, viewport={"width": 1280, "height": 900})
    sign_in(desk, supervisor.email, password)
    desk.goto(f"/first-steps/people/{sam.pk}/")
    a11y(desk)
    assert desk.get_by_text("Accommodation: 3 → 7 (up 4)").is_visible()
    assert desk.get_by_role("link", name="Take a reading").count() == 0
    desk.locator("#journey").scroll_into_view_if_needed()
    shot(desk, "distance-travelled-star-chart")

    # The manager's report now has five people: the averages show.
    page.reload()
    a11y(page)
    row = accommodation_row(page)
    assert [cell.strip() for cell in row.locator("td").all_text_contents()[:4]] == ["5", "3.8", "6.2", "2.4"]

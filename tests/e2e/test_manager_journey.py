"""Journey 4: a manager records Alice's pre-start checks, signs her off and downloads the report."""

from datetime import timedelta

import pytest
from django.utils import timezone

from people.status import Status
from readiness.models import PreStartCheck, SignOff
from tests.e2e import state
from tests.e2e.conftest import PHONE
from tests.e2e.keyboard import fits_a_phone, press, skip_link_works, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CHECKS = ("DBS check", "First reference", "Second reference")


def a_day_whose_day_and_month_match(before):
    """Chromium lays out a date box in the machine's order (day/month or month/day); a date
    like 11/11 types the same either way."""
    day = before - timedelta(days=1)
    while day.day != day.month:
        day -= timedelta(days=1)
    return day


def record_check(page, a11y, name, done_on, *, keyboard=False):
    if keyboard:
        press(page, page.get_by_role("link", name="Record a check"))
        a11y(page)
        check = tab_to(page, page.get_by_label("Check"))
        for _ in range(len(CHECKS)):
            if check.evaluate("select => select.selectedOptions[0].text") == name:
                break
            page.keyboard.press("ArrowDown")
        tab_to(page, page.get_by_label("Date done")).type(done_on.strftime("%d%m%Y"))
        press(page, page.get_by_role("button", name="Save check"))
        a11y(page)
    else:
        a11y.follow(page, page.get_by_role("link", name="Record a check"))
        page.get_by_label("Check").select_option(label=name)
        page.get_by_label("Date done").fill(done_on.isoformat())
        a11y.follow(page, page.get_by_role("button", name="Save check"))
    assert page.get_by_text("Check recorded.").is_visible()


def test_a_manager_sees_what_is_missing_records_the_checks_signs_off_and_downloads_the_report(
    page, live_server, manager, supervisor, trainer, volunteer_user, password, sign_in, a11y, shot
):
    state.induction()
    state.ready_but_for_checks(volunteer_user, supervisor=supervisor, trainer=trainer)

    sign_in(page, manager.email, password, keyboard=True)
    assert page.get_by_role("heading", name="Readiness").is_visible()
    a11y.follow(page, page.get_by_role("link", name="Home"))
    alice_row = page.get_by_role("row").filter(has_text="Alice Volunteer")
    for check in CHECKS:
        assert alice_row.get_by_text(f"{check}: Not recorded yet").is_visible()
    shot(page, "readiness-board")

    a11y.follow(page, page.get_by_role("link", name="Alice Volunteer"))
    skip_link_works(page)
    assert page.get_by_text("3 things left.").is_visible()
    done_on = a_day_whose_day_and_month_match(timezone.localdate())
    record_check(page, a11y, "DBS check", done_on, keyboard=True)
    record_check(page, a11y, "First reference", done_on, keyboard=True)
    record_check(page, a11y, "Second reference", done_on)
    assert PreStartCheck.objects.filter(volunteer=volunteer_user).count() == 3
    assert page.get_by_text("Every rule is met.").is_visible()
    shot(page, "readiness-checklist")

    press(page, page.get_by_role("link", name="Sign off as ready to start"))
    a11y(page)
    shot(page, "sign-off")
    press(page, page.get_by_role("button", name="Sign off"))
    a11y(page)
    sign_off = SignOff.objects.get(volunteer=volunteer_user)
    assert not sign_off.override
    volunteer_user.volunteer_profile.refresh_from_db()
    assert volunteer_user.volunteer_profile.status == Status.ACTIVE
    shot(page, "signed-off")

    a11y.follow(page, page.get_by_role("link", name="Home"))
    a11y.follow(page, page.get_by_role("link", name="Reports"))
    shot(page, "report")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as a spreadsheet (CSV)").click()
    report = download.value.path().read_text()
    # Sign-offs are an activity count, shown in full; wellbeing is protected.
    assert "Signed off as ready to start,1" in report


@pytest.mark.browser_context_args(viewport=PHONE)
def test_on_a_phone_a_manager_records_a_check_and_signs_off(
    page, live_server, manager, supervisor, trainer, volunteer_user, password, sign_in, a11y, shot
):
    state.induction()
    state.ready_but_for_checks(volunteer_user, supervisor=supervisor, trainer=trainer)
    last_week = timezone.localdate() - timedelta(days=7)

    sign_in(page, manager.email, password)
    fits_a_phone(page)
    shot(page, "readiness-board-phone")
    a11y.follow(page, page.get_by_role("link", name="Alice Volunteer"))
    fits_a_phone(page)
    for check in CHECKS:
        record_check(page, a11y, check, last_week)
        fits_a_phone(page)
    a11y.follow(page, page.get_by_role("link", name="Sign off as ready to start"))
    fits_a_phone(page)
    a11y.follow(page, page.get_by_role("button", name="Sign off"))
    fits_a_phone(page)
    assert SignOff.objects.filter(volunteer=volunteer_user, override=False).exists()
    shot(page, "signed-off-phone")
    page.goto(live_server.url + "/readiness/reports/")
    a11y(page)
    fits_a_phone(page)

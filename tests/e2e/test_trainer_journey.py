"""Journey 3: a trainer takes the register for the classroom day Alice booked."""

import pytest

from courses.models import Attendance, RegisterEntry
from tests.e2e import state
from tests.e2e.conftest import PHONE
from tests.e2e.keyboard import choose, fits_a_phone, press, skip_link_works, tab_to

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_trainer_takes_the_register_for_todays_classroom_day(
    page, live_server, trainer, volunteer_user, other_volunteer, password, sign_in, a11y, shot
):
    state.induction()
    session = state.booked_today([volunteer_user, other_volunteer], trainer=trainer)

    sign_in(page, trainer.email, password, keyboard=True)
    assert page.get_by_role("heading", name="Sessions", exact=True).is_visible()
    shot(page, "trainer-sessions")
    page.goto(live_server.url + "/")
    a11y(page)
    skip_link_works(page)
    press(page, page.get_by_role("link", name="Take the register Classroom day"))
    a11y(page)
    assert page.get_by_role("heading", name="Register: Classroom day").is_visible()

    # All by keyboard: Alice present, Bob absent with a reason.
    choose(page, page.get_by_role("group", name="Alice Volunteer").get_by_label("Present"))
    choose(page, page.get_by_role("group", name="Bob Volunteer").get_by_label("Absent"))
    tab_to(page, page.get_by_label("If Bob Volunteer was absent, why?")).type("Unwell")
    shot(page, "register")
    press(page, page.get_by_role("button", name="Save the register"))
    a11y(page)
    assert page.get_by_text("Register saved.").is_visible()
    marks = dict(RegisterEntry.objects.filter(session=session).values_list("user__email", "attendance"))
    assert marks == {volunteer_user.email: Attendance.PRESENT, other_volunteer.email: Attendance.ABSENT}


@pytest.mark.browser_context_args(viewport=PHONE)
def test_on_a_phone_a_trainer_takes_the_register(page, live_server, trainer, volunteer_user, password, sign_in, a11y,
                                                 shot):
    state.induction()
    session = state.booked_today([volunteer_user], trainer=trainer)

    sign_in(page, trainer.email, password)
    fits_a_phone(page)
    a11y.follow(page, page.get_by_role("link", name="Take the register Classroom day"))
    fits_a_phone(page)
    page.get_by_role("group", name="Alice Volunteer").get_by_label("Late").check()
    shot(page, "register-phone")
    a11y.follow(page, page.get_by_role("button", name="Save the register"))
    fits_a_phone(page)
    assert RegisterEntry.objects.get(session=session).attendance == Attendance.LATE

"""The journeys once more in Welsh: a volunteer chooses Cymraeg on the sign-in page, signs in,
opens My path, reads a lesson and passes its knowledge check, and checks in; a supervisor
switches to Cymraeg after signing in and opens My team. Every page is checked with axe-core.

Controls are found by their names in the form or by address, not by their words, so the
journey passes whether or not the Welsh catalogue has each string yet."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from courses.loading_welsh import build_welsh
from courses.models import Lesson, QuizAttempt
from courses.translations import originals
from supervision.models import CheckIn
from supervision.who5 import ITEMS
from tests.courses import factories as course_factories
from tests.e2e import state
from tests.e2e.conftest import pass_two_step
from tests.supervision.factories import assign
from tests.welsh import welsh_course

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _lang(page):
    return page.evaluate("document.documentElement.lang")


def _choose_welsh(page, a11y):
    a11y.follow(page, page.locator('form[action="/language/"] button[value="cy"]'))
    assert _lang(page) == "cy"


def _sign_in(page, a11y, email, password):
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    a11y.follow(page, page.locator('form[action="/accounts/login/"] button[type="submit"]'))
    if "/2fa/authenticate" in page.url:
        pass_two_step(page, email, a11y)
        a11y(page)


@pytest.fixture
def welsh_induction(db):
    course = state.induction()
    build_welsh(courses=[welsh_course() | {"slug": "induction"}], policies=[])
    return course


def test_a_volunteer_signs_in_learns_and_checks_in_in_welsh(
    page, live_server, volunteer_user, supervisor, password, welsh_induction, a11y, shot
):
    assign(volunteer_user, supervisor)
    page.goto(f"{live_server.url}/accounts/login/")
    a11y(page)
    assert _lang(page) == "en-gb"
    _choose_welsh(page, a11y)
    _sign_in(page, a11y, volunteer_user.email, password)
    # My path, in Welsh, and the choice now kept on the account.
    assert _lang(page) == "cy"
    volunteer_user.refresh_from_db()
    assert volunteer_user.language == "cy"
    shot(page, "welsh-my-path")

    lesson = originals(Lesson.objects.all()).get(slug="why-boundaries")
    page.goto(live_server.url + lesson.url)
    a11y(page)
    assert _lang(page) == "cy"
    assert page.get_by_role("heading", level=1).inner_text() == "Pam mae ffiniau'n bwysig"

    check = originals(Lesson.objects.all()).get(slug="check")
    page.goto(live_server.url + check.url)
    a11y(page)
    welsh_check = check.get_translation(Locale.objects.get(language_code="cy"))
    for question, options in course_factories.right_answers(welsh_check).items():
        for option in options:
            page.locator(f'input[name="{question}"][value="{option}"]').check()
    shot(page, "welsh-knowledge-check")
    a11y.follow(page, page.locator('form[action$="/quiz/"] button[type="submit"]'))
    assert QuizAttempt.objects.get(user=volunteer_user, lesson=check).passed

    page.goto(live_server.url + reverse("supervision:checkin"))
    a11y(page)
    # The WHO-5's own words stay as published, marked as English inside the Welsh page.
    measure = page.locator('main div[lang="en-gb"]')
    assert ITEMS[0][1] in measure.inner_text()
    for field, _statement in ITEMS:
        page.locator(f'input[name="{field}"][value="3"]').check()
    page.locator('input[name="recovery"][value="4"]').check()
    caseload = page.locator('input[name="caseload"]')
    if caseload.count():
        caseload.fill("2")
    shot(page, "welsh-check-in")
    a11y.follow(page, page.locator('main form button[type="submit"]'))
    assert CheckIn.objects.filter(volunteer=volunteer_user).count() == 1
    assert _lang(page) == "cy"


def test_a_supervisor_switches_to_welsh_after_signing_in_and_opens_my_team(
    page, live_server, volunteer_user, supervisor, password, a11y, shot
):
    assign(volunteer_user, supervisor)
    page.goto(f"{live_server.url}/accounts/login/")
    a11y(page)
    _sign_in(page, a11y, supervisor.email, password)
    assert _lang(page) == "en-gb"
    _choose_welsh(page, a11y)
    supervisor.refresh_from_db()
    assert supervisor.language == "cy"
    assert page.get_by_text(volunteer_user.full_name).first.is_visible()
    shot(page, "welsh-my-team")

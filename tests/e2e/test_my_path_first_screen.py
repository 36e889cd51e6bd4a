"""On a 390 × 844 phone, "My path" shows the one next thing to do, with its button, on the
first screen, whatever stage the volunteer is at."""

from datetime import timedelta

import pytest
from django.utils import timezone

from courses import services as courses
from people.status import Status
from supervision import services as supervision
from supervision.models import CheckIn
from tests.courses import factories as course_factories
from tests.e2e import state
from tests.e2e.keyboard import fits_a_phone
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FIRST_SCREEN = {"width": 390, "height": 844}
FINE = {"who5_cheerful": 4, "who5_calm": 4, "who5_active": 4, "who5_rested": 4, "who5_interested": 4,
        "caseload": 2, "recovery": 4, "worries": "", "contact_requested": False}


def _checked_in(volunteer):
    supervision.checkin_submit(volunteer=volunteer, answers=FINE)


def _status(volunteer, status):
    volunteer.volunteer_profile.status = status
    volunteer.volunteer_profile.save(update_fields=["status"])


def new(volunteer, supervisor, trainer):
    """Joined today and checked in: the first lesson."""
    _checked_in(volunteer)
    return "Start"


def part_way(volunteer, supervisor, trainer):
    """One lesson done, checked in, and a classroom day on offer: book it."""
    state.classroom_day(trainer=trainer, on=timezone.localdate() + timedelta(days=9))
    courses.lesson_complete(user=volunteer, lesson=course_factories.lesson("why-boundaries"))
    _checked_in(volunteer)
    return "Book a classroom day"


def check_in_due(volunteer, supervisor, trainer):
    """Part way, but last week's check-in was eight days ago."""
    courses.lesson_complete(user=volunteer, lesson=course_factories.lesson("why-boundaries"))
    _checked_in(volunteer)
    CheckIn.objects.filter(volunteer=volunteer).update(submitted_at=timezone.now() - timedelta(days=8))
    return "Do this week’s check-in"


def ready(volunteer, supervisor, trainer):
    """Everything done and signed off as ready to start: nothing to do but wait."""
    state.ready_but_for_checks(volunteer, supervisor=supervisor, trainer=trainer)
    _status(volunteer, Status.READY)
    _checked_in(volunteer)
    return "See my meetings"


def active(volunteer, supervisor, trainer):
    """Started, with training done: the weekly check-in is what is due."""
    state.ready_but_for_checks(volunteer, supervisor=supervisor, trainer=trainer)
    _status(volunteer, Status.ACTIVE)
    return "Do this week’s check-in"


@pytest.mark.browser_context_args(viewport=FIRST_SCREEN)
@pytest.mark.parametrize("stage", [new, part_way, check_in_due, ready, active], ids=lambda stage: stage.__name__)
def test_the_next_step_and_its_button_are_on_the_first_screen(
    page, live_server, volunteer_user, supervisor, trainer, password, sign_in, a11y, shot, stage
):
    state.induction()
    if stage not in (ready, active):
        assign(volunteer_user, supervisor)
    button_name = stage(volunteer_user, supervisor, trainer)

    sign_in(page, volunteer_user.email, password)
    fits_a_phone(page)
    button = page.locator("#next-step-button")
    assert button.inner_text().startswith(button_name), button.inner_text()
    box = button.bounding_box()
    assert box is not None and box["y"] + box["height"] <= FIRST_SCREEN["height"], (
        f"The next step's button ends {box and box['y'] + box['height']}px down a {FIRST_SCREEN['height']}px screen"
    )
    # Nothing else comes before it but the greeting.
    heading = page.get_by_role("heading", name="Your next step")
    assert heading.bounding_box()["y"] < box["y"]
    if stage in (new, part_way, check_in_due):
        whats_left = page.get_by_role("heading", name="What’s left before I can start")
        assert whats_left.bounding_box()["y"] > box["y"]
        assert page.get_by_role("link", name="See the full list").is_visible()
    shot(page, f"my-path-first-screen-{stage.__name__}")

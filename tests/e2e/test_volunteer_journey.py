"""Journey 1: a new volunteer joins from an invitation and does their first week's tasks."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from courses.models import Booking, LessonCompletion, PolicyAcknowledgement, QuizAttempt
from people.models import User
from people.roles import Role
from people.status import Status
from supervision.models import CheckIn, Flag
from tests.e2e import state
from tests.e2e.conftest import PHONE
from tests.e2e.keyboard import choose, fits_a_phone, press, skip_link_works, tab_to, tick
from tests.factories import UserFactory
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_PASSWORD = "sunrise over the quiet harbour"
WHO5 = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)


@pytest.fixture
def sue(db):
    return UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])


def link_in(mail, pattern):
    return re.search(pattern, mail.body).group(0)


def answer_check_in(page, *, keyboard):
    """Low wellbeing and "please contact me": what makes the supervisor's flag."""
    for statement in WHO5:
        option = page.get_by_role("group", name=statement).get_by_label("Some of the time")
        choose(page, option) if keyboard else option.check()
    # Only someone who has started supporting people is asked how many.
    caseload = page.get_by_label("How many people are you supporting at the moment?")
    if caseload.count():
        (tab_to(page, caseload) if keyboard else caseload).fill("3")
    recovery = page.get_by_role("group", name="How is your own recovery going?").get_by_label("Not so well")
    choose(page, recovery) if keyboard else recovery.check()
    contact = page.get_by_label("I would like my supervisor to contact me")
    tick(page, contact) if keyboard else contact.check()


def test_a_new_volunteer_joins_learns_books_reads_and_checks_in(
    page, live_server, manager, sue, trainer, password, mailoutbox, sign_in, a11y, shot
):
    state.induction()
    state.classroom_day(trainer=trainer, on=timezone.localdate() + timedelta(days=7))

    # The manager invites her.
    sign_in(page, manager.email, password)
    a11y.follow(page, page.get_by_role("link", name="People"))
    a11y.follow(page, page.get_by_role("link", name="Invite someone"))
    page.get_by_label("Full name").fill("Alice Volunteer")
    page.get_by_label("E-mail address").fill("alice@example.org")
    page.get_by_label("Volunteer").check()
    page.get_by_label("Placement").select_option(label="Community")
    shot(page, "invite")
    a11y.follow(page, page.get_by_role("button", name="Send invitation"))
    assert page.get_by_text("Invitation sent to alice@example.org.").is_visible()
    a11y.follow(page, page.get_by_role("link", name="Sign out"))
    a11y.follow(page, page.get_by_role("button", name="Sign Out"))

    # She opens the link and chooses a password: one e-mail, and she is signed in.
    sent = len(mailoutbox)
    page.goto(link_in(mailoutbox[-1], r"http://\S+/people/join/\S+/"))
    a11y(page)
    page.get_by_label("Choose a password").fill(NEW_PASSWORD)
    page.get_by_label("Type the password again").fill(NEW_PASSWORD)
    a11y.follow(page, page.get_by_role("button", name="Set my password"))
    assert page.get_by_role("heading", name="My path").is_visible()
    assert len(mailoutbox) == sent
    a11y.follow(page, page.get_by_role("link", name="Sign out"))
    a11y.follow(page, page.get_by_role("button", name="Sign Out"))
    alice = User.objects.get(email="alice@example.org")
    assert alice.volunteer_profile.status == Status.IN_TRAINING
    # Meanwhile the manager gives her a supervisor.
    assign(alice, sue)

    # She signs in with the keyboard alone and starts the induction.
    page.goto(f"{live_server.url}/accounts/login/")
    a11y(page)
    shot(page, "sign-in")
    sign_in(page, "alice@example.org", NEW_PASSWORD, keyboard=True)
    assert page.get_by_role("heading", name="My path").is_visible()
    press(page, page.get_by_role("link", name="Why boundaries matter"))
    a11y(page)
    assert page.get_by_role("heading", name="Why boundaries matter").is_visible()
    shot(page, "lesson")
    press(page, page.get_by_role("button", name="I have finished this lesson"))
    a11y(page)
    press(page, page.get_by_role("link", name="Next lesson: Check your understanding"))
    a11y(page)

    # The knowledge check, by keyboard: wrong first, then right.
    choose(page, page.get_by_label("Their peer supporter"))
    tick(page, page.get_by_label("Lending money"))
    press(page, page.get_by_role("button", name="Check my answers"))
    a11y(page)
    assert page.get_by_text("Not yet: you scored 0% and need 80%.").is_visible()
    assert page.get_by_text("Not quite.").count() == 2
    shot(page, "knowledge-check-feedback")
    # Her answers are kept: she changes only what was wrong.
    assert page.get_by_label("Their peer supporter").is_checked()
    choose(page, page.get_by_label("The person themselves"))
    lending = page.get_by_label("Lending money")
    tab_to(page, lending)
    page.keyboard.press("Space")
    assert not lending.is_checked()
    tick(page, page.get_by_label("Meeting in agreed places"))
    tick(page, page.get_by_label("Talking to your supervisor"))
    press(page, page.get_by_role("button", name="Check my answers"))
    a11y(page)
    assert page.get_by_role("heading", name="Done").is_visible()
    assert page.get_by_text("You scored 100%. You passed, and this lesson is finished.").is_visible()
    assert page.get_by_role("link", name="Next lesson").is_visible()
    assert QuizAttempt.objects.filter(user=alice).count() == 2
    assert LessonCompletion.objects.filter(user=alice).count() == 2

    # Progress has moved on "My path".
    a11y.follow(page, page.get_by_role("link", name="Home"))
    skip_link_works(page)
    assert page.get_by_role("heading", name="Your next step").is_visible()
    assert page.get_by_text("2 of 3 lessons, 0 of 1 day").is_visible()

    # She books the classroom day.
    a11y.follow(page, page.get_by_role("link", name="Book a classroom day").first)
    shot(page, "classroom-days")
    a11y.follow(page, page.get_by_role("button", name="Book a place"))
    assert page.get_by_text("You are booked.").is_visible()
    assert Booking.objects.filter(user=alice).count() == 1

    # She reads a policy and says she has understood it.
    a11y.follow(page, page.get_by_role("link", name="Confidentiality", exact=True))
    a11y.follow(page, page.get_by_role("button", name="I have read and understood this policy"))
    assert page.get_by_text("You confirmed this on").is_visible()
    assert PolicyAcknowledgement.objects.filter(user=alice).count() == 1

    # Her weekly check-in, by keyboard.
    a11y.follow(page, page.get_by_role("link", name="Home"))
    shot(page, "my-path")
    press(page, page.get_by_role("link", name="Do this week’s check-in"))
    a11y(page)
    answer_check_in(page, keyboard=True)
    press(page, page.get_by_role("button", name="Send my check-in"))
    a11y(page)
    assert page.get_by_text("Thank you. Your check-in is saved.").is_visible()
    shot(page, "my-supervision")
    assert Flag.objects.filter(volunteer=alice, urgent=True).exists()
    assert any(sue.email in mail.to for mail in mailoutbox)


@pytest.mark.browser_context_args(viewport=PHONE)
def test_on_a_phone_a_volunteer_reads_a_lesson_passes_its_check_and_checks_in(
    page, live_server, volunteer_user, supervisor, password, sign_in, a11y, shot
):
    state.induction()
    assign(volunteer_user, supervisor)

    sign_in(page, volunteer_user.email, password)
    fits_a_phone(page)
    a11y.follow(page, page.get_by_role("link", name="Why boundaries matter"))
    fits_a_phone(page)
    a11y.follow(page, page.get_by_role("link", name="Next lesson: Check your understanding"))
    fits_a_phone(page)
    page.get_by_label("The person themselves").check()
    page.get_by_label("Meeting in agreed places").check()
    page.get_by_label("Talking to your supervisor").check()
    shot(page, "lesson-phone")
    a11y.follow(page, page.get_by_role("button", name="Check my answers"))
    assert page.get_by_text("You passed, and this lesson is finished.").is_visible()
    shot(page, "knowledge-check-done-phone")

    # On a phone the menu folds behind a button.
    page.get_by_role("button", name="Menu").click()
    a11y.follow(page, page.get_by_role("link", name="Home"))
    fits_a_phone(page)
    shot(page, "my-path-phone")
    a11y.follow(page, page.get_by_role("link", name="Do this week’s check-in"))
    answer_check_in(page, keyboard=False)
    fits_a_phone(page)
    shot(page, "check-in-phone")
    a11y.follow(page, page.get_by_role("button", name="Send my check-in"))
    fits_a_phone(page)
    assert page.get_by_text("Thank you. Your check-in is saved.").is_visible()
    assert page.locator("svg polyline").count() == 1
    assert CheckIn.objects.filter(volunteer=volunteer_user).count() == 1
    shot(page, "my-supervision-phone")

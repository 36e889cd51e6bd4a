"""Journey 5: a manager records a First Steps referral and assigns it; the peer supporter, on
a phone, logs a text, a missed call and five connected calls; the person shows as having a
relationship; the supervisor reviews the caseload in the 1:1; the report counts it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from outreach.models import Contact, FirstStepper, Review
from people.status import Status
from tests.e2e import state
from tests.e2e.keyboard import fits_a_phone
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE_390 = {"width": 390, "height": 844}


def new_page(browser, a11y, live_server, **kwargs):
    context = browser.new_context(base_url=live_server.url, **kwargs)
    return a11y.watch(context.new_page())


def log_contact(page, a11y, what):
    a11y.follow(page, page.get_by_role("link", name="Log a contact"))
    fits_a_phone(page)
    page.get_by_label(what, exact=True).check()
    a11y.follow(page, page.get_by_role("button", name="Save the contact").first)
    fits_a_phone(page)


def test_a_referral_becomes_a_relationship_is_reviewed_in_the_one_to_one_and_counted(
    browser, page, live_server, manager, supervisor, volunteer_user, password, sign_in, a11y, shot
):
    profile = volunteer_user.volunteer_profile
    profile.status, profile.first_steps_caseload = Status.ACTIVE, True
    profile.save(update_fields=["status", "first_steps_caseload"])
    assign(volunteer_user, supervisor)
    starts = timezone.now().replace(second=0, microsecond=0) - timedelta(minutes=10)
    meeting = state.one_off_one_to_one(supervisor, volunteer_user, starts=starts)

    # The manager records the referral and gives it to Alice.
    sign_in(page, manager.email, password)
    a11y.follow(page, page.get_by_role("link", name="First Steps"))
    a11y.follow(page, page.get_by_role("link", name="Record a referral"))
    page.get_by_label("What they like to be called").fill("Sam")
    page.get_by_label("Phone number").fill("07700 900123")
    page.get_by_label("A text message").check()
    page.get_by_label("Best days and times").fill("Weekday mornings")
    page.get_by_label("Referred by").select_option(label="Hospital alcohol liaison team")
    page.get_by_label("Alcohol", exact=True).check()
    page.get_by_label("Peer supporter").select_option(label=str(volunteer_user))
    a11y.follow(page, page.get_by_role("button", name="Save the referral"))
    assert page.get_by_text("Referral for Sam saved.").is_visible()
    sam = FirstStepper.objects.get()
    assert sam.peer_supporter == volunteer_user

    # Alice, on a phone: a text, a missed call, then five calls where they talked.
    phone = new_page(browser, a11y, live_server, viewport=PHONE_390)
    sign_in(phone, volunteer_user.email, password)
    phone.goto("/first-steps/")
    a11y(phone)
    fits_a_phone(phone)
    a11y.follow(phone, phone.get_by_role("link", name="Sam", exact=True))
    log_contact(phone, a11y, "Text sent")
    assert phone.get_by_text("Contact saved.").is_visible()
    log_contact(phone, a11y, "Call made: no answer")
    assert phone.get_by_text("Text them the next time you will call").is_visible()
    for n in range(5):
        if n == 4:
            a11y.follow(phone, phone.get_by_role("link", name="Log a contact"))
            phone.get_by_label("Call made: we talked").check()
            shot(phone, "first-steps-contact-phone")
            a11y.follow(phone, phone.get_by_role("button", name="Save the contact").first)
        else:
            log_contact(phone, a11y, "Call made: we talked")
    assert Contact.objects.filter(first_stepper=sam).count() == 7
    assert phone.get_by_text("Developed a relationship").is_visible()
    assert phone.get_by_text("5 connected calls").is_visible()

    # Sue reviews Alice's caseload in today's 1:1.
    desk = new_page(browser, a11y, live_server)
    sign_in(desk, supervisor.email, password)
    desk.goto(f"/supervision/meetings/{meeting.pk}/")
    a11y(desk)
    caseload = desk.locator("#caseload ~ div").filter(has_text="Sam")
    assert caseload.get_by_text("Relationship").is_visible()
    caseload.get_by_label("Carry on").check()
    caseload.get_by_label("Note (optional)").fill("Going well; keep the same times.")
    shot(desk, "first-steps-one-to-one-review")
    a11y.follow(desk, caseload.get_by_role("button", name="Save the review of Sam"))
    assert desk.get_by_text("Review of Sam saved.").is_visible()
    assert Review.objects.get().decision == "carry_on"

    # The manager's report counts Sam's relationship (a single person shows as "fewer than 5").
    page.goto(f"{live_server.url}/readiness/reports/first-steps/")
    a11y(page)
    row = page.locator(".govuk-summary-list__row").filter(has_text="Developed a relationship")
    assert row.get_by_text("fewer than 5").is_visible()
    from outreach.selectors import first_steps_figures

    figures = first_steps_figures(start=timezone.localdate() - timedelta(days=1), end=timezone.localdate())
    assert (figures["referrals"], figures["relationships"], figures["engaged"]) == (1, 1, 1)

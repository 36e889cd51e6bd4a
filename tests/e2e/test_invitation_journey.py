import re

import pytest

from people.models import User
from people.status import Status

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_PASSWORD = "sunrise over the quiet harbour"


def test_a_manager_invites_a_volunteer_who_joins_and_sees_their_path(
    page, live_server, manager, password, mailoutbox, sign_in, shot, settings
):
    settings.SITE_URL = live_server.url
    sign_in(manager.email, password)
    page.get_by_role("link", name="People").click()
    page.get_by_role("link", name="Invite someone").click()
    page.get_by_label("Full name").fill("Nia Newcomer")
    page.get_by_label("E-mail address").fill("nia@example.org")
    page.get_by_label("Volunteer").check()
    page.get_by_label("Placement").select_option(label="Hospital")
    shot("invite-filled")
    page.get_by_role("button", name="Send invitation").click()
    assert page.get_by_text("Invitation sent to nia@example.org.").is_visible()
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name="Sign Out").click()

    invitation_link = re.search(r"http://\S+/people/join/\S+/", mailoutbox[-1].body).group(0)
    page.goto(invitation_link)
    page.get_by_label("Choose a password").fill(NEW_PASSWORD)
    page.get_by_label("Type the password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set my password").click()
    assert page.get_by_role("heading", name="Check your e-mail").is_visible()

    confirm_link = re.search(r"(http://\S+/accounts/confirm-email/\S+/)", mailoutbox[-1].body).group(1)
    page.goto(confirm_link)
    page.get_by_role("button", name="Confirm").click()

    sign_in("nia@example.org", NEW_PASSWORD)
    assert page.get_by_role("heading", name="My path").is_visible()
    assert page.get_by_text("In training").is_visible()
    shot("volunteer-first-sign-in")
    nia = User.objects.get(email="nia@example.org")
    assert nia.volunteer_profile.status == Status.IN_TRAINING

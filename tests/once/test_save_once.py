"""A form sent twice, one after the other or at the same moment, is saved once."""

import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.messages import get_messages
from django.db import connection
from django.urls import reverse

from once.models import SubmittedForm
from supervision.models import CheckIn, Flag
from tests.races import post_in_parallel
from tests.supervision.factories import assign

GOOD = {"who5_cheerful": "4", "who5_calm": "4", "who5_active": "4", "who5_rested": "4", "who5_interested": "4",
        "caseload": "3", "recovery": "4", "worries": ""}
LOW = {**GOOD, "who5_cheerful": "0", "contact_requested": "on"}


def _key_on(page):
    return re.search(r'name="once_key" value="([0-9a-f-]{36})"', page.content.decode()).group(1)


@pytest.mark.django_db
def test_it_puts_a_fresh_key_in_the_check_in_form(client_for, volunteer_user):
    client = client_for(volunteer_user)
    first = _key_on(client.get(reverse("supervision:checkin")))
    second = _key_on(client.get(reverse("supervision:checkin")))
    assert first != second


@pytest.mark.django_db
def test_it_saves_a_check_in_posted_twice_once_and_sends_the_second_where_the_first_went(client_for, volunteer_user):
    client = client_for(volunteer_user)
    key = _key_on(client.get(reverse("supervision:checkin")))
    first = client.post(reverse("supervision:checkin"), {**GOOD, "once_key": key})
    second = client.post(reverse("supervision:checkin"), {**GOOD, "once_key": key})
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"] == reverse("supervision:my_wellbeing")
    assert CheckIn.objects.count() == 1
    assert "You sent this twice. It was saved once." in [str(m) for m in get_messages(second.wsgi_request)]


@pytest.mark.django_db
def test_it_gives_the_key_back_when_the_form_had_a_problem(client_for, volunteer_user):
    client = client_for(volunteer_user)
    key = _key_on(client.get(reverse("supervision:checkin")))
    refused = client.post(reverse("supervision:checkin"), {**GOOD, "recovery": "", "once_key": key})
    assert refused.status_code == 200 and CheckIn.objects.count() == 0
    assert not SubmittedForm.objects.filter(key=key).exists()
    # The browser's back button and a resend carry the same key: it must still save.
    again = client.post(reverse("supervision:checkin"), {**GOOD, "once_key": key})
    assert again.status_code == 302 and CheckIn.objects.count() == 1


@pytest.mark.django_db
def test_two_different_keys_are_two_check_ins(client_for, volunteer_user):
    client = client_for(volunteer_user)
    for _n in range(2):
        client.post(reverse("supervision:checkin"), {**GOOD, "once_key": str(uuid.uuid4())})
    assert CheckIn.objects.count() == 2


@pytest.mark.django_db
def test_a_mangled_key_is_ignored_rather_than_refused(client_for, volunteer_user):
    response = client_for(volunteer_user).post(reverse("supervision:checkin"), {**GOOD, "once_key": "\x00nope"})
    assert response.status_code == 302 and CheckIn.objects.count() == 1


def test_every_waymark_form_carries_a_key():
    """A new form template cannot forget it. Signing in is allauth's own flow and needs none."""
    roots = [Path(settings.BASE_DIR) / "site" / "templates", *Path(settings.BASE_DIR).glob("*/templates")]
    missing = []
    for root in roots:
        for template in root.rglob("*.html"):
            text = template.read_text()
            if "account/login.html" in str(template):
                continue
            if text.count("{% csrf_token %}") != text.count("{% once_key %}"):
                missing.append(str(template.relative_to(settings.BASE_DIR)))
    assert missing == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_saves_one_check_in_when_a_double_tap_sends_it_six_times_at_once(supervisor, volunteer_user):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    assign(volunteer_user, supervisor)
    key = str(uuid.uuid4())
    results = post_in_parallel(volunteer_user, reverse("supervision:checkin"), lambda n: {**LOW, "once_key": key}, 6)
    assert sorted(status for status, _location, _body in results) == [302] * 6
    assert {location for _status, location, _body in results} == {reverse("supervision:my_wellbeing")}
    assert CheckIn.objects.count() == 1
    # One check-in raises its flags once, not once per tap.
    assert Flag.objects.filter(rule=Flag.Rule.CONTACT_REQUESTED).count() == 1

"""NUL and other control characters never reach the database: a form field refuses them with
a message, a query value loses them, and an address holding one is "not found"
(people/inputs.py, people/middleware.py). On PostgreSQL a NUL that got through would be a
psycopg DataError, so run this there too."""

import pytest
from django.urls import reverse

from courses.models import ReflectionAnswer
from people.models import Invitation
from tests.courses import factories as courses

pytestmark = pytest.mark.django_db

HIDDEN = "hidden control character"


@pytest.fixture
def lesson(db):
    courses.build()
    return courses.lesson("why-boundaries")


@pytest.mark.parametrize("text", ["Before\x00after", "Bell\x07", "Escape\x1b[31m", "Delete\x7f"])
def test_a_reflection_answer_with_a_control_character_is_refused_with_a_message(client, volunteer_user, lesson,
                                                                                text):
    client.force_login(volunteer_user)
    block = next(iter(lesson.reflection_ids()))
    response = client.post(reverse("courses:reflection_save", args=[lesson.pk, block]), {"text": text}, follow=True)
    assert response.status_code == 200
    assert HIDDEN in response.content.decode()
    assert not ReflectionAnswer.objects.exists()


def test_a_reflection_answer_keeps_its_line_breaks_and_tabs(client, volunteer_user, lesson):
    client.force_login(volunteer_user)
    block = next(iter(lesson.reflection_ids()))
    client.post(reverse("courses:reflection_save", args=[lesson.pk, block]), {"text": "One\r\n\tTwo"})
    assert ReflectionAnswer.objects.get().text == "One\r\n\tTwo"


def test_a_form_field_says_what_is_wrong(client, manager):
    client.force_login(manager)
    response = client.post(reverse("people:invite"), {
        "full_name": "Nina\x00Newcomer", "email": "nina@example.org", "roles": ["Supervisor"],
    })
    assert response.status_code == 200
    assert response.context["form"].errors["full_name"]
    assert not Invitation.objects.exists()


@pytest.mark.parametrize("name", ["people:list", "readiness:board"])
@pytest.mark.parametrize("value", ["Ali\x00ce", "\x00", "Alice\x1b", "Al\tice"])
def test_a_search_with_a_control_character_searches_without_it(client, manager, volunteer_user, name, value):
    client.force_login(manager)
    response = client.get(reverse(name), {"q": value})
    assert response.status_code == 200
    if value.strip("\x00\x1b\t") == "Alice" or "\t" in value:
        assert "Alice Volunteer" in response.content.decode()


@pytest.mark.parametrize("path", [
    "/verify/ABC%00DEF/", "/verify/%00/", "/verify/abc%1b/", "/supervision/calendar/abc%00def.ics",
    "/people/join/abc%00/", "/learn/%00/",
])
def test_an_address_with_a_control_character_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_an_address_with_a_control_character_is_not_found_when_signed_in_too(client, volunteer_user):
    client.force_login(volunteer_user)
    assert client.get("/verify/ABC%00DEF/").status_code == 404
    assert client.get("/supervision/calendar/abc%00def.ics").status_code == 404


@pytest.mark.parametrize("path", ["/supervision/meetings/99999999999999999999999/", "/people/12345678901234567890/"])
def test_an_address_with_a_number_too_big_for_any_id_is_not_found(client, manager, path):
    client.force_login(manager)
    assert client.get(path).status_code == 404

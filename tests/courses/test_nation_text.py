"""Text that differs between England and Wales shows the version for where the organisation works."""

import pytest
from django.core.management import call_command
from django.db import transaction

from courses.models import Lesson

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _real_content(django_db_setup, django_db_blocker):
    """The real courses, loaded once for this module inside a transaction undone when it ends
    (loading them is most of these tests' time); each test still runs in its own savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_courses", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def law_lesson(_real_content):
    return Lesson.objects.get(slug="what-safeguarding-means")


def test_in_england_it_names_the_care_act(client, volunteer_user, law_lesson, settings):
    settings.WAYMARK_NATION = "england"
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "Care Act 2014" in page
    assert "Social Services and Well-being (Wales) Act 2014" not in page


def test_in_wales_it_names_part_7_and_the_wales_procedures(client, volunteer_user, law_lesson, settings):
    settings.WAYMARK_NATION = "wales"
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "Social Services and Well-being (Wales) Act 2014" in page
    assert "Wales Safeguarding Procedures" in page
    assert "ask your supervisor" in page
    assert "Care Act 2014" not in page


def test_in_wales_the_suicide_lesson_gives_welsh_language_help_lines(client, volunteer_user, law_lesson, settings):
    settings.WAYMARK_NATION = "wales"
    client.force_login(volunteer_user)
    page = client.get(Lesson.objects.get(slug="when-someone-talks-about-suicide").url).content.decode()
    assert "0808 164 0123" in page
    assert "0800 132 737" in page


def test_every_lesson_offers_to_read_itself_aloud(client, volunteer_user, law_lesson):
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "data-listen" in page and 'data-listen-target="#lesson-text"' in page and 'id="lesson-text"' in page
    assert "<script>" not in page, "the button is wired up by a static file, never inline script"

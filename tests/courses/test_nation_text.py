"""Text that differs between England and Wales shows the version for where the organisation works."""

import pytest

from courses.models import Lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def law_lesson(real_content):
    """The real courses (tests/real_content.py): loading them is most of these tests' time, so
    they share one load with the other tests that ask for it."""
    return Lesson.objects.get(slug="what-safeguarding-means")


def test_in_england_it_names_the_care_act(law_lesson, client, volunteer_user, settings):
    settings.WAYMARK_NATION = "england"
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "Care Act 2014" in page
    assert "Social Services and Well-being (Wales) Act 2014" not in page


def test_in_wales_it_names_part_7_and_the_wales_procedures(law_lesson, client, volunteer_user, settings):
    settings.WAYMARK_NATION = "wales"
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "Social Services and Well-being (Wales) Act 2014" in page
    assert "Wales Safeguarding Procedures" in page
    assert "ask your supervisor" in page
    assert "Care Act 2014" not in page


def test_in_wales_the_suicide_lesson_gives_welsh_language_help_lines(law_lesson, client, volunteer_user, settings):
    settings.WAYMARK_NATION = "wales"
    client.force_login(volunteer_user)
    page = client.get(Lesson.objects.get(slug="when-someone-talks-about-suicide").url).content.decode()
    assert "0808 164 0123" in page
    assert "0800 132 737" in page


def test_every_lesson_offers_to_read_itself_aloud(law_lesson, client, volunteer_user):
    client.force_login(volunteer_user)
    page = client.get(law_lesson.url).content.decode()
    assert "data-listen" in page and 'data-listen-target="#lesson-text"' in page and 'id="lesson-text"' in page
    assert "<script>" not in page, "the button is wired up by a static file, never inline script"

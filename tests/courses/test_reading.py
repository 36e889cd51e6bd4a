"""Lessons and courses read as people say things: times in words, numbers to tap, and the
induction's days counted the same way on every page."""

import pytest
from django.utils.safestring import mark_safe

from courses.models import Course
from courses.templatetags.learning import tel_links, time_needed
from tests.courses import factories


@pytest.mark.parametrize(("minutes", "words"), [
    (5, "About 5 minutes"), (50, "About 50 minutes"), (60, "About 1 hour"), (75, "About 1 hour"),
    (90, "About an hour and a half"), (120, "About 2 hours"), (150, "About 2 and a half hours"),
])
def test_it_says_times_as_people_say_them(minutes, words):
    assert time_needed(minutes) == words


def test_it_makes_phone_numbers_in_lesson_text_tap_to_call():
    html = tel_links(mark_safe("<p>Call 999, or NHS 111. Samaritans: 116 123. Office: 0161 496 0000.</p>"))
    assert html.startswith("<p>")
    assert '<a class="govuk-link waymark-tel" href="tel:999">999</a>' in html
    assert 'href="tel:111">111</a>' in html
    assert 'href="tel:116123">116 123</a>' in html
    assert 'href="tel:01614960000">0161 496 0000</a>' in html


def test_it_leaves_links_attributes_and_other_numbers_alone():
    source = '<p><a href="https://example.org/999">ring 999</a> on page 2024 in room 12 <img alt="101"></p>'
    assert str(tel_links(mark_safe(source))) == source


def test_it_escapes_plain_text_before_linking():
    assert str(tel_links("<b>999</b>")) == '&lt;b&gt;<a class="govuk-link waymark-tel" href="tel:999">999</a>&lt;/b&gt;'


@pytest.mark.django_db
def test_a_lesson_shows_its_numbers_as_links(client_for, volunteer_user):
    data = factories.course_data(classroom=False)
    data["modules"][0]["lessons"][0]["body"].append(
        ("callout", {"kind": "worried", "title": "Someone in danger", "text": "Call 999 straight away."}))
    factories.build(courses=[data])
    page = client_for(volunteer_user).get(factories.lesson("why-boundaries").url).content.decode()
    assert 'href="tel:999"' in page
    assert page.count(">Someone in danger<") == 1


@pytest.mark.django_db
def test_the_induction_counts_four_classroom_days_on_every_page(real_content, client_for, volunteer_user):
    """The shipped four-day induction, from the real content (tests/real_content.py), made required."""
    Course.objects.filter(slug="four-day-induction").update(category="required")
    client = client_for(volunteer_user)
    course_page = client.get(Course.objects.get(slug="four-day-induction").url).content.decode()
    assert "0 of 4 classroom days" in course_page
    assert "classroom sessions" not in course_page and "1440" not in course_page
    assert "4 classroom days, and online lessons (about" in course_page
    for day in range(1, 5):
        assert course_page.count(f"Classroom day {day} of 4") == 1
    assert "Day 1:" not in course_page
    my_path = client.get("/").content.decode()
    assert "0 of 4 days" in my_path

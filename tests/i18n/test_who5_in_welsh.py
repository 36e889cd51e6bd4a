"""The WHO-5 has no Welsh version from its owners: a Welsh reader gets its statements as
published, in English and marked so, with a note in Welsh saying why."""

import pytest
from django.urls import reverse

from supervision import who5

pytestmark = pytest.mark.django_db


def _checkin_page(client):
    return client.get(reverse("supervision:checkin")).content.decode()


def test_a_welsh_reader_gets_the_published_statements_in_english_marked_as_english(client_for, volunteer_user):
    volunteer_user.language = "cy"
    volunteer_user.save()
    page = _checkin_page(client_for(volunteer_user))
    assert '<html lang="cy"' in page
    measure = page[page.index('<div lang="en-gb">'):]
    measure = measure[: measure.index("</div>\n  <p class=\"govuk-body-s\">")]
    for _field, statement in who5.ITEMS:
        assert statement in measure
    assert "All of the time" in measure
    assert f'<p class="govuk-body" lang="en-gb">{who5.INTRO}</p>' in page
    assert str(who5.WELSH_NOTE) in page.replace("&#x27;", "'")


def test_an_english_reader_gets_no_note(client_for, volunteer_user):
    page = _checkin_page(client_for(volunteer_user))
    assert '<html lang="en-gb"' in page
    assert str(who5.WELSH_NOTE) not in page.replace("&#x27;", "'")


def test_the_measure_s_words_are_never_sent_for_translation():
    # Each would otherwise be a msgid in the Welsh catalogue, and a translation of the measure.
    assert all(isinstance(statement, str) for _field, statement in who5.ITEMS)
    assert all(isinstance(label, str) for _score, label in who5.ANSWERS)
    assert isinstance(who5.INTRO, str)

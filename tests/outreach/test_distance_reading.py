"""Taking a distance-travelled reading: the form a peer supporter fills in on a phone."""

import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from outreach.distance.services import instrument_revise
from outreach.models import DomainScore, InstrumentVersion, Reading, StatementAnswer
from tests.outreach.factories import first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee():
    return peer_supporter()


@pytest.fixture
def sam(dee):
    return first_stepper(dee, name="Sam")


def filled(version=None, **changes):
    """Every domain scored 5 except partner ("not relevant"), accommodation with words; the
    lapse statement answered no and one statement left."""
    version = version or InstrumentVersion.current()
    data = {"occasion": "joining", "taken_on": timezone.localdate().isoformat()}
    for domain in version.domains.all():
        data[f"score_{domain.pk}"] = "none" if domain.key == "partner" else "5"
        data[f"words_{domain.pk}"] = "Staying with my sister" if domain.key == "accommodation" else ""
    for statement in version.statements.all():
        if statement.key != "community":
            data[f"answer_{statement.pk}"] = "no" if statement.key == "lapse" else "yes"
    data.update(changes)
    return data


def field(key, prefix="score"):
    version = InstrumentVersion.current()
    model = version.domains if prefix in ("score", "words") else version.statements
    return f"{prefix}_{model.get(key=key).pk}"


def test_the_default_instrument_is_the_seeds_matrix_and_statements():
    version = InstrumentVersion.current()
    assert version.number == 1 and list(version.scale()) == list(range(1, 11))
    assert [d.label for d in version.domains.all()][:3] == ["Accommodation", "Finances", "Physical health"]
    assert version.domains.count() == 13 and version.statements.count() == 7
    assert [s.key for s in version.statements.filter(yes_is_good=False)] == ["lapse"]


def test_the_form_shows_one_row_per_domain_with_ten_scores_and_not_relevant(client_for, dee, sam):
    page = client_for(dee).get(reverse("outreach:reading_new", args=[sam.pk])).content.decode()
    assert page.count('class="waymark-scale__input"') == 13 * 11
    assert page.count("Not relevant to me") == 13
    assert "Here “no” is the hoped-for answer" in page


def test_a_reading_is_saved_with_not_relevant_own_words_and_unanswered_statements(client_for, dee, sam):
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]), filled())
    assert response.status_code == 302 and response.url.endswith("#journey")
    reading = Reading.objects.get()
    assert (reading.first_stepper, reading.by, reading.occasion) == (sam, dee, "joining")
    scores = {s.domain.key: s for s in DomainScore.objects.select_related("domain")}
    assert scores["partner"].score is None and scores["family"].score == 5
    assert scores["accommodation"].own_words == "Staying with my sister"
    answers = {a.statement.key: a.answer for a in StatementAnswer.objects.select_related("statement")}
    assert answers["lapse"] is False and answers["reduced-using"] is True and answers["community"] is None


def test_every_domain_needs_a_score_or_not_relevant(client_for, dee, sam):
    data = filled()
    del data[field("family")]
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]), data)
    assert response.status_code == 400
    assert "Choose a score for Family, or “not relevant to me”." in response.content.decode()
    assert not Reading.objects.exists()


@pytest.mark.parametrize("score", ["0", "11", "99999999999999999999", "five"])
def test_a_score_off_the_scale_is_refused(client_for, dee, sam, score):
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]),
                                    filled(**{field("family"): score}))
    assert response.status_code == 400 and not Reading.objects.exists()


def test_control_characters_in_their_own_words_are_refused(client_for, dee, sam):
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]),
                                    filled(**{field("accommodation", "words"): "ok\x00then"}))
    assert response.status_code == 400 and "hidden control character" in response.content.decode()
    assert not Reading.objects.exists()


@pytest.mark.parametrize("day", ["2101-01-01", "1999-12-31"])
def test_a_date_outside_2000_to_2100_is_refused(client_for, dee, sam, day):
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]), filled(taken_on=day))
    assert response.status_code == 400 and not Reading.objects.exists()


def test_a_reading_cannot_be_dated_in_the_future(client_for, dee, sam):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]), filled(taken_on=tomorrow))
    assert "cannot be dated in the future" in response.content.decode() and not Reading.objects.exists()


def test_a_double_tap_saves_one_reading(client_for, dee, sam):
    client = client_for(dee)
    data = filled(once_key=str(uuid.uuid4()))
    url = reverse("outreach:reading_new", args=[sam.pk])
    first, second = client.post(url, data), client.post(url, data)
    assert first.status_code == second.status_code == 302
    assert Reading.objects.count() == 1


def test_a_form_opened_before_the_questions_changed_saves_nothing(client_for, dee, manager, sam):
    data = filled()
    version = InstrumentVersion.current()
    instrument_revise(by=manager, domains=[{"key": d.key, "label": d.label} for d in version.domains.all()],
                      statements=[{"key": s.key, "wording": s.wording, "yes_is_good": s.yes_is_good}
                                  for s in version.statements.all()])
    response = client_for(dee).post(reverse("outreach:reading_new", args=[sam.pk]), data)
    assert response.status_code == 400
    assert not Reading.objects.exists()


def test_the_second_reading_defaults_to_a_review_and_moving_on_can_be_asked_for(client_for, dee, sam):
    client = client_for(dee)
    url = reverse("outreach:reading_new", args=[sam.pk])
    assert 'value="joining" checked' in client.get(url).content.decode()
    client.post(url, filled())
    assert 'value="review" checked' in client.get(url).content.decode()
    assert 'value="moving_on" checked' in client.get(url, {"occasion": "moving_on"}).content.decode()

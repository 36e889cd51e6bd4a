"""Managers revise the distance-travelled questions; each revision is a new version."""

import pytest
from django.urls import reverse

from outreach.distance.services import instrument_revise
from outreach.models import InstrumentVersion, Reading
from tests.outreach.factories import first_stepper, peer_supporter, reading

pytestmark = pytest.mark.django_db


def posted(version, *, domains=None, statements=None, note=""):
    """The instrument page's form as it arrives, from lists of (key, label) and (key, wording, yes_is_good)."""
    domains = domains if domains is not None else [(d.key, d.label) for d in version.domains.all()]
    statements = statements if statements is not None else [
        (s.key, s.wording, s.yes_is_good) for s in version.statements.all()]
    data = {"domains-TOTAL_FORMS": len(domains), "domains-INITIAL_FORMS": 0,
            "statements-TOTAL_FORMS": len(statements), "statements-INITIAL_FORMS": 0, "note": note}
    for n, (key, label) in enumerate(domains):
        data.update({f"domains-{n}-key": key, f"domains-{n}-label": label, f"domains-{n}-order": n + 1})
    for n, (key, wording, good) in enumerate(statements):
        data.update({f"statements-{n}-key": key, f"statements-{n}-wording": wording,
                     f"statements-{n}-order": n + 1})
        if good:
            data[f"statements-{n}-yes_is_good"] = "on"
    return data


def test_a_manager_rewords_adds_and_removes_making_version_two(client_for, manager):
    one = InstrumentVersion.current()
    domains = [(d.key, d.label) for d in one.domains.all() if d.key != "partner"]
    domains[0] = ("accommodation", "Somewhere safe to live")
    domains.append(("", "Hobbies"))
    response = client_for(manager).post(reverse("outreach:instrument"), posted(one, domains=domains,
                                                                                note="Partner taken out"))
    assert response.status_code == 302
    two = InstrumentVersion.current()
    assert (two.number, two.note, two.created_by) == (2, "Partner taken out", manager)
    labels = {d.key: d.label for d in two.domains.all()}
    assert labels["accommodation"] == "Somewhere safe to live" and labels["hobbies"] == "Hobbies"
    assert "partner" not in labels and len(labels) == 13
    # Version 1 is untouched.
    assert one.domains.get(key="accommodation").label == "Accommodation" and one.domains.count() == 13


def test_the_order_can_be_changed(client_for, manager):
    one = InstrumentVersion.current()
    data = posted(one)
    data["domains-12-order"] = 0  # partner first
    client_for(manager).post(reverse("outreach:instrument"), data)
    assert InstrumentVersion.current().domains.first().key == "partner"


def test_earlier_readings_keep_the_version_they_were_taken_with(manager):
    person = first_stepper(peer_supporter())
    first = reading(person, {"accommodation": 4})
    one = InstrumentVersion.current()
    instrument_revise(by=manager, domains=[{"key": "accommodation", "label": "Home"}], statements=[])
    assert Reading.objects.get(pk=first.pk).version == one
    assert first.scores.get(domain__key="accommodation").domain.label == "Accommodation"


def test_a_key_that_is_tampered_with_or_repeated_becomes_a_new_measure(manager):
    instrument_revise(by=manager, domains=[{"key": "accommodation", "label": "Home"},
                                           {"key": "accommodation", "label": "Housing"},
                                           {"key": "made-up", "label": "Pets"}], statements=[])
    keys = [d.key for d in InstrumentVersion.current().domains.all()]
    assert keys[0] == "accommodation" and len(set(keys)) == 3 and "made-up" not in keys


def test_the_lapse_statement_stays_one_where_yes_is_not_the_hoped_for_answer(client_for, manager):
    client_for(manager).post(reverse("outreach:instrument"), posted(InstrumentVersion.current()))
    assert list(InstrumentVersion.current().statements.filter(yes_is_good=False).values_list("key", flat=True)) == [
        "lapse"]


def test_no_domains_is_refused(client_for, manager):
    response = client_for(manager).post(reverse("outreach:instrument"), posted(InstrumentVersion.current(),
                                                                                domains=[("", "")]))
    assert response.status_code == 400 and "Keep at least one domain." in response.content.decode()
    assert InstrumentVersion.current().number == 1


def test_control_characters_are_refused(client_for, manager):
    data = posted(InstrumentVersion.current())
    data["domains-0-label"] = "Home\x07"
    assert client_for(manager).post(reverse("outreach:instrument"), data).status_code == 400
    assert InstrumentVersion.current().number == 1


def test_a_tampered_row_count_is_refused_with_a_message_and_saves_nothing(client_for, manager):
    data = posted(InstrumentVersion.current())
    data["domains-TOTAL_FORMS"] = "9" * 30
    response = client_for(manager).post(reverse("outreach:instrument"), data)
    assert response.status_code == 400
    assert "Please submit at most 40 forms." in response.content.decode()
    assert InstrumentVersion.current().number == 1


def test_only_managers_reach_the_page(client_for, volunteer_user, supervisor, trainer):
    for user in (volunteer_user, supervisor, trainer):
        assert client_for(user).get(reverse("outreach:instrument")).status_code == 404
        assert client_for(user).post(reverse("outreach:instrument"),
                                     posted(InstrumentVersion.current())).status_code == 404
    assert InstrumentVersion.objects.count() == 1


def test_the_page_shows_the_questions_in_use_ready_to_edit(client_for, manager):
    html = client_for(manager).get(reverse("outreach:instrument")).content.decode()
    assert 'value="Accommodation"' in html and 'value="accommodation"' in html
    assert html.count("A new domain (optional)") == 2 and "In use: version 1" in html
    lapse = html.split('value="I have had a lapse or relapse in the last three months"')[1].split("</fieldset>")[0]
    assert "checked" not in lapse

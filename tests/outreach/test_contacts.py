from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from outreach import selectors, services
from outreach.models import Contact, ContactKind, FirstStepper, Stage, StageChange
from tests.outreach.factories import calls, contact, first_stepper, peer_supporter

pytestmark = pytest.mark.django_db


@pytest.fixture
def dee():
    return peer_supporter(user__full_name="Dee Active")


@pytest.fixture
def sam(dee):
    return first_stepper(dee, name="Sam")


def test_it_logs_a_contact_in_a_few_taps_with_the_next_step_filled_in(client_for, dee, sam):
    page = client_for(dee).get(reverse("outreach:contact_new", args=[sam.pk])).content.decode()
    assert 'name="next_day"' in page and 'value="' in page
    from outreach.forms import ContactForm

    form = ContactForm()
    day, at = form.fields["next_day"].initial, form.fields["next_time"].initial
    response = client_for(dee).post(reverse("outreach:contact_new", args=[sam.pk]), {
        "kind": "text_sent", "next_day": day.isoformat(), "next_time": at.strftime("%H:%M"),
    })
    assert response.status_code == 302
    sam.refresh_from_db()
    assert Contact.objects.get().kind == "text_sent"
    assert timezone.localtime(sam.next_contact_at).date() == day


def test_every_contact_ends_with_the_next_step(dee, sam):
    with pytest.raises(ValidationError, match="next step"):
        services.contact_log(first_stepper=sam, by=dee, kind=ContactKind.TEXT_SENT, next_at=None)
    with pytest.raises(ValidationError, match="future"):
        services.contact_log(first_stepper=sam, by=dee, kind=ContactKind.TEXT_SENT,
                             next_at=timezone.now() - timedelta(hours=1))
    assert not Contact.objects.exists()


def test_a_missed_call_prompts_a_text_with_the_next_call_time(client_for, dee, sam):
    day = timezone.localdate() + timedelta(days=3)
    response = client_for(dee).post(reverse("outreach:contact_new", args=[sam.pk]), {
        "kind": "call_no_answer", "next_day": day.isoformat(), "next_time": "11:00",
    }, follow=True)
    assert "Text them the next time you will call" in response.content.decode()


def test_a_safeguarding_concern_needs_what_was_done(client_for, dee, sam):
    day = timezone.localdate() + timedelta(days=3)
    response = client_for(dee).post(reverse("outreach:contact_new", args=[sam.pk]), {
        "kind": "call_connected", "safeguarding_concern": "on", "notes": "Worried about her",
        "next_day": day.isoformat(), "next_time": "11:00",
    })
    assert response.status_code == 200
    assert "Say what was done about the safeguarding concern" in response.content.decode()
    assert "Worried about her" in response.content.decode()
    assert not Contact.objects.exists()


def test_five_connected_calls_make_a_relationship_and_other_contacts_do_not(dee, sam):
    contact(sam, ContactKind.TEXT_SENT)
    contact(sam, ContactKind.CALL_NO_ANSWER)
    contact(sam, ContactKind.CALL_VOICEMAIL)
    contact(sam, ContactKind.FACE_TO_FACE)
    calls(sam, 4)
    assert not selectors.first_stepper_facts(sam).has_relationship
    contact(sam, ContactKind.CALL_RECEIVED)
    facts = selectors.first_stepper_facts(FirstStepper.objects.get(pk=sam.pk))
    assert (facts.connected_calls, facts.has_relationship) == (5, True)
    # Computed from the log, never a column someone could set by hand.
    assert "has_relationship" not in {field.name for field in FirstStepper._meta.get_fields()}


def test_the_first_stepper_page_shows_the_relationship(client_for, dee, sam):
    calls(sam, 5)
    page = client_for(dee).get(reverse("outreach:first_stepper", args=[sam.pk])).content.decode()
    assert "Developed a relationship" in page


def test_the_stage_is_chosen_by_the_peer_supporter_and_kept_with_history(client_for, dee, sam):
    client_for(dee).post(reverse("outreach:stage", args=[sam.pk]), {"stage": Stage.STABILISING})
    client_for(dee).post(reverse("outreach:stage", args=[sam.pk]), {"stage": Stage.PRACTICAL})
    sam.refresh_from_db()
    assert sam.stage == Stage.PRACTICAL
    assert list(StageChange.objects.filter(first_stepper=sam).order_by("at", "id").values_list("stage", flat=True)) \
        == [Stage.STABILISING, Stage.PRACTICAL]


def test_stepping_back_stops_prompts_keeps_history_and_they_can_come_back(client_for, dee, sam):
    contact(sam, ContactKind.CALL_CONNECTED)
    response = client_for(dee).post(reverse("outreach:step_back", args=[sam.pk]), {"reason": "no_response"},
                                    follow=True)
    assert "the door is always open" in response.content.decode()
    sam.refresh_from_db()
    assert sam.stepped_back_at and sam.next_contact_at is None
    assert sam not in FirstStepper.objects.on_caseload()
    assert selectors.caseload_for(dee) == []
    client_for(dee).post(reverse("outreach:re_engage", args=[sam.pk]))
    sam.refresh_from_db()
    assert sam.stepped_back_at is None and sam.contacts.count() == 1
    assert FirstStepper.objects.on_caseload().filter(pk=sam.pk).exists()


def test_an_opt_out_means_nobody_is_prompted_again(client_for, dee, sam):
    contact(sam, ContactKind.TEXT_SENT)
    client_for(dee).post(reverse("outreach:opt_out", args=[sam.pk]))
    sam.refresh_from_db()
    assert sam.opted_out_at and sam.next_contact_at is None
    assert not selectors.reminders_due().filter(pk=sam.pk).exists()
    assert "They asked not to be contacted" in client_for(dee).get(
        reverse("outreach:first_stepper", args=[sam.pk])).content.decode()


def test_telling_them_about_their_information_is_recorded_with_the_date(client_for, dee, sam):
    client_for(dee).post(reverse("outreach:told_about_data", args=[sam.pk]))
    sam.refresh_from_db()
    assert sam.told_about_data_on == timezone.localdate()


def test_a_reminder_is_claimed_once_for_each_next_step(dee, sam):
    contact(sam, ContactKind.TEXT_SENT, next_at=timezone.now() + timedelta(hours=3))
    sam.refresh_from_db()
    claim = dict(first_stepper_id=sam.pk, due_at=sam.next_contact_at)
    assert services.next_step_reminder_claim(**claim) is True
    assert services.next_step_reminder_claim(**claim) is False
    # A stale claim for an earlier next step finds nothing.
    assert services.next_step_reminder_claim(first_stepper_id=sam.pk, due_at=sam.next_contact_at
                                             - timedelta(hours=1)) is False

import pytest
from django.urls import reverse

from audit.models import AccessLog
from outreach.models import Contact, FirstStepper
from tests.outreach.factories import contact, first_stepper, peer_supporter
from tests.supervision.factories import assign

pytestmark = pytest.mark.django_db

PER_PERSON = ["first_stepper", "contact_new", "reading_new", "stage", "step_back", "re_engage", "told_about_data",
              "opt_out", "review", "assign", "erase", "export"]


@pytest.fixture
def dee():
    return peer_supporter(user__email="dee@example.org", user__full_name="Dee Active")


@pytest.fixture
def fay():
    return peer_supporter(user__email="fay@example.org", user__full_name="Fay Active")


@pytest.fixture
def sam(dee):
    person = first_stepper(dee, name="Sam")
    contact(person, notes="Private words about Sam.")
    return person


@pytest.mark.parametrize("name", PER_PERSON)
def test_a_volunteer_cannot_reach_another_volunteers_first_steppers_by_changing_the_id(name, client_for, fay, sam):
    client = client_for(fay)
    before = (FirstStepper.objects.values_list("pk", "stage", "stepped_back_at", "opted_out_at",
                                               "told_about_data_on", "peer_supporter").get(), Contact.objects.count())
    path = reverse(f"outreach:{name}", args=[sam.pk])
    assert client.get(path).status_code in (404, 405)
    assert client.post(path, {"kind": "text_sent", "stage": "services", "reason": "said_no",
                              "decision": "step_back", "peer_supporter": fay.pk, "name": "Sam"}).status_code == 404
    after = (FirstStepper.objects.values_list("pk", "stage", "stepped_back_at", "opted_out_at",
                                              "told_about_data_on", "peer_supporter").get(), Contact.objects.count())
    assert after == before


def test_the_refusal_is_written_in_the_access_log(client_for, fay, sam, dee):
    client_for(fay).get(reverse("outreach:first_stepper", args=[sam.pk]))
    row = AccessLog.objects.get()
    assert (row.actor, row.subject, row.kind, row.object_id, row.outcome) == (
        fay, dee, AccessLog.Kind.FIRST_STEPPER, sam.pk, AccessLog.Outcome.REFUSED)


def test_a_peer_supporter_sees_only_their_own_people(client_for, dee, fay, sam):
    first_stepper(fay, name="Lee")
    page = client_for(dee).get(reverse("outreach:caseload")).content.decode()
    assert "Sam" in page and "Lee" not in page


def test_their_own_reads_write_nothing_to_the_access_log(client_for, dee, sam):
    assert "Private words about Sam." in client_for(dee).get(
        reverse("outreach:first_stepper", args=[sam.pk])).content.decode()
    assert not AccessLog.objects.exists()


def test_their_supervisor_sees_their_people_and_the_read_is_logged(client_for, dee, sam, supervisor):
    assign(dee, supervisor)
    response = client_for(supervisor).get(reverse("outreach:first_stepper", args=[sam.pk]))
    assert "Private words about Sam." in response.content.decode()
    row = AccessLog.objects.get()
    assert (row.actor, row.subject, row.kind, row.object_id, row.outcome) == (
        supervisor, dee, AccessLog.Kind.FIRST_STEPPER, sam.pk, AccessLog.Outcome.ALLOWED)
    assert response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]


def test_another_supervisor_is_told_it_does_not_exist(client_for, dee, sam, supervisor, other_supervisor):
    assign(dee, supervisor)
    assert client_for(other_supervisor).get(reverse("outreach:first_stepper", args=[sam.pk])).status_code == 404


def test_a_supervisor_cannot_log_contacts_for_their_supervisees_people(client_for, dee, sam, supervisor):
    assign(dee, supervisor)
    assert client_for(supervisor).get(reverse("outreach:contact_new", args=[sam.pk])).status_code == 404


def test_a_manager_sees_everyone_and_each_read_is_logged(client_for, manager, sam):
    assert client_for(manager).get(reverse("outreach:first_stepper", args=[sam.pk])).status_code == 200
    client_for(manager).get(reverse("outreach:export", args=[sam.pk]))
    assert AccessLog.objects.filter(actor=manager, kind=AccessLog.Kind.FIRST_STEPPER).count() == 2

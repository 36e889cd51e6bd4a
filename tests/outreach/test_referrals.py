from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from outreach import services
from outreach.models import FirstStepper, ReferralSource, StageChange
from tests.outreach.factories import first_stepper, make_active, peer_supporter

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    return ReferralSource.objects.get(name="Hospital alcohol liaison team")


def test_it_offers_the_sources_the_guide_names():
    names = set(ReferralSource.objects.values_list("name", flat=True))
    assert {"Hospital alcohol liaison team", "Community addictions team", "Homeless support centre"} <= names


def test_a_manager_records_a_referral_and_assigns_it(client_for, manager, source):
    dee = peer_supporter(user__full_name="Dee Active")
    response = client_for(manager).post(reverse("outreach:referral_new"), {
        "name": "Sam", "phone": "07700 900123", "contact_by": "text", "contact_times": "Mornings",
        "may_leave_message": "on", "source": source.pk, "substance": "both",
        "referred_on": timezone.localdate().isoformat(), "safety_notes": "Lives with a partner; text first.",
        "peer_supporter": dee.pk,
    })
    assert response.status_code == 302
    person = FirstStepper.objects.get()
    assert (person.peer_supporter, person.substance, person.may_leave_message) == (dee, "both", True)
    assert StageChange.objects.filter(first_stepper=person).count() == 1


def test_a_referral_with_a_bad_phone_number_is_sent_back_with_a_message_and_keeps_what_was_typed(
        client_for, manager, source):
    response = client_for(manager).post(reverse("outreach:referral_new"), {
        "name": "Sam", "phone": "call me", "contact_by": "text", "source": source.pk, "substance": "alcohol",
        "referred_on": timezone.localdate().isoformat(), "safety_notes": "Keep this",
    })
    assert response.status_code == 200
    assert "Give a phone number using digits" in response.content.decode()
    assert "Keep this" in response.content.decode()
    assert not FirstStepper.objects.exists()


def test_a_peer_supporters_own_referral_goes_onto_their_caseload(client_for, source):
    dee = peer_supporter()
    response = client_for(dee).post(reverse("outreach:referral_new"), {
        "name": "Jo", "phone": "07700 900456", "contact_by": "call", "source": source.pk, "substance": "drugs",
        "referred_on": timezone.localdate().isoformat(),
    })
    person = FirstStepper.objects.get()
    assert response.url == reverse("outreach:first_stepper", args=[person.pk])
    assert person.peer_supporter == dee


def test_a_volunteer_not_yet_signed_off_cannot_hold_a_caseload(client_for, volunteer_user, manager, source):
    assert client_for(volunteer_user).get(reverse("outreach:referral_new")).status_code == 404
    person = first_stepper(None)
    with pytest.raises(ValidationError, match="cannot hold a caseload"):
        services.first_stepper_assign(first_stepper=person, peer_supporter=volunteer_user, by=manager)
    make_active(volunteer_user)
    services.first_stepper_assign(first_stepper=person, peer_supporter=volunteer_user, by=manager)
    person.refresh_from_db()
    assert person.peer_supporter == volunteer_user


def test_an_active_volunteer_not_marked_for_first_steps_cannot_hold_a_caseload(manager):
    from people.status import Status
    from tests.factories import volunteer

    unmarked = volunteer(status=Status.ACTIVE)
    with pytest.raises(ValidationError, match="marked to hold a First Steps caseload"):
        services.first_stepper_assign(first_stepper=first_stepper(None), peer_supporter=unmarked, by=manager)


def test_the_assign_page_offers_only_active_volunteers(client_for, manager, volunteer_user):
    dee = peer_supporter(user__full_name="Dee Active")
    person = first_stepper(None)
    page = client_for(manager).get(reverse("outreach:assign", args=[person.pk])).content.decode()
    assert "Dee Active" in page and "Alice Volunteer" not in page
    response = client_for(manager).post(reverse("outreach:assign", args=[person.pk]),
                                        {"peer_supporter": volunteer_user.pk})
    assert response.status_code == 200
    person.refresh_from_db()
    assert person.peer_supporter is None
    client_for(manager).post(reverse("outreach:assign", args=[person.pk]), {"peer_supporter": dee.pk})
    person.refresh_from_db()
    assert person.peer_supporter == dee


def test_people_held_by_someone_who_paused_are_listed_for_the_manager_to_move_on(client_for, manager):
    dee = peer_supporter()
    first_stepper(dee, name="Still with Dee")
    eli = peer_supporter()
    first_stepper(eli, name="With Eli")
    eli.volunteer_profile.status = "paused"
    eli.volunteer_profile.save()
    page = client_for(manager).get(reverse("outreach:manage") + "?show=move_on").content.decode()
    assert "With Eli" in page and "Still with Dee" not in page
    assert "held by a peer supporter who has paused or left" in client_for(manager).get(
        reverse("outreach:manage")).content.decode()


def test_a_manager_adds_a_referral_source_and_a_duplicate_is_refused(client_for, manager):
    client_for(manager).post(reverse("outreach:sources"), {"name": "Probation"})
    assert ReferralSource.objects.filter(name="Probation").exists()
    response = client_for(manager).post(reverse("outreach:sources"), {"name": "probation"})
    assert "already on the list" in response.content.decode()


def test_a_future_referral_date_is_refused(manager, source):
    with pytest.raises(ValidationError):
        services.referral_record(by=manager, name="Sam", phone="07700900123", source=source, substance="alcohol",
                                 referred_on=timezone.localdate() + timedelta(days=1))

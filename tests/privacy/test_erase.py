"""person_erase: the person is gone everywhere; facts kept for reports stay, anonymised."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError

from audit.models import AccessLog
from courses.models import (
    Booking,
    BookingState,
    Certificate,
    CourseStatus,
    LessonCompletion,
    PolicyAcknowledgement,
    QuizAttempt,
    ReflectionAnswer,
    RegisterEntry,
)
from people.models import Invitation, StatusChange, SupervisorAssignment
from people.status import Status
from privacy import inventory
from privacy.models import ErasureRecord
from privacy.services import person_erase
from readiness.models import PreStartCheck, SignOff
from supervision.models import (
    Action,
    Attendee,
    CalendarFeed,
    CheckIn,
    Flag,
    Kind,
    MeetingSeries,
    MoveRequest,
    OneToOneRecord,
    Reminder,
)
from supervision.services import series_extend_all
from tests.courses import factories as courses
from tests.privacy.conftest import snapshot, tables_mentioning


def test_afterwards_no_table_holds_their_name_or_e_mail(world):
    alice = world.alice
    assert tables_mentioning(alice.full_name, alice.email), "the search must find her before erasure"
    person_erase(person=alice, by=world.manager)
    assert tables_mentioning(alice.full_name, alice.email) == []
    assert tables_mentioning(world.bob.full_name, world.bob.email), "Bob is still there"


def test_the_account_becomes_an_inactive_placeholder(world):
    alice = world.alice
    person_erase(person=alice, by=world.manager)
    alice.refresh_from_db()
    assert (alice.full_name, alice.preferred_name, alice.email) == (
        f"Erased person #{alice.pk}", "", f"erased-{alice.pk}@invalid")
    assert not alice.is_active and not alice.has_usable_password()
    assert not alice.groups.exists()
    assert alice.volunteer_profile.status == Status.LEFT


def test_sign_ins_addresses_and_secrets_are_deleted(world):
    alice = world.alice
    session_keys = list(UserSession.objects.filter(user=alice).values_list("session_key", flat=True))
    person_erase(person=alice, by=world.manager)
    assert not Session.objects.filter(session_key__in=session_keys).exists()
    assert not [s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(alice.pk)]
    for model, field in ((UserSession, "user"), (EmailAddress, "user"), (Authenticator, "user"),
                         (CalendarFeed, "person"), (Reminder, "person")):
        assert not model.objects.filter(**{field: alice}).exists(), model
    assert not Invitation.objects.filter(user=alice).exists()
    assert Session.objects.exists() and EmailAddress.objects.filter(user=world.bob).exists()


def test_their_own_words_are_deleted(world):
    alice = world.alice
    person_erase(person=alice, by=world.manager)
    for model, field in ((QuizAttempt, "user"), (ReflectionAnswer, "user"), (Certificate, "user"),
                         (PolicyAcknowledgement, "user"), (Flag, "volunteer"), (Action, "volunteer"),
                         (MoveRequest, "requested_by"), (PreStartCheck, "volunteer"), (Booking, "user")):
        assert not model.objects.filter(**{field: alice}).exists(), model
    assert set(CheckIn.objects.filter(volunteer=alice).values_list("worries", flat=True)) == {""}
    assert set(StatusChange.objects.filter(profile__user=alice).values_list("reason", flat=True)) == {""}
    assert list(SignOff.objects.filter(volunteer=alice).values_list("reason", "rule_states")) == [("", [])]
    notes = OneToOneRecord.objects.filter(volunteer=alice).values_list("notes", "shared_notes", "safeguarding_action")
    assert list(notes) == [("", "", "")]
    assert world.group_meeting.__class__.objects.get(pk=world.group_meeting.pk).topics == (
        f"Erased person #{alice.pk} and Bob Volunteer shared what helps.")


def test_facts_for_reports_stay_as_many_as_before(world):
    alice, now = world.alice, world.now
    kept = {
        "lessons": LessonCompletion.objects.filter(user=alice),
        "courses": CourseStatus.objects.filter(user=alice, completed_on__isnull=False),
        "register": RegisterEntry.objects.filter(user=alice, attendance="present"),
        "past places": Attendee.objects.filter(person=alice, starts_at__lt=now),
        "attended": Attendee.objects.filter(person=alice, attendance="attended"),
        "1:1 records": OneToOneRecord.objects.filter(volunteer=alice, safeguarding_concern=True),
        "check-in scores": CheckIn.objects.filter(volunteer=alice, who5_cheerful=1),
        "sign-offs": SignOff.objects.filter(volunteer=alice),
        "status history": StatusChange.objects.filter(profile__user=alice),
    }
    before = {name: rows.count() for name, rows in kept.items()}
    looked = AccessLog.objects.filter(subject=alice).count()
    assert all(before.values())
    person_erase(person=alice, by=world.manager)
    assert {name: rows.count() for name, rows in kept.items()} == before
    assert not AccessLog.objects.filter(subject=alice).exists()
    assert AccessLog.objects.filter(subject=None, subject_label="").count() == looked
    assert not AccessLog.objects.filter(actor_label=alice.email).exists()


def test_bob_is_untouched(world):
    bob = world.bob
    before = {kind.name: kind.select(bob).count() for kind in inventory.exported_kinds()}
    worries = CheckIn.objects.get(volunteer=bob).worries
    person_erase(person=world.alice, by=world.manager)
    assert {kind.name: kind.select(bob).count() for kind in inventory.exported_kinds()} == before
    assert CheckIn.objects.get(volunteer=bob).worries == worries == "Bob Volunteer worries about money."


def test_running_it_again_changes_nothing(world):
    person_erase(person=world.alice, by=world.manager)
    before = snapshot()
    counts = person_erase(person=world.alice, by=world.manager)
    assert set(counts.values()) == {0}
    assert snapshot() == before
    assert ErasureRecord.objects.count() == 1


def test_the_erasure_is_recorded_with_numbers_only(world):
    alice = world.alice
    counts = person_erase(person=alice, by=world.manager)
    record = ErasureRecord.objects.get()
    assert (record.person_pk, record.by, record.reason) == (alice.pk, world.manager, "request")
    assert record.counts == {name: n for name, n in counts.items() if n}
    assert all(isinstance(n, int) for n in record.counts.values())


def test_their_meetings_stop_and_the_group_goes_on_without_them(world):
    alice, now = world.alice, world.now
    one_to_one = MeetingSeries.objects.get(kind=Kind.ONE_TO_ONE, members=alice)
    person_erase(person=alice, by=world.manager, now=now)
    assert not one_to_one.occurrences.filter(starts_at__gt=now, cancelled_at=None).exists()
    assert not Attendee.objects.filter(person=alice, starts_at__gt=now).exists()
    assert not world.group.members.filter(pk=alice.pk).exists()
    # Storing ahead later brings back neither her 1:1s nor her places.
    series_extend_all(now=now + timedelta(weeks=13))
    assert not one_to_one.occurrences.filter(starts_at__gt=now, cancelled_at=None).exists()
    assert not Attendee.objects.filter(person=alice, starts_at__gt=now).exists()
    assert world.group.occurrences.filter(starts_at__gt=now + timedelta(weeks=12)).exists()


def test_erasing_a_supervisor_ends_their_supervision_and_meetings(world):
    sue, now = world.supervisor, world.now
    person_erase(person=sue, by=world.manager, now=now)
    assert not SupervisorAssignment.objects.current().filter(supervisor=sue).exists()
    assert not Attendee.objects.filter(occurrence__series__organiser=sue, starts_at__gt=now, active=True).exists()
    assert tables_mentioning(sue.full_name, sue.email) == []
    # Bob's record, written by her, is still his.
    assert OneToOneRecord.objects.get(volunteer=world.bob).notes == "Bob Volunteer talked about home."


def test_a_place_they_give_up_goes_to_the_first_person_waiting(world):
    session = courses.session(trainer=world.trainer, capacity=1)
    Booking.objects.create(session=session, user=world.alice)
    waiting = Booking.objects.create(session=session, user=world.bob, state=BookingState.WAITING, waiting_position=1)
    person_erase(person=world.alice, by=world.manager)
    waiting.refresh_from_db()
    assert waiting.state == BookingState.BOOKED


def test_a_superuser_cannot_be_erased(world):
    with pytest.raises(ValidationError):
        person_erase(person=world.superuser, by=world.manager)
    assert world.superuser.__class__.objects.get(pk=world.superuser.pk).email == "root@example.org"


def test_a_manager_cannot_erase_themselves(world):
    with pytest.raises(ValidationError):
        person_erase(person=world.manager, by=world.manager)
    assert not ErasureRecord.objects.exists()


def test_e_mails_on_their_way_to_them_are_deleted_and_others_kept(world):
    from django.core.mail import EmailMessage

    from outbox.emails import emails_queue
    from outbox.models import Email

    alice, bob = world.alice, world.bob
    emails_queue([
        ("test:alice", EmailMessage("For Alice", f"Hello {alice.full_name}", to=[alice.email.upper()])),
        ("test:bob", EmailMessage("For Bob", "Hello", to=[bob.email])),
        ("test:lookalike", EmailMessage("For someone else", "Hello", to=["x" + alice.email])),
    ])
    person_erase(person=alice, by=world.manager)
    assert set(Email.objects.filter(key__startswith="test:").values_list("key", flat=True)) == {
        "test:bob", "test:lookalike"}

"""A small organisation where Alice and Bob have records of every kind, so export and erasure
can be checked against all of them."""

from datetime import timedelta
from importlib import import_module
from types import SimpleNamespace

import pytest
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.test import RequestFactory
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import PageSubscription
from wagtail.users.models import UserProfile

from audit.models import AccessLog
from audit.services import access_record
from courses import services as courses_services
from people.models import Invitation, User
from people.roles import Role
from people.services import volunteer_status_change
from people.status import Status
from readiness.models import CheckType, PreStartCheck, SignOff
from supervision.models import Attendance, Kind, MeetingSeries, MoveRequest, Occurrence
from supervision.services import (
    action_add,
    attendance_record,
    calendar_feed_for,
    checkin_follow_up,
    checkin_submit,
    one_to_one_record_save,
    topics_record,
)
from tests.courses import factories as courses
from tests.factories import UserFactory, give_two_step, volunteer
from tests.supervision.factories import assign, free_all_week, series


def sign_in_session(person, *, tracked=True):
    """A live session for `person`, and allauth's record of it when `tracked`."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(person.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = person.get_session_auth_hash()
    store.create()
    if tracked:
        UserSession.objects.create(user=person, session_key=store.session_key, ip="192.0.2.10", user_agent="Firefox")
    return store.session_key


def looked_at(subject, *, by, kind=AccessLog.Kind.CHECKIN, outcome=AccessLog.Outcome.ALLOWED):
    request = RequestFactory().get(f"/supervision/volunteers/{subject.pk}/")
    request.user = by
    return access_record(request=request, kind=kind, subject=subject, outcome=outcome)


def every_text_in_the_database():
    """Every value of every row of every table, as lower-case text, with where it was."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                found.extend((table, str(value).lower()) for value in row if value is not None)
    return found


def tables_mentioning(*texts):
    texts = [text.lower() for text in texts if text]
    return sorted({table for table, value in every_text_in_the_database() if any(text in value for text in texts)})


def snapshot():
    """The whole database as plain values, to compare before and after."""
    rows = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')
            rows[table] = sorted(repr(row) for row in cursor.fetchall())
    return rows


def _volunteer_records(person, *, supervisor, manager, trainer, hour, now):
    """Training, a past 1:1 with a record and an action, a check-in with a flag, and the rest."""
    name = person.full_name
    courses.finish_online_work(person)
    lesson = courses.lesson("why-boundaries")
    block_id = next(child.id for child in lesson.body if child.block_type == "reflection")
    courses_services.reflection_save(user=person, lesson=lesson, block_id=block_id, text=f"{name} reflects here.")
    courses_services.policy_acknowledge(user=person, policy=courses.policy())
    courses.attend(person, trainer=trainer)
    courses_services.certificate_issue(user=person, course=courses.course(), completed_on=now.date(), expires_on=None)

    assign(person, supervisor)
    one_to_one = series(supervisor, members=[person], kind=Kind.ONE_TO_ONE, title=f"1:1: {name} with {supervisor}",
                        dtstart=(now - timedelta(days=20)).replace(hour=hour, minute=0, second=0, microsecond=0),
                        minutes=30, now=now - timedelta(days=21))
    held = one_to_one.occurrences.filter(starts_at__lt=now).order_by("starts_at").first()
    attendance_record(occurrence=held, marks={person.pk: Attendance.ATTENDED}, by=supervisor, now=now)
    record = one_to_one_record_save(
        occurrence=held, volunteer=person, by=supervisor, notes=f"{name} talked about home.",
        shared_notes=f"Well done, {name}.", safeguarding_concern=True, safeguarding_action=f"Called {name}'s GP.",
        now=now,
    )
    action_add(record=record, description=f"{name} to book a rest day", owner=person, due_on=now.date(), by=supervisor)
    coming = one_to_one.occurrences.filter(starts_at__gt=now + timedelta(days=2)).order_by("starts_at").first()
    MoveRequest.objects.create(occurrence=coming, requested_by=person, reason=f"{name} has a hospital appointment.",
                               wanted_start=coming.starts_at + timedelta(hours=2))

    answers = {"who5_cheerful": 1, "who5_calm": 1, "who5_active": 2, "who5_rested": 1, "who5_interested": 2,
               "caseload": 3, "recovery": 2, "worries": f"{name} worries about money.", "contact_requested": True}
    checkin = checkin_submit(volunteer=person, answers=answers, now=now - timedelta(days=1))
    checkin_follow_up(checkin=checkin, by=supervisor, resolution=f"Rang {name}.", now=now)
    calendar_feed_for(person)

    check_type, _created = CheckType.objects.get_or_create(name="DBS check")
    PreStartCheck.objects.create(volunteer=person, check_type=check_type, done_on=now.date(),
                                 note=f"{name}: certificate 001", recorded_by=manager)
    SignOff.objects.create(volunteer=person, signed_by=manager, reason=f"{name} is ready.",
                           rule_states=[{"key": "dbs", "label": "DBS check", "state": "met", "detail": name}])
    volunteer_status_change(profile=person.volunteer_profile, to_status=Status.PAUSED, by=manager,
                            reason=f"{name} asked for a break.")
    Invitation.objects.create(email=person.email, full_name=name, token_hash=f"{person.pk:064d}", invited_by=manager,
                              expires_at=now + timedelta(days=1), accepted_at=now, user=person)
    give_two_step(person)
    sign_in_session(person)
    sign_in_session(person, tracked=False)
    looked_at(person, by=supervisor)
    looked_at(person, by=manager, kind=AccessLog.Kind.RECORD)
    UserProfile.get_for_user(person)
    PageSubscription.objects.create(user=person, page=courses.course(), comment_notifications=True)
    log(instance=person, action="wagtail.edit", user=manager)
    LogEntry.objects.create(user=manager, content_type=ContentType.objects.get_for_model(checkin),
                            object_id=str(checkin.pk), object_repr=str(checkin), action_flag=CHANGE)
    LogEntry.objects.create(user=manager, content_type=ContentType.objects.get_for_model(User),
                            object_id=str(person.pk), object_repr=person.email, action_flag=CHANGE)


@pytest.fixture(scope="module")
def _world(django_db_setup, django_db_blocker):
    """Built once per test module inside a transaction that is rolled back at its end; each
    test runs inside it and its own changes are rolled back too (like setUpTestData)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield _build_world()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def _build_world():
    now = timezone.now()
    alice = volunteer(user__email="alice@example.org", user__full_name="Alice Volunteer")
    bob = volunteer(user__email="bob@example.org", user__full_name="Bob Volunteer")
    sue = UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])
    manager = UserFactory(email="mo@example.org", full_name="Mo Manager", roles=[Role.MANAGER])
    trainer = UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER])
    superuser = UserFactory(email="root@example.org", full_name="Root User", is_superuser=True, is_staff=True)
    courses.build(policies=[courses.policy_data()])
    free_all_week(sue)
    for person, hour in ((alice, 10), (bob, 11)):
        _volunteer_records(person, supervisor=sue, manager=manager, trainer=trainer, hour=hour, now=now)
    group = series(sue, members=[alice, bob], kind=Kind.PEER_GROUP, title="Peer group",
                   dtstart=(now - timedelta(days=20)).replace(hour=14, minute=0, second=0, microsecond=0),
                   now=now - timedelta(days=21))
    met = group.occurrences.filter(starts_at__lt=now).order_by("starts_at").first()
    attendance_record(occurrence=met, by=sue, now=now,
                      marks={alice.pk: Attendance.ATTENDED, bob.pk: Attendance.APOLOGIES})
    topics_record(occurrence=met, by=sue, now=now, topics=f"{alice.full_name} and {bob.full_name} shared what helps.")
    # Each tried to open the other's check-in and was refused.
    looked_at(bob, by=alice, outcome=AccessLog.Outcome.REFUSED)
    looked_at(alice, by=bob, outcome=AccessLog.Outcome.REFUSED)
    return {"alice": alice.pk, "bob": bob.pk, "supervisor": sue.pk, "manager": manager.pk, "trainer": trainer.pk,
            "superuser": superuser.pk, "group": group.pk, "group_meeting": met.pk, "now": now}


@pytest.fixture
def world(_world, db):
    """Alice and Bob with records of every kind, sharing a supervisor and a peer group whose
    topics name them both; each was refused a look at the other's check-in. Personas are fresh
    objects for each test; do not mix in the shared persona fixtures (same e-mails)."""
    people = {name: User.objects.get(pk=_world[name])
              for name in ("alice", "bob", "supervisor", "manager", "trainer", "superuser")}
    return SimpleNamespace(**people, now=_world["now"], group=MeetingSeries.objects.get(pk=_world["group"]),
                           group_meeting=Occurrence.objects.get(pk=_world["group_meeting"]))

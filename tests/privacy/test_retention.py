"""The daily retention sweep: rows past each cut-off go, rows inside it stay, twice is harmless."""

from datetime import timedelta

import pytest
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.checks import run_checks
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from audit.models import AccessLog
from config.celery import app
from courses.models import QuizAttempt, ReflectionAnswer
from people.models import Invitation, User
from people.status import Status
from privacy import tasks
from privacy.models import ErasureRecord
from privacy.services import retention_sweep
from supervision.models import Action, CheckIn, Kind, OneToOneRecord
from supervision.services import action_add, one_to_one_record_save
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.privacy.conftest import sign_in_session
from tests.supervision.factories import series

pytestmark = pytest.mark.django_db

NOW = timezone.now()
DAYS = settings.WAYMARK_RETENTION_DAYS


def days_ago(days, **extra):
    return NOW - timedelta(days=days, **extra)


def sweep():
    return retention_sweep(now=NOW)


def checkin(person, submitted_at):
    return CheckIn.objects.create(volunteer=person, submitted_at=submitted_at, who5_cheerful=3, who5_calm=3,
                                  who5_active=3, who5_rested=3, who5_interested=3, caseload=1, recovery=3)


def test_defaults_are_the_documented_ones():
    assert DAYS == {"checkins": 730, "record_notes": 2190, "quiz_attempts": 365, "reflections": 365,
                    "access_log": 730, "invitations": 90, "sessions": 30, "left": 2190, "first_steppers": 730}


def test_check_ins_and_their_flags_go_after_two_years(volunteer_user):
    old = checkin(volunteer_user, days_ago(730, minutes=1))
    old.flags.create(volunteer=volunteer_user, rule="low_wellbeing", detail="Low")
    kept = checkin(volunteer_user, days_ago(729))
    assert sweep()["checkins"] == 1
    assert list(CheckIn.objects.all()) == [kept]
    assert not old.flags.exists()
    assert sweep()["checkins"] == 0


def test_1_1_notes_are_emptied_after_six_years_and_the_1_1_stays(volunteer_user, supervisor):
    def record_at(days):
        meeting = series(supervisor, members=[volunteer_user], kind=Kind.ONE_TO_ONE, dtstart=days_ago(days),
                         rrule="FREQ=WEEKLY;COUNT=1", minutes=30, now=days_ago(days + 1)).occurrences.get()
        return one_to_one_record_save(occurrence=meeting, volunteer=volunteer_user, by=supervisor, notes="Private",
                                      shared_notes="Shared", safeguarding_concern=True, safeguarding_action="Told",
                                      now=NOW)

    old, recent = record_at(2190 + 1), record_at(2190 - 1)
    due_on = old.occurrence.starts_at.date()
    done_long_ago = action_add(record=old, description="Rest", owner=volunteer_user, due_on=due_on, by=supervisor)
    Action.objects.filter(pk=done_long_ago.pk).update(done_at=days_ago(2191))
    open_action = action_add(record=old, description="Call", owner=volunteer_user, due_on=due_on, by=supervisor)
    assert sweep()["record_notes"] == 2
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.notes, old.shared_notes, old.safeguarding_action, old.safeguarding_concern) == ("", "", "", True)
    assert (recent.notes, recent.shared_notes, recent.safeguarding_action) == ("Private", "Shared", "Told")
    assert list(Action.objects.all()) == [open_action]
    assert OneToOneRecord.objects.count() == 2
    assert sweep()["record_notes"] == 0


def test_quiz_attempts_and_reflections_go_after_a_year(volunteer_user):
    courses.build()
    lesson = courses.lesson("check")
    for days in (366, 364):
        QuizAttempt.objects.create(user=volunteer_user, lesson=lesson, score=100, pass_mark=80, passed=True,
                                   submitted_at=days_ago(days))
        ReflectionAnswer.objects.create(user=volunteer_user, lesson=lesson, block_id=f"b{days}", prompt="Why?",
                                        text="Because", updated_at=days_ago(days))
    first = sweep()
    assert (first["quiz_attempts"], first["reflections"]) == (1, 1)
    assert QuizAttempt.objects.get().submitted_at == days_ago(364)
    assert ReflectionAnswer.objects.get().updated_at == days_ago(364)
    second = sweep()
    assert (second["quiz_attempts"], second["reflections"]) == (0, 0)


def log_row(at, subject):
    return AccessLog.objects.create(at=at, subject=subject, subject_label=subject.email, kind="page",
                                    outcome="allowed", method="GET", path="/people/")


def test_access_log_rows_go_after_two_years(volunteer_user):
    log_row(days_ago(731), volunteer_user)
    kept = log_row(days_ago(729), volunteer_user)
    assert sweep()["access_log"] == 1
    assert list(AccessLog.objects.all()) == [kept]
    assert sweep()["access_log"] == 0


@pytest.mark.postgres
def test_on_postgresql_the_log_is_append_only_again_after_the_sweep(volunteer_user):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    log_row(days_ago(731), volunteer_user)
    kept = log_row(days_ago(729), volunteer_user)
    assert sweep()["access_log"] == 1
    with pytest.raises(DatabaseError, match="cannot be deleted"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_accesslog WHERE id = %s", [kept.pk])
    assert AccessLog.objects.count() == 1


def invitation(email, **when):
    return Invitation.objects.create(email=email, full_name="Someone", token_hash=email.ljust(64, "x")[:64],
                                     expires_at=when.pop("expires_at", NOW + timedelta(days=7)),
                                     created_at=days_ago(200), **when)


def test_invitations_go_90_days_after_they_were_used_withdrawn_or_ran_out():
    gone = [invitation("a@example.org", accepted_at=days_ago(91)), invitation("b@example.org", revoked_at=days_ago(91)),
            invitation("c@example.org", expires_at=days_ago(91))]
    kept = [invitation("d@example.org", accepted_at=days_ago(89)), invitation("e@example.org", revoked_at=days_ago(89)),
            invitation("f@example.org", expires_at=days_ago(89)), invitation("g@example.org")]
    assert sweep()["invitations"] == len(gone)
    assert set(Invitation.objects.all()) == set(kept)
    assert sweep()["invitations"] == 0


def test_ended_sessions_and_old_sign_in_records_go(volunteer_user):
    live = sign_in_session(volunteer_user, tracked=False)
    expired = sign_in_session(volunteer_user, tracked=False)
    Session.objects.filter(session_key=expired).update(expire_date=days_ago(1))

    def sign_in(key, days):
        return UserSession.objects.create(user=volunteer_user, session_key=key, ip="192.0.2.1", user_agent="Firefox",
                                          created_at=days_ago(days), last_seen_at=days_ago(days))

    ended_long_ago, ended_recently, still_live = sign_in("gone1", 31), sign_in("gone2", 29), sign_in(live, 31)
    assert sweep()["sessions"] == 2
    assert list(Session.objects.values_list("session_key", flat=True)) == [live]
    assert set(UserSession.objects.all()) == {ended_recently, still_live}
    assert not UserSession.objects.filter(pk=ended_long_ago.pk).exists()
    assert sweep()["sessions"] == 0


def test_people_who_left_six_years_ago_are_erased(db):
    def leaver(email, status, days):
        person = volunteer(user__email=email, user__full_name=email.split("@")[0].title(), status=status)
        person.volunteer_profile.__class__.objects.filter(user=person).update(status_changed_at=days_ago(days))
        return person

    gone = leaver("gone@example.org", Status.LEFT, 2191)
    recent = leaver("recent@example.org", Status.LEFT, 2189)
    active = leaver("active@example.org", Status.ACTIVE, 3000)
    assert sweep()["left"] == 1
    assert User.objects.get(pk=gone.pk).email == f"erased-{gone.pk}@invalid"
    assert User.objects.get(pk=recent.pk).email == "recent@example.org"
    assert User.objects.get(pk=active.pk).email == "active@example.org"
    record = ErasureRecord.objects.get()
    assert (record.person_pk, record.by, record.reason) == (gone.pk, None, "retention")
    assert sweep()["left"] == 0


def test_a_second_sweep_reports_zeros_everywhere(volunteer_user):
    checkin(volunteer_user, days_ago(800))
    log_row(days_ago(800), volunteer_user)
    assert sum(sweep().values()) == 2
    assert set(sweep().values()) == {0}


def test_a_period_of_0_keeps_that_kind_for_ever(volunteer_user, settings):
    settings.WAYMARK_RETENTION_DAYS = {**DAYS, "checkins": 0}
    checkin(volunteer_user, days_ago(5000))
    assert sweep()["checkins"] == 0
    assert CheckIn.objects.count() == 1


def test_a_negative_period_stops_the_server_starting(settings):
    settings.WAYMARK_RETENTION_DAYS = {**DAYS, "access_log": -1}
    assert [error.id for error in run_checks()] == ["privacy.E001"]


def test_the_sweep_is_a_daily_task(volunteer_user):
    entry = settings.CELERY_BEAT_SCHEDULE["privacy-retention-sweep"]
    assert entry["task"] == tasks.retention_sweep.name == "privacy.tasks.retention_sweep"
    assert entry["schedule"].hour == {3} and entry["schedule"].minute == {30}
    assert tasks.retention_sweep.name in app.tasks
    checkin(volunteer_user, timezone.now() - timedelta(days=731))
    assert tasks.retention_sweep.delay().get()["checkins"] == 1

"""Each kind of change marks out of date exactly the stored readiness summaries it affects,
and no other, whether it is saved row by row (model signals) or written in bulk (a named
event from events/): readiness/signals.py hears both.

Every test starts with three volunteers (Alice, Bob, Carol) judged and up to date, makes one
change through the service that makes it for real, and names who is out of date after.
"""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services as course_services
from courses.models import Lesson
from people.models import VolunteerProfile
from privacy import inventory
from privacy.services import person_erase
from readiness import summaries
from readiness.models import CheckType, ReadinessSummary
from readiness.services import pre_start_check_record
from supervision import services as supervision_services
from supervision.models import Attendee, Kind, Occurrence
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.readiness import helpers
from tests.supervision.factories import assign, next_weekday_at, one_to_one, series

pytestmark = pytest.mark.django_db


@pytest.fixture
def carol(db):
    return volunteer(user__email="carol@example.org", user__full_name="Carol Volunteer")


def out_of_date():
    """The volunteers whose stored summary is not up to date (or not there at all)."""
    return set(summaries.profiles_out_of_date(VolunteerProfile.objects.all()).values_list("user_id", flat=True))


def everyone_judged():
    summaries.summaries_bring_up_to_date(limit=None)
    assert out_of_date() == set()


def test_a_lesson_done_marks_only_the_learner(volunteer_user, other_volunteer, carol):
    helpers.learning()
    everyone_judged()

    course_services.lesson_complete(user=volunteer_user, lesson=courses.lesson("why-boundaries"))

    assert out_of_date() == {volunteer_user.pk}


def test_a_knowledge_check_passed_marks_only_the_learner_and_a_failed_one_nobody(
    volunteer_user, other_volunteer, carol
):
    helpers.learning()
    lesson = next(page for page in Lesson.objects.live() if page.knowledge_check())
    questions = lesson.knowledge_check()
    everyone_judged()

    wrong = {q["id"]: [next(o["id"] for o in q["options"] if not o["correct"])] for q in questions}
    course_services.quiz_attempt_submit(user=volunteer_user, lesson=lesson, answers=wrong)
    assert out_of_date() == set(), "a failed try finishes nothing"

    right = {q["id"]: [o["id"] for o in q["options"] if o["correct"]] for q in questions}
    course_services.quiz_attempt_submit(user=volunteer_user, lesson=lesson, answers=right)
    assert out_of_date() == {volunteer_user.pk}


def test_a_pre_start_check_recorded_marks_only_that_volunteer(manager, volunteer_user, other_volunteer, carol):
    everyone_judged()

    pre_start_check_record(
        volunteer=volunteer_user, check_type=CheckType.objects.get(name="DBS check"),
        done_on=timezone.localdate() - timedelta(days=3), by=manager,
    )

    assert out_of_date() == {volunteer_user.pk}


def test_a_new_supervisor_marks_only_that_volunteer(manager, supervisor, volunteer_user, other_volunteer, carol):
    assign(other_volunteer, supervisor)
    everyone_judged()

    supervision_services.supervisor_assign(volunteer=volunteer_user, supervisor=supervisor, by=manager)

    assert out_of_date() == {volunteer_user.pk}


def test_ending_a_supervision_in_bulk_marks_only_that_volunteer(
    manager, supervisor, volunteer_user, other_volunteer, carol
):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, supervisor)
    everyone_judged()

    # Written with one update(), which sends no model signal: the supervisors_changed event does.
    supervision_services.supervision_end(volunteer=volunteer_user, by=manager)

    assert out_of_date() == {volunteer_user.pk}


def test_a_one_to_one_attended_marks_only_that_volunteer(supervisor, volunteer_user, other_volunteer, carol):
    assign(volunteer_user, supervisor)
    meeting = one_to_one(supervisor, volunteer_user, dtstart=helpers.START, now=helpers.BEFORE)
    occurrence = meeting.occurrences.order_by("starts_at").first()
    everyone_judged()

    supervision_services.attendance_record(
        occurrence=occurrence, marks={volunteer_user.pk: "attended"}, by=supervisor
    )

    assert out_of_date() == {volunteer_user.pk}


def test_one_cancelled_one_to_one_marks_only_that_volunteer(supervisor, volunteer_user, other_volunteer, carol):
    assign(volunteer_user, supervisor)
    meeting = one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))
    everyone_judged()

    # The places in it are cancelled with one update(): the meetings_changed event names them.
    supervision_services.occurrence_cancel(occurrence=meeting.occurrences.order_by("starts_at").first(), by=supervisor)

    assert out_of_date() == {volunteer_user.pk}


def test_meetings_cancelled_in_bulk_mark_only_the_people_in_them(
    supervisor, other_supervisor, volunteer_user, other_volunteer, carol
):
    assign(volunteer_user, supervisor)
    # Four 1:1s booked as a block: the series names no weekly partner, so only the places say who.
    series(supervisor, members=[volunteer_user], kind=Kind.ONE_TO_ONE, rrule="FREQ=WEEKLY;COUNT=4", minutes=30,
           dtstart=next_weekday_at(1, 10))
    series(other_supervisor, members=[other_volunteer], kind=Kind.PEER_GROUP, dtstart=next_weekday_at(3, 14))
    everyone_judged()
    future = Occurrence.objects.filter(series__organiser=supervisor, starts_at__gt=timezone.now())
    assert future.exists()

    # What erasure does to a supervisor's meetings: every one still to come is cancelled with
    # one update() (supervision/personal_data.py), so no model signal is sent for them.
    meetings = next(kind for kind in inventory.KINDS if kind.name == "meetings")
    meetings.erase(meetings.select(supervisor), supervisor, timezone.now())

    assert not future.filter(cancelled_at=None).exists()
    assert not Attendee.objects.filter(occurrence__in=future, active=True).exists()
    assert out_of_date() == {volunteer_user.pk}


def test_a_policy_acknowledged_marks_only_the_reader(volunteer_user, other_volunteer, carol):
    helpers.learning()
    everyone_judged()

    course_services.policy_acknowledge(user=volunteer_user, policy=courses.policy())

    assert out_of_date() == {volunteer_user.pk}


def test_editing_the_rules_marks_everyone(client_for, manager, volunteer_user, other_volunteer, carol):
    everyone_judged()

    client_for(manager).post(
        reverse("readiness:settings"), {"preparation_months": "3", "one_to_ones_needed": "2", "warning_days": "30"}
    )

    assert out_of_date() == {volunteer_user.pk, other_volunteer.pk, carol.pk}


def test_erasing_a_volunteer_removes_only_their_summary(manager, supervisor, volunteer_user, other_volunteer, carol):
    assign(volunteer_user, supervisor)
    one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))
    everyone_judged()

    person_erase(person=volunteer_user, by=manager)

    assert not ReadinessSummary.objects.filter(volunteer=volunteer_user).exists()
    assert out_of_date() == {volunteer_user.pk}


def test_erasing_a_supervisor_marks_only_their_supervisees(
    manager, supervisor, other_supervisor, volunteer_user, other_volunteer, carol
):
    assign(volunteer_user, supervisor)
    assign(other_volunteer, other_supervisor)
    one_to_one(supervisor, volunteer_user, dtstart=next_weekday_at(1, 10))
    everyone_judged()

    person_erase(person=supervisor, by=manager)

    # Alice's summary named Sue, so it goes; it is judged again when next needed.
    assert not ReadinessSummary.objects.filter(volunteer=volunteer_user).exists()
    assert out_of_date() == {volunteer_user.pk}

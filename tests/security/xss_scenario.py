"""A small organisation in which every free-text field holds something and is shown somewhere.

Everything is made through the apps' own services, as people would make it, so each page has
real rows to show. Run `build` inside `django_capture_on_commit_callbacks()` to hold back the
e-mails the services queue after commit, so a test can send them later, after it has changed
the words they contain.

Alice (volunteer, in training) is supervised by Sue. Bob (volunteer) was signed off by Mo,
the manager, with an override and then asked to step back. Tina is the trainer.
"""

from datetime import datetime, time, timedelta
from types import SimpleNamespace

from django.utils import timezone

from courses import services as course_services
from courses.models import CourseStatus, PolicyVersion, RegisterEntry
from people import services as people_services
from people.roles import Role
from readiness import selectors as readiness_selectors
from readiness import services as readiness_services
from readiness.models import CheckType
from supervision import services as supervision_services
from supervision.models import CheckIn, Kind
from supervision.recurrence import localise
from tests.courses import factories as courses
from tests.factories import UserFactory, volunteer
from tests.supervision.factories import assign, free_all_week, next_weekday_at, series

LOW_WELLBEING = dict.fromkeys(CheckIn.ITEM_FIELDS, 1) | {"caseload": 3, "recovery": 2, "contact_requested": True}


def _people(s):
    s.volunteer = volunteer(
        user__email="alice@example.org", user__full_name="Alice Volunteer", user__preferred_name="Al"
    )
    s.other_volunteer = volunteer(user__email="bob@example.org", user__full_name="Bob Volunteer")
    s.supervisor = UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR])
    s.trainer = UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER])
    s.manager = UserFactory(email="mo@example.org", full_name="Mo Manager", roles=[Role.MANAGER])
    s.invitation = people_services.invitation_create(
        email="nina@example.org", full_name="Nina Newcomer", roles=[Role.VOLUNTEER], invited_by=s.manager
    )


def _learning(s):
    """Alice finishes the course (quiz, reflection, a classroom day) and waits for a place on
    another day that she then gets; Bob misses the classroom day and says why."""
    courses.build(policies=[courses.policy_data()])
    readiness_services.required_courses_from_defaults()
    s.course = courses.course()
    s.lesson = courses.lesson("why-boundaries")
    s.policy = courses.policy()
    s.policy_version = PolicyVersion.objects.get(policy=s.policy)
    courses.finish_online_work(s.volunteer)
    s.reflection = course_services.reflection_save(
        user=s.volunteer, lesson=s.lesson, block_id=next(iter(s.lesson.reflection_ids())), text="I kept my distance."
    )
    s.past_session = courses.session(trainer=s.trainer, days=-1)
    for person in (s.volunteer, s.other_volunteer):
        s.past_session.bookings.create(user=person)
    course_services.register_take(
        session=s.past_session,
        by=s.trainer,
        marks={s.volunteer.pk: ("present", ""), s.other_volunteer.pk: ("absent", "My bus did not come.")},
    )
    s.register_entry = RegisterEntry.objects.get(session=s.past_session, user=s.other_volunteer)
    s.certificate = s.volunteer.certificates.get()
    s.attempt = s.volunteer.quiz_attempts.first()
    # A renewal due soon, so the expiry e-mail and "needs renewing" have something to say.
    s.course_status = CourseStatus.objects.get(user=s.volunteer, course=s.course)
    CourseStatus.objects.filter(pk=s.course_status.pk).update(expires_on=timezone.localdate() + timedelta(days=10))
    s.session = courses.session(trainer=s.trainer, days=7, capacity=1)
    bobs = course_services.booking_create(user=s.other_volunteer, session=s.session)
    course_services.booking_create(user=s.volunteer, session=s.session, join_waiting_list=True)
    course_services.booking_cancel(booking=bobs)


def _readiness(s):
    s.check_type, s.missing_check_type = CheckType.objects.filter(required=True).order_by("position", "name")[:2]
    s.check = readiness_services.pre_start_check_record(
        volunteer=s.volunteer, check_type=s.check_type, done_on=timezone.localdate() - timedelta(days=10),
        by=s.manager, note="Seen the original.",
    )
    bob = s.other_volunteer.volunteer_profile
    readiness = readiness_selectors.readiness_judge([bob])[bob.user_id]
    s.sign_off = readiness_services.volunteer_sign_off(
        volunteer=s.other_volunteer, by=s.manager, readiness=readiness, reason="Agreed with the team."
    )
    bob.refresh_from_db()
    s.step_back = people_services.volunteer_step_back(profile=bob, reason="Some time with my family.")


def _supervision(s):
    """A 1:1 a week ago with its record and an action, the 1:1s to come (one asked to be moved,
    one moved), a peer group with topics, weekly 1:1s booked, and a check-in with flags."""
    assign(s.volunteer, s.supervisor)
    assign(s.other_volunteer, s.supervisor)
    free_all_week(s.supervisor)
    today = timezone.localdate()
    first = localise(datetime.combine(today - timedelta(days=8), time(10, 0)))
    s.one_to_ones = series(
        s.supervisor, members=[s.volunteer], kind=Kind.ONE_TO_ONE, dtstart=first, minutes=30,
        now=first - timedelta(days=1), title="1:1 Alice", place="Room 1",
        # Six weeks, so the weekly 1:1s booked below are Alice's one live weekly series.
        rrule="FREQ=WEEKLY;COUNT=6",
    )
    occurrences = list(s.one_to_ones.occurrences.order_by("starts_at"))
    s.past_meeting = occurrences[0]
    upcoming = [o for o in occurrences if o.starts_at > timezone.now()]
    s.next_meeting, s.moved_meeting = upcoming[0], upcoming[1]
    supervision_services.attendance_record(
        occurrence=s.past_meeting, marks={s.volunteer.pk: "attended"}, by=s.supervisor
    )
    s.record = supervision_services.one_to_one_record_save(
        occurrence=s.past_meeting, volunteer=s.volunteer, by=s.supervisor, notes="Talked about boundaries.",
        shared_notes="Well done this week.", safeguarding_concern=True, safeguarding_action="Told the manager.",
    )
    s.action = supervision_services.action_add(
        record=s.record, description="Read the boundaries policy", owner=s.volunteer,
        due_on=today + timedelta(days=7), by=s.supervisor,
    )
    s.move_request = supervision_services.move_request_create(
        occurrence=s.next_meeting, volunteer=s.volunteer, wanted_start=s.next_meeting.starts_at + timedelta(hours=5),
        reason="I have a hospital appointment.",
    )
    answered = supervision_services.move_request_create(
        occurrence=s.moved_meeting, volunteer=s.volunteer,
        wanted_start=s.moved_meeting.starts_at + timedelta(hours=5), reason="Work shift.",
    )
    supervision_services.move_request_accept(request=answered, by=s.supervisor)
    group = series(
        s.supervisor, members=[s.volunteer, s.other_volunteer], kind=Kind.PEER_GROUP,
        dtstart=first.replace(hour=12), now=first - timedelta(days=1), title="Peer group", place="The hall",
    )
    s.group_meeting = group.occurrences.order_by("starts_at").first()
    supervision_services.topics_record(occurrence=s.group_meeting, topics="Looking after ourselves.", by=s.supervisor)
    s.booked = supervision_services.one_to_one_book(
        supervisor=s.supervisor, volunteer=s.volunteer, starts_at=next_weekday_at(3, 14), by=s.supervisor
    )
    checkin = supervision_services.checkin_submit(
        volunteer=s.volunteer, answers=LOW_WELLBEING | {"worries": "Money is tight."}
    )
    flags = list(checkin.flags.order_by("id"))
    s.checkin = checkin
    s.flag, s.closed_flag = flags[0], flags[1]
    supervision_services.checkin_follow_up(checkin=s.closed_flag.checkin, by=s.supervisor,
                                           resolution="Phoned her the same day.")
    s.feed = supervision_services.calendar_feed_for(s.volunteer)


def _outreach(s):
    """Alice's First Steps caseload: Sam, with a contact (notes, a safeguarding concern), a
    stage change and a 1:1 review by Sue. Made directly: Alice is still in training."""
    from outreach import services as outreach_services
    from outreach.models import FirstStepper, ReferralSource

    s.source = ReferralSource.objects.order_by("position").first()
    s.first_stepper = FirstStepper.objects.create(
        peer_supporter=s.volunteer, name="Sam", phone="07700 900123", source=s.source, substance="alcohol",
        contact_times="Mornings", safety_notes="Text first.", created_by=s.manager,
    )
    s.contact = outreach_services.contact_log(
        first_stepper=s.first_stepper, by=s.volunteer, kind="call_connected", notes="Talked about the GP.",
        safeguarding_concern=True, safeguarding_action="Told my supervisor.",
        next_at=timezone.now() + timedelta(days=2),
    )
    s.stage_change = outreach_services.stage_change(first_stepper=s.first_stepper, stage="building", by=s.volunteer)
    s.review = outreach_services.review_record(first_stepper=s.first_stepper, by=s.supervisor, decision="carry_on",
                                               note="Helpful so far.")


def build():
    s = SimpleNamespace()
    _people(s)
    _learning(s)
    _readiness(s)
    _supervision(s)
    _outreach(s)
    return s

"""One small organisation in which every Waymark URL with an argument points at something real.

The volunteer (Alice) is supervised by the supervisor (Sue); the other volunteer (Bob) by the
other supervisor (Steve). Everything a URL can name belongs to Alice, Sue or the trainer, so
the "other" person of the same role is exactly the one who must be told it does not exist.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from courses import services as course_services
from courses.models import Booking
from people.models import Invitation
from people.roles import Role
from readiness.models import CheckType, PreStartCheck, RequiredCourse
from supervision import services as supervision_services
from supervision.models import CheckIn, Kind, MoveRequest
from supervision.recurrence import localise
from supervision.rhythm import TEMPLATES
from tests.courses import factories as courses
from tests.factories import UserFactory, volunteer
from tests.supervision.factories import assign, ensure_migration_data, free_all_week, series

PERSONAS = (
    "anonymous",
    "volunteer",
    "other_volunteer",
    "supervisor",
    "other_supervisor",
    "trainer",
    "manager",
    "content_editor",
    "superuser",
)
# Who is "the other person of the same role" for each owner.
INTRUDER_OF = {"volunteer": "other_volunteer", "supervisor": "other_supervisor", "trainer": "other_trainer"}
INVITATION_TOKEN = "a-real-invitation-token-for-the-matrix"


@dataclass
class World:
    people: dict = field(default_factory=dict)

    def __getattr__(self, name):
        people = self.__dict__.get("people", {})
        if name in people:
            return people[name]
        raise AttributeError(name)


def _people():
    return {
        "volunteer": volunteer(user__email="alice@example.org", user__full_name="Alice Volunteer"),
        "other_volunteer": volunteer(user__email="bob@example.org", user__full_name="Bob Volunteer"),
        "supervisor": UserFactory(email="sue@example.org", full_name="Sue Supervisor", roles=[Role.SUPERVISOR]),
        "other_supervisor": UserFactory(
            email="steve@example.org", full_name="Steve Supervisor", roles=[Role.SUPERVISOR]
        ),
        "trainer": UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER]),
        "other_trainer": UserFactory(email="tom@example.org", full_name="Tom Trainer", roles=[Role.TRAINER]),
        "manager": UserFactory(email="mo@example.org", full_name="Mo Manager", roles=[Role.MANAGER]),
        "content_editor": UserFactory(email="ed@example.org", full_name="Ed Editor", roles=[Role.CONTENT_EDITOR]),
        "superuser": UserFactory(email="root@example.org", full_name="Root User", is_superuser=True, is_staff=True),
    }


def _supervision(w):
    """Sue's 1:1s with Alice (one a week ago, one next week) and a peer group she runs."""
    assign(w.volunteer, w.supervisor)
    assign(w.other_volunteer, w.other_supervisor)
    free_all_week(w.supervisor)
    today = timezone.localdate()
    first = localise(datetime.combine(today - timedelta(days=8), time(10, 0)))
    before = first - timedelta(days=1)
    w.one_to_ones = series(w.supervisor, members=[w.volunteer], kind=Kind.ONE_TO_ONE, dtstart=first, minutes=30,
                           now=before, title="1:1 Alice")
    occurrences = list(w.one_to_ones.occurrences.order_by("starts_at"))
    w.past_meeting = occurrences[0]
    w.next_meeting = next(o for o in occurrences if o.starts_at > timezone.now())
    group_start = localise(datetime.combine(today - timedelta(days=8), time(14, 0)))
    w.group = series(w.supervisor, members=[w.volunteer], kind=Kind.PEER_GROUP, dtstart=group_start, now=before,
                     title="Peer group").occurrences.order_by("starts_at").first()
    w.record = supervision_services.one_to_one_record_save(
        occurrence=w.past_meeting, volunteer=w.volunteer, by=w.supervisor, notes="Confidential.", shared_notes="Shared."
    )
    w.action = supervision_services.action_add(
        record=w.record, description="Read the boundaries policy", owner=w.volunteer, due_on=today + timedelta(days=7),
        by=w.supervisor,
    )
    # Alice asked to move the 1:1 after next; the next one is still hers to ask about.
    later = next(o for o in occurrences if o.starts_at > w.next_meeting.starts_at)
    w.move_request = MoveRequest.objects.create(
        occurrence=later, requested_by=w.volunteer, wanted_start=later.starts_at + timedelta(hours=2)
    )
    low = dict.fromkeys(CheckIn.ITEM_FIELDS, 0) | {"caseload": 2, "recovery": 3}
    checkin = supervision_services.checkin_submit(volunteer=w.volunteer, answers=low)
    w.flag = checkin.flags.first()
    w.availability = w.supervisor.availability.first()
    w.feed = supervision_services.calendar_feed_for(w.volunteer)
    # A group template: the weekly 1:1 template finds every supervisee already booked.
    w.rhythm_key = TEMPLATES[1].key


def _learning(w):
    """The small test course and policy; Alice's attempt, reflection, booking and certificate."""
    courses.build(policies=[courses.policy_data()])
    w.course = courses.course()
    w.lesson = courses.lesson("why-boundaries")
    w.quiz_lesson = courses.lesson("check")
    w.reflection_block = next(iter(w.lesson.reflection_ids()))
    w.policy = courses.policy()
    w.classroom_day = courses.module()
    # Tina's sessions: one Alice is booked on, one open to book, and yesterday's, its register to take.
    w.session = courses.session(trainer=w.trainer)
    w.booking = course_services.booking_create(user=w.volunteer, session=w.session)
    w.open_session = courses.session(trainer=w.trainer, days=14)
    w.past_session = courses.session(trainer=w.trainer, days=-1)
    Booking.objects.create(session=w.past_session, user=w.volunteer)
    wrong = {key[2:]: value for key, value in courses.wrong_answers(w.quiz_lesson).items()}
    w.attempt = course_services.quiz_attempt_submit(user=w.volunteer, lesson=w.quiz_lesson, answers=wrong)
    w.reflection = course_services.reflection_save(
        user=w.volunteer, lesson=w.lesson, block_id=w.reflection_block, text="Private thoughts."
    )
    w.certificate = course_services.certificate_issue(
        user=w.volunteer, course=w.course, completed_on=timezone.localdate(), expires_on=None
    )
    w.required_course = RequiredCourse.objects.create(course=w.course)
    w.check_type = CheckType.objects.filter(required=True).first() or CheckType.objects.create(name="DBS check")
    # A reference asked for and not yet received, for chasing.
    w.reference_type = CheckType.objects.create(name="Character reference", kind=CheckType.Kind.REFERENCE)
    w.waiting_check = PreStartCheck.objects.create(
        volunteer=w.volunteer, check_type=w.reference_type, requested_from="Sam Jones", recorded_by=w.manager,
        started_on=timezone.localdate() - timedelta(days=5),
    )


def _outreach(w):
    """Alice's First Steps caseload: Sam (with a contact), Jo (stepped back) and Kit (to erase);
    Bob's own first stepper; and Dee, an active peer supporter a caseload can be given to."""
    from outreach import services as outreach_services
    from outreach.models import FirstStepper, ReferralSource
    from people.status import Status

    w.peer_supporter = volunteer(user__email="dee@example.org", user__full_name="Dee Active", status=Status.ACTIVE,
                                 first_steps_caseload=True)
    w.source = ReferralSource.objects.order_by("position").first()

    def person(holder, name):
        return FirstStepper.objects.create(peer_supporter=holder, name=name, phone="07700 900123", source=w.source,
                                           substance="alcohol", created_by=w.manager)

    w.first_stepper = person(w.volunteer, "Sam")
    outreach_services.contact_log(first_stepper=w.first_stepper, by=w.volunteer, kind="call_connected",
                                  notes="Talked about the GP.", next_at=timezone.now() + timedelta(days=2))
    w.stepped_back = person(w.volunteer, "Jo")
    outreach_services.first_stepper_step_back(first_stepper=w.stepped_back, reason="doing_well", by=w.volunteer)
    w.to_erase = person(w.volunteer, "Kit")
    w.others_first_stepper = person(w.other_volunteer, "Lee")


def _invitation(w):
    now = timezone.now()
    w.invitation = Invitation.objects.create(
        email="newcomer@example.org", full_name="New Comer", token_hash=Invitation.hash_token(INVITATION_TOKEN),
        invited_by=w.manager, created_at=now, expires_at=now + timedelta(days=14),
    )
    w.invitation.roles.set(Group.objects.filter(name=Role.VOLUNTEER.value))
    w.invitation_token = INVITATION_TOKEN


def build_world():
    # A transactional test that ran earlier may have emptied the roles the migrations made.
    ensure_migration_data()
    w = World(people=_people())
    _supervision(w)
    _learning(w)
    _outreach(w)
    _invitation(w)
    return w


def world_for_module(django_db_blocker):
    """Build the world once for a test module, inside a transaction undone when it ends.

    Each test still runs in its own savepoint (pytest-django's `db`), so what one test writes
    is gone before the next; building the world once keeps the whole matrix fast.
    """
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        yield build_world()
        transaction.set_rollback(True)


def client_for(world, persona, **kwargs):
    """A test client signed in as `persona` ("anonymous": signed out)."""
    from django.test import Client

    client = Client(**kwargs)
    if persona != "anonymous":
        client.force_login(world.people[persona])
    return client

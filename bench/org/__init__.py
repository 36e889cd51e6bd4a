"""A synthetic organisation at a given size, built on the real models and the real page tree.

1. People: volunteers with profiles, placements and statuses across the lifecycle; one
   supervisor for every 40 volunteers; trainers; two managers. Staff get a TOTP authenticator,
   as two-step sign-in requires.
2. Learning: courses made by the real loader (courses.loading) from the real lesson text and
   knowledge checks, the real policies, classroom days with bookings and registers, lesson
   completions, course statuses and certificates.
3. Supervision: a weekly 1:1 series for each volunteer, up to a year back (attendance,
   records, actions) and twelve weeks ahead (places and 24-hour reminders); weekly check-ins
   with the flags the real rules raise.
4. Readiness: pre-start checks, policy acknowledgements, sign-offs.
5. First Steps: caseloads for the active and paused volunteers, with their contacts.

Volunteer number i is in the same state at every size, so a persona's pages do the same work
at both sizes. Rows go in a thousand volunteers at a time: with bulk_create, and with COPY
for the million-row tables (see rows.py).
"""

import time

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone

from bench.org.common import SIZES, Size
from bench.org.learning import build_learning, build_pages
from bench.org.outreach import build_outreach
from bench.org.people import build_people
from bench.org.readiness import build_readiness
from bench.org.supervision import build_supervision
from courses.models import ClassroomSession, CourseStatus, LessonCompletion
from outreach.kept_facts import facts_rebuild
from outreach.models import Contact, FirstStepper
from people.models import SupervisorAssignment
from people.status import Status
from supervision.models import (
    Attendee,
    CheckIn,
    Flag,
    MeetingSeries,
    Occurrence,
    OneToOneRecord,
    Reminder,
)
from supervision.services.checkin_months import checkin_months_rebuild
from supervision.services.latest_checkins import latest_checkins_rebuild
from supervision.services.one_to_one_totals import one_to_one_totals_rebuild

__all__ = ["SIZES", "Size", "build", "counts"]


def counts():
    """Rows in the tables that grow with the organisation, for the printout."""
    models = {
        "people": get_user_model(), "lesson completions": LessonCompletion, "course statuses": CourseStatus,
        "classroom sessions": ClassroomSession, "1:1 series": MeetingSeries, "occurrences": Occurrence,
        "meeting places": Attendee, "1:1 records": OneToOneRecord, "check-ins": CheckIn, "flags": Flag,
        "reminders": Reminder, "first steppers": FirstStepper, "first steps contacts": Contact,
    }
    return {label: model.objects.count() for label, model in models.items()}


def build(size, now=None):
    """Build the organisation. Returns the personas and pages the benchmarks use, and how
    long each part took to build."""
    now = now or timezone.now()
    took = {}

    def timed(label, make, *args):
        started = time.perf_counter()
        with transaction.atomic():
            result = make(*args)
        took[label] = round(time.perf_counter() - started, 1)
        return result

    infos, bare = timed("pages", build_pages, size)
    people = timed("people", build_people, size, now)
    sessions = timed("learning", build_learning, people, infos, now)
    timed("readiness", build_readiness, people, now)
    timed("supervision", build_supervision, people, now)
    timed("first steps", build_outreach, people, now)
    # Check-ins were saved in bulk: the months and latest check-ins the reports read are made from them.
    timed("report months", checkin_months_rebuild)
    timed("report latest check-ins", latest_checkins_rebuild)
    # So were the 1:1 places: each supervisee's running totals are numbered from them.
    timed("report 1:1 totals", one_to_one_totals_rebuild)
    # Contacts went in with COPY: the facts the First Steps report reads are counted from them.
    timed("first steps facts", facts_rebuild)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return personas(size, people, infos, bare, sessions), took


def personas(size, people, infos, bare, sessions):
    """The people and pages the benchmarks sign in as and open, the same at every size.

    Volunteer 1 is in training with the first induction day's two lessons done, so day 2's
    first lesson is a page they are working on, and days 3 and 4 each have a lesson to finish.
    """
    from supervision.services import calendar_feed_for

    induction = infos[0]
    volunteer = people.volunteers[1]
    done = set(LessonCompletion.objects.filter(user_id=volunteer.user_id).values_list("lesson_id", flat=True))
    lesson, warm_up, complete = induction.lessons[2], induction.lessons[4], induction.lessons[6]
    assert not {lesson.pk, warm_up.pk, complete.pk} & done, "the volunteer persona must not have done these"
    assert not {lesson.pk, warm_up.pk, complete.pk} & induction.quiz_ids, "these lessons need no knowledge check"
    supervisor = people.supervisors[0]
    # The first cohort's first classroom day: volunteers 0 to 15, the same people at every size.
    register = sessions.made["past", 0, 1]
    meeting = (
        OneToOneRecord.objects.filter(volunteer_id=people.volunteers[10].user_id).order_by("-occurrence__starts_at")
        .values_list("occurrence_id", flat=True).first()
    )
    User = get_user_model()
    feed = calendar_feed_for(User.objects.get(pk=supervisor))
    # A peer supporter in the supervisor's team with a caseload, and their latest 1:1.
    holder = FirstStepper.objects.filter(peer_supporter_id__in=[v.user_id for v in people.volunteers[:40]]) \
        .order_by("peer_supporter_id").values_list("peer_supporter_id", flat=True).first()
    holder_meeting = (
        Occurrence.objects.filter(attendees__person_id=holder, series__organiser_id=supervisor,
                                  starts_at__lte=timezone.now()).order_by("-starts_at").values_list("pk", flat=True)
        .first()
    )
    working = (Status.IN_TRAINING, Status.READY, Status.ACTIVE)
    soak_volunteers = [v.user_id for v in people.volunteers if v.status in working][:60]
    return {
        "size": size.name,
        "volunteers": size.volunteers,
        "courses": len(infos),
        "volunteer": volunteer.user_id,
        "supervisor": supervisor,
        "team": SupervisorAssignment.objects.current().filter(supervisor_id=supervisor).count(),
        "trainer": register.trainer_id,
        "manager": people.managers[0],
        "lesson_url": lesson.get_url(),
        "lesson_title": lesson.title,
        "warm_up_lesson": warm_up.pk,
        "complete_lesson": complete.pk,
        "other_lessons": [page.pk for page in induction.lessons if page.pk not in induction.quiz_ids],
        "bare_url": bare.get_url(),
        "register_session": register.pk,
        "meeting": meeting,
        "ical_token": feed.token,
        "peer_supporter": holder,
        "peer_supporter_meeting": holder_meeting,
        "soak": {
            "volunteers": soak_volunteers,
            "supervisors": people.supervisors[:10],
            "trainers": people.trainers,
            "managers": people.managers,
        },
    }

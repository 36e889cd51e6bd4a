"""Learning pages use the same number of queries however many courses, lessons, bookings
and learners there are.

Each count is exact and checked at two sizes, so a change that adds a query for each
course, lesson or learner fails here. Counts taken inside a test include the SAVEPOINT and
RELEASE around a write, which a real request (outside the test's transaction) does not
send. The first request after signing in writes the session, so each test makes one
request before it counts; that request also fills the cache of content that is the same for
every learner (courses/catalogue.py), which the counted one then reads without a query.
Signing in is two queries: the session, then the person with their roles
(people/backends.py).
"""

from types import SimpleNamespace

import pytest
from django.urls import reverse

from courses import services
from courses.models import Booking, ClassroomSession, Course, Lesson
from people.models import User
from people.roles import Role
from readiness.models import RequiredCourse
from tests.courses import factories
from tests.factories import UserFactory, volunteer
from tests.supervision.factories import assign
from tests.worlds import entered, sized_worlds

pytestmark = pytest.mark.django_db

# Signing in 2, the profile with its placement 1, the supervision card 1, progress 2
# (statuses, and completions with attendance), bookings 1, policies 1, classroom days missed
# 1, certificates 1, and the volunteer's stored readiness summary 1 (judged again only when
# out of date). The Wagtail site, the required courses with their roles and placements,
# their lessons and classroom days, and the sessions still to come come from the content
# cache (courses/catalogue.py).
MY_PATH_QUERIES = 11
# Signing in 2, the profile 1, progress 2 (statuses, and completions with attendance). From
# the content cache: the site with its root page (the hub), the courses with their roles and
# placements, their lessons and classroom days, the policies index, and that no page has a
# view restriction.
HUB_QUERIES = 5
# Signing in 2, the pages on the path below the hub 1, the learner's completion of the lesson
# with their course status 1, their reflections 1 (the lesson has a reflection; the last
# knowledge check try is read only on a lesson with a check). From the content cache: the
# site with the hub, the lesson's own fields and its blocks rendered, the course, its lessons,
# and that no page has a view restriction.
LESSON_QUERIES = 5
# Signing in 2, the session with course, module and trainer 1, bookings 1, register entries 1.
REGISTER_QUERIES = 5


def courses_and_learners(size):
    """`size` required courses (the first blended, with a classroom day) and `size` policies,
    and `size` other learners part way through the first course."""
    factories.build(
        courses=[factories.course_data()] + [factories.small_course(n) for n in range(size - 1)],
        policies=[factories.policy_data(f"policy-{n}", f"Policy {n}") for n in range(size)],
    )
    for _ in range(size):
        services.lesson_complete(user=volunteer(), lesson=factories.lesson("why-boundaries"))
    return {}


def register_of(size):
    """Today's classroom day of the test course, its trainer, and `size` learners booked on it
    with the first marked present."""
    factories.build()
    trainer = UserFactory(email="tina@example.org", full_name="Tina Trainer", roles=[Role.TRAINER])
    session = factories.session(trainer=trainer, days=0, capacity=100)
    learners = [volunteer() for _ in range(size)]
    Booking.objects.bulk_create([Booking(session=session, user=learner) for learner in learners])
    services.register_take(session=session, by=trainer, marks={learners[0].pk: ("present", "")})
    return {"trainer": trainer.pk, "session": session.pk}


WORLDS = {"courses": courses_and_learners, "register": register_of}


# Each kind and size is built once for the tests on it (tests/worlds.py).
_world, at_sizes = sized_worlds(WORLDS)


@pytest.fixture
def world(_world, db):
    made = entered(_world)
    if "session" in made:
        return SimpleNamespace(size=made["size"], trainer=User.objects.get(pk=made["trainer"]),
                               session=ClassroomSession.objects.get(pk=made["session"]))
    return SimpleNamespace(size=made["size"])


@at_sizes("courses", 2, 6)
def test_my_path_uses_the_same_queries_for_2_or_6_courses(
    client_for, world, volunteer_user, supervisor, trainer, django_assert_num_queries
):
    size = world.size
    assign(volunteer_user, supervisor)
    factories.finish_online_work(volunteer_user)
    factories.attend(volunteer_user, trainer=trainer)
    for n in range(size - 1):
        factories.finish_online_work(volunteer_user, f"course-{n}")
    missed = factories.session(trainer=trainer, days=-3)
    Booking.objects.create(session=missed, user=volunteer_user)
    services.register_take(session=missed, by=trainer, marks={volunteer_user.pk: ("absent", "Unwell")})
    for days in range(size):
        Booking.objects.create(session=factories.session(trainer=trainer, days=10 + days), user=volunteer_user)
    services.policy_acknowledge(user=volunteer_user, policy=factories.policy("policy-0"))
    client = client_for(volunteer_user)
    client.get("/")
    with django_assert_num_queries(MY_PATH_QUERIES):
        response = client.get("/")
    page = response.content.decode()
    assert "My classroom days" in page and "Policy 1" in page and "download PDF" in page


@at_sizes("courses", 2, 6)
def test_my_path_with_the_managers_own_list_uses_no_more_queries(
    client_for, world, volunteer_user, supervisor, django_assert_num_queries
):
    # The manager's list (readiness settings) is kept under the content version, like the
    # courses themselves, so it costs no query of its own.
    assign(volunteer_user, supervisor)
    for course in Course.objects.all():
        RequiredCourse.objects.create(course=course)
    client = client_for(volunteer_user)
    client.get("/")
    with django_assert_num_queries(MY_PATH_QUERIES):
        response = client.get("/")
    assert "Course 0" in response.content.decode()


@at_sizes("courses", 2, 6)
def test_the_learning_hub_uses_the_same_queries_for_2_or_6_courses(
    client_for, world, volunteer_user, django_assert_num_queries
):
    services.lesson_complete(user=volunteer_user, lesson=factories.lesson("why-boundaries"))
    client = client_for(volunteer_user)
    client.get("/learn/")
    with django_assert_num_queries(HUB_QUERIES):
        response = client.get("/learn/")
    assert f"Course {world.size - 2}" in response.content.decode()


@at_sizes("courses", 2, 6)
def test_a_lesson_page_uses_the_same_queries_for_2_or_6_courses_and_learners(
    client_for, world, volunteer_user, django_assert_num_queries
):
    services.lesson_complete(user=volunteer_user, lesson=factories.lesson("why-boundaries"))
    url = factories.lesson("why-boundaries").url
    client = client_for(volunteer_user)
    client.get(url)
    with django_assert_num_queries(LESSON_QUERIES):
        response = client.get(url)
    assert "Next lesson: Check your understanding" in response.content.decode()


def _lessons_without_a_quiz(course_slug):
    lessons = Lesson.objects.live().descendant_of(Course.objects.get(slug=course_slug)).order_by("path")
    return [lesson for lesson in lessons if lesson.knowledge_check() is None]


@at_sizes("courses", 2, 6)
def test_completing_a_lesson_uses_the_same_queries_for_2_or_6_courses_and_learners(
    client_for, world, volunteer_user, django_assert_num_queries
):
    # Neither finishes the course (it has a knowledge check and a classroom day too).
    first, second = _lessons_without_a_quiz("boundaries")
    client = client_for(volunteer_user)
    client.post(reverse("courses:lesson_complete", args=[first.pk]))
    # Signing in 2, the lesson 1, the renewal check 1, the completion's INSERT 1, progress 1
    # (statuses are the one just read; the course, its lessons and classroom days come from
    # the content cache), the status UPDATE 1, the readiness summary's UPDATE 1; and a
    # SAVEPOINT with its RELEASE. The site for the way back comes from the content cache.
    with django_assert_num_queries(10):
        response = client.post(reverse("courses:lesson_complete", args=[second.pk]))
    assert response.status_code == 302
    # Done already: the same, as the INSERT is skipped by the database rather than looked for.
    with django_assert_num_queries(10):
        client.post(reverse("courses:lesson_complete", args=[second.pk]))


@at_sizes("register", 3, 30)
def test_the_register_uses_the_same_queries_for_3_or_30_learners(client_for, world, django_assert_num_queries):
    client = client_for(world.trainer)
    client.get(reverse("courses:register", args=[world.session.pk]))
    with django_assert_num_queries(REGISTER_QUERIES):
        response = client.get(reverse("courses:register", args=[world.session.pk]))
    assert response.content.decode().count('name="reason_') == world.size

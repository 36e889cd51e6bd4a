"""Reads about courses, shaped for the pages that show them.

Progress comes from `courses.progress.progress_for(users, courses)` (re-exported here): the
one place the completion rule is read, in a fixed number of queries. Other apps (readiness)
ask `training_gaps_for(users)` for what each person is missing.
"""

import copy
import functools
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.db.models.expressions import Col
from django.utils import timezone

from courses import catalogue, quiz
from courses.models import (
    ATTENDED,
    REQUIRED_CATEGORIES,
    Attendance,
    Booking,
    BookingState,
    Certificate,
    ClassroomSession,
    Course,
    CourseStatus,
    Lesson,
    LessonCompletion,
    Module,
    PolicyAcknowledgement,
    PolicyPage,
    PolicyVersion,
    QuizAttempt,
    ReflectionAnswer,
    RegisterEntry,
)
from courses.progress import progress_for
from courses.translations import originals
from people.permissions import roles_of


def _applies(course, role_names, profile):
    """Whether `course` is for someone with these roles and volunteer profile (or None): their
    role, their placement, or, for a course marked for First Steps, their First Steps caseload."""
    roles_ok = not course.for_roles.all() or any(group.name in role_names for group in course.for_roles.all())
    placements = course.for_placements.all()
    placement_id = profile.placement_id if profile else None
    placement_ok = not placements or any(placement.pk == placement_id for placement in placements)
    first_steps = course.for_first_steps and profile is not None and profile.first_steps_caseload
    return roles_ok and (placement_ok or first_steps)


def live_courses():
    return originals(Course.objects.live()).order_by("path").prefetch_related("for_roles", "for_placements")


def required_courses_for(user, courses=None):
    """The courses this person must complete, in the order they sit in the learning hub.

    `courses` is a list from live_courses() when the caller has one already.
    """
    if courses is None:
        courses = live_courses().filter(category__in=REQUIRED_CATEGORIES)
    profile = getattr(user, "volunteer_profile", None)
    names = roles_of(user)
    return [course for course in courses if course.category in REQUIRED_CATEGORIES and _applies(course, names, profile)]


def required_courses_for_many(users):
    """{user_id: [required courses]} for many people at once (readiness boards use this)."""
    users = list(
        get_user_model()
        .objects.filter(pk__in=[getattr(u, "pk", u) for u in users])
        .select_related("volunteer_profile")
        .prefetch_related("groups")
    )
    courses = list(live_courses().filter(category__in=REQUIRED_CATEGORIES))
    result = {}
    for user in users:
        names = {group.name for group in user.groups.all()}
        profile = getattr(user, "volunteer_profile", None)
        result[user.pk] = [course for course in courses if _applies(course, names, profile)]
    return result


def training_gaps_for(users):
    """{user_id: [required courses not completed, or expired]}: what is missing for readiness."""
    required = required_courses_for_many(users)
    courses = {course.pk: course for items in required.values() for course in items}
    current = set(
        CourseStatus.objects.filter(user_id__in=required, course_id__in=courses, completed_on__isnull=False)
        .exclude(expires_on__lte=timezone.localdate())
        .values_list("user_id", "course_id")
    )
    return {
        user_id: [course for course in items if (user_id, course.pk) not in current]
        for user_id, items in required.items()
    }


def latest_version_id(policy):
    """A subquery: the id of the policy's current (newest) version; `policy` is an OuterRef."""
    return PolicyVersion.objects.filter(policy_id=policy).order_by("-id").values("id")[:1]


def with_current_version(policies):
    """Policy pages with `current_version_id`, None while no version is recorded yet."""
    return policies.annotate(current_version_id=Subquery(latest_version_id(OuterRef("pk"))))


def policies_for(*, user):
    """Every live policy with whether this person's acknowledgement is up to date, in one query."""
    current_ack = PolicyAcknowledgement.objects.filter(user=user, version_id=OuterRef("current_version_id"))
    policies = with_current_version(originals(PolicyPage.objects.live()).defer_streamfields().order_by("path"))
    return list(policies.annotate(acknowledged=Exists(current_ack)))


def policy_for(*, user, policy):
    version = PolicyVersion.objects.filter(policy=policy).order_by("-id").first()
    ack = None
    if version:
        ack = PolicyAcknowledgement.objects.filter(user=user, version=version).first()
    earlier = None
    if ack is None:
        earlier = PolicyAcknowledgement.objects.filter(user=user, policy=policy).order_by("-acknowledged_at").first()
    return {
        "version": version,
        "acknowledgement": ack,
        "earlier_acknowledgement": earlier,
        "body": catalogue.rendered_blocks(policy),
    }


def _with_urls(pages, request):
    for page in pages:
        page.link = page.get_url(request)
    return pages


def hub_for(*, user, hub, request):
    courses = catalogue.live_courses()
    required_ids = {course.pk for course in required_courses_for(user, courses)}
    progress = progress_for([user], courses, next_sessions=False)
    _with_urls(courses, request)
    sections = defaultdict(list)
    for course in courses:
        course.progress = progress[user.pk, course.pk]
        course.required_for_me = course.pk in required_ids
        sections[course.category].append(course)
    return {
        "sections": [(category, sections[category]) for category in course_categories() if sections[category]],
        "policies_index": catalogue.policies_index(hub),
    }


def course_categories():
    from courses.models import Category

    return list(Category)


def course_outline_for(*, user, course):
    progress = progress_for([user], [course])[user.pk, course.pk]
    modules = list(Module.objects.live().child_of(course).order_by("path"))
    lessons_by_module = defaultdict(list)
    for lesson in progress.lessons:
        lesson.done = lesson.pk in progress.done_lesson_ids
        lessons_by_module[lesson.path[: len(lesson.path) - Lesson.steplen]].append(lesson)
    for module in modules:
        module.lesson_list = lessons_by_module[module.path]
        module.attended = module.pk in progress.attended_module_ids
        module.done = all(lesson.done for lesson in module.lesson_list) and (
            module.classroom_day is None or module.attended
        )
    prerequisite_ids = [item.pk for item in course.prerequisites.all()]
    prerequisites = list(Course.objects.live().filter(pk__in=prerequisite_ids).order_by("path"))
    if prerequisites:
        finished = progress_for([user], prerequisites)
        for prerequisite in prerequisites:
            prerequisite.done = finished[user.pk, prerequisite.pk].is_complete
    upcoming = []
    if progress.classroom_modules:
        upcoming = list(
            ClassroomSession.objects.filter(course=course, starts_at__gt=timezone.now(), cancelled_at=None)
            .select_related("module")
            .annotate(booked=Count("bookings", filter=Q(bookings__state=BookingState.BOOKED)))[:10]
        )
    # Modules taught on the same classroom day are shown under that day, once.
    days = []
    for module in modules:
        if days and module.classroom_day is not None and days[-1]["day"] == module.classroom_day:
            days[-1]["modules"].append(module)
        else:
            days.append({"day": module.classroom_day, "modules": [module]})
    for group in days:
        group["attended"] = group["day"] is not None and all(module.attended for module in group["modules"])
    return {
        "progress": progress, "modules": modules, "days": days, "prerequisites": prerequisites, "sessions": upcoming,
    }


def next_in_training(path):
    """The one next thing to do in training, from `my_path`, in order of urgency: a classroom
    day to book (only where a date is on offer), the lesson to carry on with, a policy to
    read. None when there is nothing to do."""
    if path["days_to_book"]:
        first = path["days_to_book"][0]
        return {"kind": "book_day", "course": first["course"], "module": first["module"]}
    if path["continue_with"] is not None:
        row = path["continue_with"]
        return {"kind": "lesson", "course": row.course, "lesson": row.next_lesson, "started": row.started}
    if path["policies_to_read"]:
        return {"kind": "policy", "policy": path["policies_to_read"][0]}
    return None


# Lesson blocks that show the learner's own work, rendered for each learner.
PERSONAL_BLOCKS = ("reflection", "knowledge_check")


def knowledge_check_for(*, user, lesson, questions, attempt, done, draft=None):
    """What the knowledge check shows (see courses/quiz.py): "passed", with the attempt to
    review; or the form, its options in this attempt's order, ticked with the last try's (or
    an unmarked draft's) answers, each wrong question with a hint."""
    if not questions:
        return None
    if attempt is not None and attempt.passed and done:
        return {"passed": True, "attempt": attempt}
    last_failed = attempt is not None and not attempt.passed
    if draft:
        seed, chosen, marks = draft.get("seed", ""), draft.get("answers") or {}, {}
    elif last_failed:
        seed, chosen = attempt.seed, attempt.answers
        marks = {question["id"]: question["right"] for question in attempt.questions}
    else:
        seed, chosen, marks = "", {}, {}
    if not quiz.valid_seed(seed):
        seed = quiz.fresh_seed(user_id=user.pk, lesson_id=lesson.pk, last_attempt_id=attempt.pk if attempt else 0)
    sections = quiz.lesson_sections(lesson.body) if any(right is False for right in marks.values()) else []
    shown = quiz.in_order(questions, seed)
    for question in shown:
        picked = set(chosen.get(question["id"]) or [])
        for option in question["options"]:
            option["checked"] = option["id"] in picked
        question["right"] = marks.get(question["id"])
        question["hint"] = quiz.hint_for(question, sections) if question["right"] is False else None
    return {
        "passed": False,
        "seed": seed,
        "questions": shown,
        "last_failed": attempt if last_failed and not draft else None,
        "wrong": sum(1 for right in marks.values() if right is False),
        "errors": (draft or {}).get("errors") or [],
    }


def lesson_for(*, user, lesson, draft=None):
    """A lesson page's own facts: its course, whether the learner has done it in the current
    cycle (and whether that course is due for renewal), the next lesson, and the learner's
    reflections and last knowledge check try where the lesson has them."""
    course = catalogue.course_of(lesson)
    lessons = catalogue.lessons_of(course) if course else []
    done = renewal_due = False
    if course is not None and any(item.pk == lesson.pk for item in lessons):
        done, renewal_due = _lesson_done(user, lesson, course)
    # The learner's reflections and last knowledge check try are read only when the lesson
    # has somewhere to show them.
    kinds = {child.block_type for child in lesson.body}
    shared = catalogue.rendered_blocks(lesson, personal=PERSONAL_BLOCKS)
    answers = {}
    if "reflection" in kinds:
        answers = {answer.block_id: answer for answer in ReflectionAnswer.objects.filter(user=user, lesson=lesson)}
    questions = lesson.knowledge_check()
    attempt = QuizAttempt.objects.filter(user=user, lesson=lesson).first() if questions else None
    ids = [item.pk for item in lessons]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    following = lessons[position + 1] if position is not None and position + 1 < len(lessons) else None
    return {
        "course": course,
        "done": done,
        "renewal_due": renewal_due,
        "items": [
            {"block": child, "answer": answers.get(child.id), "html": html}
            for child, html in zip(lesson.body, shared, strict=True)
        ],
        "attempt": attempt,
        "quiz": questions,
        "check": knowledge_check_for(
            user=user, lesson=lesson, questions=questions, attempt=attempt, done=done and not renewal_due, draft=draft
        ),
        "next_lesson": copy.copy(following) if following is not None else None,
    }


def _lesson_done(user, lesson, course):
    """(done, renewal due) in one query: the learner's completion of the lesson with their
    course status beside it. As in progress_for, work from before a renewal began does not
    count. Every lesson a learner opens asks this, and the ORM takes several times longer to
    build the query than the database takes to answer it, so it is written out once."""
    row = _fetch_one(_lesson_done_sql(), [course.pk, user.pk, lesson.pk], _LESSON_DONE_FIELDS)
    if row is None:
        return False, False
    completed_at, cycle_started_at, expires_on = row
    done = cycle_started_at is None or completed_at >= cycle_started_at
    renewal_due = expires_on is not None and expires_on <= timezone.localdate()
    return done, renewal_due


_LESSON_DONE_FIELDS = (
    (LessonCompletion, "completed_at"),
    (CourseStatus, "cycle_started_at"),
    (CourseStatus, "expires_on"),
)


@functools.cache
def _lesson_done_sql():
    def column(model, name):
        return connection.ops.quote_name(model._meta.get_field(name).column)

    def table(model):
        return connection.ops.quote_name(model._meta.db_table)

    done, status = LessonCompletion, CourseStatus
    return (
        f"SELECT d.{column(done, 'completed_at')}, s.{column(status, 'cycle_started_at')}, "
        f"s.{column(status, 'expires_on')} "
        f"FROM {table(done)} d LEFT JOIN {table(status)} s "
        f"ON s.{column(status, 'user')} = d.{column(done, 'user')} AND s.{column(status, 'course')} = %s "
        f"WHERE d.{column(done, 'user')} = %s AND d.{column(done, 'lesson')} = %s"
    )


def _fetch_one(sql, params, fields):
    """The first row of a plain SQL query, each value converted as the ORM would convert that
    (model, field name)'s column (SQLite, for one, gives dates back as text)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return None
    values = []
    for value, (model, name) in zip(row, fields, strict=True):
        field = model._meta.get_field(name)
        expression = Col(model._meta.db_table, field)
        for converter in connection.ops.get_db_converters(expression) + field.get_db_converters(connection):
            value = converter(value, expression, connection)
        values.append(value)
    return values


def _sessions_from(when):
    return (
        ClassroomSession.objects.filter(starts_at__gt=when, cancelled_at=None)
        .select_related("course", "module", "trainer")
        .annotate(
            booked=Count("bookings", filter=Q(bookings__state=BookingState.BOOKED)),
            waiting=Count("bookings", filter=Q(bookings__state=BookingState.WAITING)),
        )
        # Soonest first, so today's sessions lead the list.
        .order_by("starts_at", "id")
    )


def upcoming_sessions(*, course=None, module=None):
    sessions = _sessions_from(timezone.now())
    if course is not None:
        sessions = sessions.filter(course=course)
    if module is not None:
        sessions = sessions.filter(module=module)
    return sessions


def sessions_for_trainer(user):
    """Today's sessions (whose register is due) and later ones, for the trainer who runs them."""
    start_of_today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return _sessions_from(start_of_today).filter(trainer=user)


def register_for(session):
    """The people booked on a session with their register entry (if any), in name order."""
    bookings = list(
        Booking.objects.filter(session=session, state=BookingState.BOOKED)
        .select_related("user")
        .order_by("user__full_name", "user_id")
    )
    entries = {entry.user_id: entry for entry in RegisterEntry.objects.filter(session=session)}
    for booking in bookings:
        booking.entry = entries.get(booking.user_id)
    return bookings


def _missed_days(user):
    """Classroom days this person was marked absent for and has not attended since, with the
    next sessions to catch up on each (from the cache): one query, whether they missed a day
    or not."""
    entries = list(
        RegisterEntry.objects.filter(user=user, attendance__in=[Attendance.ABSENT, *ATTENDED]).select_related(
            "session__module", "session__course"
        )
    )
    attended_modules = {entry.session.module_id for entry in entries if entry.attendance in ATTENDED}
    missed = {}
    for entry in entries:
        if entry.attendance == Attendance.ABSENT and entry.session.module_id not in attended_modules:
            missed.setdefault(entry.session.module_id, entry.session)
    missed_sessions = {entry.session_id for entry in entries if entry.attendance == Attendance.ABSENT}
    catch_up = defaultdict(list)
    for session in catalogue.upcoming_sessions(modules=missed):
        # Never the very session they were marked absent from (a register taken before it began).
        if session.pk not in missed_sessions:
            catch_up[session.module_id].append(session)
    return [{"session": session, "next_sessions": catch_up[module_id][:3]} for module_id, session in missed.items()]


def my_path(*, user, request):
    """Everything on a volunteer's "My path", in a fixed number of queries.

    It also gives what it read on the way (`courses`: every live course in a required
    category; `progress`; `policies`), so a page that shows more about the same person can
    use them rather than read them again.
    """
    live = [course for course in catalogue.live_courses() if course.category in REQUIRED_CATEGORIES]
    courses = required_courses_for(user, live)
    progress = progress_for([user], courses)
    rows = []
    for course in courses:
        course.link = course.get_url(request)
        item = progress[user.pk, course.pk]
        if item.next_lesson is not None:
            item.next_lesson.link = item.next_lesson.get_url(request)
        rows.append(item)
    continue_with = next((row for row in rows if row.next_lesson is not None and row.started), None)
    if continue_with is None:
        continue_with = next((row for row in rows if row.next_lesson is not None), None)
    bookings = list(
        Booking.objects.filter(
            user=user, state__in=[BookingState.BOOKED, BookingState.WAITING], session__starts_at__gt=timezone.now()
        )
        .select_related("session__module", "session__course")
        .order_by("session__starts_at")
    )
    policies = policies_for(user=user)
    _with_urls(policies, request)
    booked_modules = {booking.session.module_id for booking in bookings}
    days_to_book = [
        {"course": row.course, "module": module}
        for row in rows
        if not row.is_complete
        for module in row.missed_days
        if module.pk not in booked_modules and getattr(module, "next_session_at", None)
    ]
    return {
        "required": rows,
        "continue_with": continue_with,
        "renewals": [row for row in rows if row.renewal_due or row.renewal_soon],
        "bookings": bookings,
        "missed_days": _missed_days(user),
        "days_to_book": days_to_book,
        "policies_to_read": [policy for policy in policies if not policy.acknowledged],
        "certificates": list(Certificate.objects.filter(user=user)),
        "courses": live,
        "progress": progress,
        "policies": policies,
    }

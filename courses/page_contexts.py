"""What a learner sees beside a page's content: their progress on a course, their answers
in a lesson, whether they have read a policy. Each learning page type's context is built
here and registered with the pages (courses.models.pages.LEARNER_CONTEXT) when the app is
ready, so the pages, which hold content only, never import the reads that import them.
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from courses import catalogue, content_cache, quiz, selectors
from courses.models import (
    BookingState,
    Category,
    ClassroomSession,
    Course,
    LearningHub,
    Lesson,
    Module,
    PoliciesIndex,
    PolicyAcknowledgement,
    PolicyPage,
    PolicyVersion,
    QuizAttempt,
    ReflectionAnswer,
)
from courses.models.pages import LEARNER_CONTEXT
from courses.progress import lesson_done, progress_for


def hub_for(*, user, hub, request):
    courses = catalogue.live_courses()
    required_ids = {course.pk for course in selectors.required_courses_for(user, courses)}
    progress = progress_for([user], courses, next_sessions=False)
    selectors.with_urls(courses, request)
    sections = defaultdict(list)
    for course in courses:
        course.progress = progress[user.pk, course.pk]
        course.required_for_me = course.pk in required_ids
        sections[course.category].append(course)
    return {
        "sections": [(category, sections[category]) for category in list(Category) if sections[category]],
        "policies_index": catalogue.policies_index(hub),
    }


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
        done, renewal_due = lesson_done(user, lesson, course)
    # The learner's reflections and last knowledge check try are read only when the lesson
    # has somewhere to show them.
    kinds = {child.block_type for child in lesson.body}
    shared = content_cache.rendered_blocks(lesson, personal=PERSONAL_BLOCKS)
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
        "body": content_cache.rendered_blocks(policy),
    }


def hub_context(page, request):
    return hub_for(user=request.user, hub=page, request=request)


def course_context(page, request):
    context = course_outline_for(user=request.user, course=page)
    context["accreditation_body"] = settings.WAYMARK_ACCREDITATION_BODY
    return context


def lesson_context(page, request):
    # A knowledge check try that could not be marked is shown once more, as it was sent.
    draft = request.session.pop(f"quiz-draft-{page.pk}", None) if hasattr(request, "session") else None
    return lesson_for(user=request.user, lesson=page, draft=draft)


def policies_index_context(page, request):
    return {"policies": selectors.policies_for(user=request.user)}


def policy_context(page, request):
    return policy_for(user=request.user, policy=page)


def register():
    """Called once, when the app is ready (courses.apps)."""
    LEARNER_CONTEXT.update(
        {
            LearningHub: hub_context,
            Course: course_context,
            Lesson: lesson_context,
            PoliciesIndex: policies_index_context,
            PolicyPage: policy_context,
        }
    )

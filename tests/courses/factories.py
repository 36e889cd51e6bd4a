"""Small course data in the same shape as courses/content, and helpers to build with it."""

from datetime import timedelta

from django.utils import timezone

from courses import loading
from courses.models import ClassroomSession, Course, Lesson, Module, PolicyPage


def quiz():
    return {
        "pass_mark": 80,
        "questions": [
            {
                "kind": "single",
                "text": "Who decides what recovery means for a person?",
                "options": [
                    {"text": "The person themselves", "correct": True, "feedback": "Yes: recovery is self-defined."},
                    {"text": "Their peer supporter", "correct": False, "feedback": "No: it is their choice."},
                ],
            },
            {
                "kind": "multiple",
                "text": "Which of these keep boundaries clear?",
                "options": [
                    {"text": "Meeting in agreed places", "correct": True, "feedback": "Right."},
                    {"text": "Lending money", "correct": False, "feedback": "No: never lend money."},
                    {"text": "Talking to your supervisor", "correct": True, "feedback": "Right."},
                ],
            },
        ],
    }


def course_data(slug="boundaries", *, title="Professional boundaries", classroom=True, validity=12, **extra):
    modules = [
        {
            "slug": "online",
            "title": "Online part",
            "summary": "Read before the day.",
            "classroom_day": None,
            "lessons": [
                {
                    "slug": "why-boundaries",
                    "title": "Why boundaries matter",
                    "estimated_minutes": 10,
                    "body": [
                        ("heading", "Keeping everyone safe"),
                        ("text", "Boundaries protect you.\n\n- Meet in agreed places\n- Never lend money"),
                        ("callout", {"kind": "worried", "title": "Worried?", "text": "Tell your supervisor today."}),
                        ("reflection", "When did a boundary help you?"),
                    ],
                    "quiz": None,
                },
                {
                    "slug": "check",
                    "title": "Check your understanding",
                    "estimated_minutes": 5,
                    "body": [("text", "Answer the questions below.")],
                    "quiz": quiz(),
                },
            ],
        }
    ]
    if classroom:
        modules.append(
            {
                "slug": "day-one",
                "title": "Classroom day",
                "summary": "Practice together.",
                "classroom_day": 1,
                "lessons": [
                    {
                        "slug": "before-the-day",
                        "title": "Before the day",
                        "estimated_minutes": 5,
                        "body": [("text", "Bring a pen.")],
                        "quiz": None,
                    }
                ],
            }
        )
    data = {
        "slug": slug,
        "title": title,
        "category": "required",
        "delivery": "blended" if classroom else "online",
        "summary": "Keeping the relationship safe and clear.",
        "estimated_minutes": 60,
        "validity_months": validity,
        "for_roles": ["Volunteer"],
        "for_placements": [],
        "prerequisites": [],
        "accreditation": "Accredited by the Demo Recovery College.",
        "modules": modules,
    }
    data.update(extra)
    return data


def policy_data(slug="confidentiality", title="Confidentiality"):
    return {
        "slug": slug,
        "title": title,
        "summary": "What we keep private, and when we must share.",
        "version_note": "First version.",
        "body": [("heading", "What stays private"), ("text", "Most things do.")],
    }


def build(courses=None, policies=None):
    loading.build(courses=courses if courses is not None else [course_data()], policies=policies or [])


def course(slug="boundaries"):
    return Course.objects.get(slug=slug)


def lesson(slug):
    return Lesson.objects.get(slug=slug)


def module(slug="day-one"):
    return Module.objects.get(slug=slug)


def policy(slug="confidentiality"):
    return PolicyPage.objects.get(slug=slug)


def session(*, trainer, course_slug="boundaries", module_slug="day-one", days=7, capacity=10, **extra):
    starts = timezone.now() + timedelta(days=days)
    return ClassroomSession.objects.create(
        course=course(course_slug),
        module=Module.objects.child_of(course(course_slug)).get(slug=module_slug),
        starts_at=starts,
        ends_at=starts + timedelta(hours=6),
        venue="Room 2",
        capacity=capacity,
        trainer=trainer,
        **extra,
    )


def right_answers(lesson_page):
    """POST data answering every question correctly."""
    return {
        f"q-{question['id']}": [option["id"] for option in question["options"] if option["correct"]]
        for question in lesson_page.knowledge_check()
    }


def wrong_answers(lesson_page):
    return {
        f"q-{question['id']}": [next(option["id"] for option in question["options"] if not option["correct"])]
        for question in lesson_page.knowledge_check()
    }


def finish_online_work(user, course_slug="boundaries"):
    """Complete every online lesson of a course for `user` (passing the quizzes)."""
    from courses import services

    for lesson_page in Lesson.objects.live().descendant_of(course(course_slug)):
        questions = lesson_page.knowledge_check()
        if questions:
            answers = {
                question["id"]: [option["id"] for option in question["options"] if option["correct"]]
                for question in questions
            }
            services.quiz_attempt_submit(user=user, lesson=lesson_page, answers=answers)
        else:
            services.lesson_complete(user=user, lesson=lesson_page)


def attend(user, *, trainer, course_slug="boundaries", module_slug="day-one", when_days=-1):
    """Book `user` on a classroom day that has already happened and mark them present."""
    from courses import services
    from courses.models import Booking

    past = session(trainer=trainer, course_slug=course_slug, module_slug=module_slug, days=when_days)
    Booking.objects.create(session=past, user=user)
    services.register_take(session=past, by=trainer, marks={user.pk: ("present", "")})
    return past


def small_course(index):
    return {
        "slug": f"course-{index}",
        "title": f"Course {index}",
        "category": "required",
        "delivery": "online",
        "summary": "A short course.",
        "estimated_minutes": 10,
        "validity_months": 12,
        "for_roles": [],
        "for_placements": [],
        "prerequisites": [],
        "accreditation": "",
        "modules": [
            {
                "slug": "only",
                "title": "The module",
                "summary": "",
                "classroom_day": None,
                "lessons": [
                    {"slug": "one", "title": "One", "estimated_minutes": 5, "body": [("text", "Hi")], "quiz": None},
                    {"slug": "two", "title": "Two", "estimated_minutes": 5, "body": [("text", "Hi")], "quiz": None},
                ],
            }
        ],
    }

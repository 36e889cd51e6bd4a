"""Courses made by the real loader from the real lesson text, classroom days with bookings
and registers, and what each volunteer has done: completions, course statuses, certificates."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import time, timedelta

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from bench.org.common import BATCH, CHUNK, COHORT, local, pick
from bench.org.rows import copy_rows
from courses import loading
from courses.models import Attendance as RegisterMark
from courses.models import (
    Booking,
    BookingState,
    Category,
    Certificate,
    ClassroomSession,
    Course,
    CourseStatus,
    LearningHub,
    Lesson,
    LessonCompletion,
    Module,
    RegisterEntry,
)
from courses.models.activity import new_verification_code
from people.roles import Role
from people.status import Status

# -- The course plan, in courses/content's shape -----------------------------------


def _real_lessons():
    from courses.content import COURSES

    lessons = [lesson for course in COURSES for module in course["modules"] for lesson in module["lessons"]]
    texts = [lesson for lesson in lessons if not lesson.get("quiz")]
    quizzes = [lesson for lesson in lessons if lesson.get("quiz")]
    return texts, quizzes


class _Lessons:
    """Hands out the real lessons in turn, so every synthetic lesson has real text."""

    def __init__(self):
        self.texts, self.quizzes = _real_lessons()
        self.n = 0

    def next(self, *, quiz):
        pool = self.quizzes if quiz else self.texts
        real = pool[self.n % len(pool)]
        self.n += 1
        return {
            "slug": f"lesson-{self.n}",
            "title": real["title"],
            "estimated_minutes": real.get("estimated_minutes") or 15,
            "body": real["body"],
            "quiz": real.get("quiz") if quiz else None,
        }


def _module(slug, title, lessons, classroom_day=None):
    return {"slug": slug, "title": title, "summary": "", "classroom_day": classroom_day, "lessons": lessons}


def _course(slug, title, category, modules, *, delivery="online", validity=0, placements=()):
    return {
        "slug": slug,
        "title": title,
        "category": category,
        "delivery": delivery,
        "summary": f"{title}: what you need to know, in short lessons.",
        "estimated_minutes": 90,
        "validity_months": validity,
        "for_roles": [Role.VOLUNTEER.value],
        "for_placements": list(placements),
        "prerequisites": [],
        "accreditation": "Accredited by the Bench Recovery College." if category == Category.INDUCTION else "",
        "modules": modules,
    }


def course_plan(count):
    """`count` courses: a four-day induction (a lesson read and a lesson with a knowledge
    check before each classroom day), required and hospital courses online, and an ongoing
    programme in which every other course has a classroom day."""
    lessons = _Lessons()
    required = 2 if count < 10 else 5
    placement = 1 if count < 10 else 2
    plan = [
        _course(
            "bench-induction", "Four-day induction", Category.INDUCTION,
            [
                _module(f"day-{day}", f"Day {day}", [lessons.next(quiz=False), lessons.next(quiz=True)], day)
                for day in range(1, 5)
            ],
            delivery="blended",
        )
    ]
    for k in range(required):
        modules = [
            _module(f"part-{part}", f"Part {part}", [lessons.next(quiz=False), lessons.next(quiz=True)])
            for part in (1, 2)
        ]
        plan.append(_course(f"bench-required-{k}", f"Required training {k + 1}", Category.REQUIRED, modules,
                            validity=36 if k % 2 == 0 else 0))
    for k in range(placement):
        modules = [_module("part-1", "Part 1", [lessons.next(quiz=False), lessons.next(quiz=True)])]
        plan.append(_course(f"bench-hospital-{k}", f"Hospital training {k + 1}", Category.PLACEMENT, modules,
                            validity=24, placements=["hospital"]))
    for k in range(count - 1 - required - placement):
        modules = [_module("part-1", "Part 1", [lessons.next(quiz=False), lessons.next(quiz=False)])]
        classroom = k % 2 == 1
        if classroom:
            modules.append(_module("classroom", "Classroom day", [lessons.next(quiz=False)], 1))
        plan.append(_course(f"bench-ongoing-{k}", f"Ongoing learning {k + 1}", Category.ONGOING, modules,
                            delivery="blended" if classroom else "online"))
    return plan


@dataclass
class CourseInfo:
    course: Course
    lessons: list
    quiz_ids: set
    classroom_modules: list

    @property
    def done_when_all_lessons(self):
        return not self.classroom_modules


def build_pages(size):
    """The real loader makes the pages; a bare Wagtail page is added for the throughput baseline."""
    from courses.content import POLICIES

    loading.build(courses=course_plan(size.courses), policies=POLICIES)
    hub = LearningHub.objects.get()
    bare = Page(title="A bare Wagtail page", slug="bare")
    hub.add_child(instance=bare)
    bare.save_revision().publish()
    infos = []
    for course in Course.objects.live().order_by("path"):
        lessons = list(Lesson.objects.live().descendant_of(course).order_by("path"))
        infos.append(
            CourseInfo(
                course=course,
                lessons=lessons,
                quiz_ids={lesson.pk for lesson in lessons if lesson.knowledge_check() is not None},
                classroom_modules=list(
                    Module.objects.live().child_of(course).filter(classroom_day__isnull=False).order_by("path")
                ),
            )
        )
    return infos, bare


# -- What volunteers have done -----------------------------------------------------------------------


@dataclass
class Plan:
    """What one volunteer has done: {course index: (lessons done, classroom days attended, completed on)}."""

    courses: dict = field(default_factory=dict)
    absent_day: int | None = None
    booked_day: int | None = None


def needed_courses(volunteer, infos):
    """The induction, required courses and (in a hospital) the hospital courses, by index."""
    return [
        k for k, info in enumerate(infos)
        if info.course.category in (Category.INDUCTION, Category.REQUIRED)
        or (info.course.category == Category.PLACEMENT and volunteer.placement == "hospital")
    ]


def plan_for(volunteer, infos, today):
    i, plan = volunteer.i, Plan()
    if volunteer.status == Status.APPLICANT:
        return plan
    needed = needed_courses(volunteer, infos)
    if volunteer.status == Status.IN_TRAINING:
        days = (i // 20) % 5
        for k in needed:
            info = infos[k]
            share = ((i + 2 * k) % 5) / 4
            done = round(len(info.lessons) * share)
            attended = min(days, len(info.classroom_modules))
            finished = done == len(info.lessons) and attended == len(info.classroom_modules)
            when = min(volunteer.joined + timedelta(days=20), today - timedelta(days=1)) if finished else None
            if done or attended:
                plan.courses[k] = (done, attended, when)
        if days < 4:
            if pick(i, 30, 3) == 0:
                plan.absent_day = days + 1
            else:
                plan.booked_day = days + 1
        return plan
    for n, k in enumerate(needed):
        info = infos[k]
        when = min(volunteer.joined + timedelta(days=30 + 5 * n), today - timedelta(days=1))
        plan.courses[k] = (len(info.lessons), len(info.classroom_modules), when)
    if volunteer.status == Status.ACTIVE:
        for k, info in enumerate(infos):
            if info.course.category == Category.ONGOING and not info.classroom_modules and pick(i, 20 + k, 3) == 0:
                when = min(volunteer.joined + timedelta(days=90 + 10 * k), today - timedelta(days=1))
                plan.courses[k] = (len(info.lessons), 0, when)
    return plan


class Sessions:
    """Classroom sessions for the induction days: past ones per cohort of 16, and upcoming
    ones filled 16 at a time; two empty upcoming sessions for each ongoing classroom day."""

    def __init__(self, infos, trainers, today):
        self.infos, self.trainers, self.today = infos, trainers, today
        self.induction = next(info for info in infos if info.course.category == Category.INDUCTION)
        self.made = {}
        self.filled = defaultdict(int)

    def past(self, cohort, day):
        key = ("past", cohort, day)
        if key not in self.made:
            module = self.induction.classroom_modules[day - 1]
            date = self.today - timedelta(days=2 + 7 * (4 - day) + 7 * (cohort % 30))
            self.made[key] = self._session(self.induction, module, date, cohort)
        return self.made[key]

    def upcoming(self, day):
        n = self.filled[day] // COHORT
        self.filled[day] += 1
        key = ("upcoming", day, n)
        if key not in self.made:
            module = self.induction.classroom_modules[day - 1]
            date = self.today + timedelta(days=7 + 7 * (n % 10) + day)
            self.made[key] = self._session(self.induction, module, date, n)
        return self.made[key]

    def ongoing(self):
        for k, info in enumerate(self.infos):
            if info.course.category != Category.ONGOING:
                continue
            for module in info.classroom_modules:
                for n in range(2):
                    date = self.today + timedelta(days=10 + 14 * n + k % 7)
                    self.made["ongoing", k, n] = self._session(info, module, date, k + n)

    def _session(self, info, module, date, n):
        starts = local(date, time(10))
        trainer = self.trainers[n % len(self.trainers)]
        return ClassroomSession(
            course_id=info.course.pk, module=module, starts_at=starts, ends_at=starts + timedelta(hours=5),
            venue="The Hub, Room 2", capacity=20, trainer_id=trainer, created_by_id=trainer,
        )


def build_learning(people, infos, now):
    today = timezone.localdate(now)
    plans = {v.i: plan_for(v, infos, today) for v in people.volunteers}
    sessions = Sessions(infos, people.trainers, today)
    places = []
    for v in people.volunteers:
        plan = plans[v.i]
        induction = plan.courses.get(0)
        for day in range(1, (induction[1] if induction else 0) + 1):
            mark = RegisterMark.LATE if v.i % 10 == 3 else RegisterMark.PRESENT
            places.append((v, sessions.past(v.i // COHORT, day), mark))
        if plan.absent_day:
            places.append((v, sessions.past(v.i // COHORT, plan.absent_day), RegisterMark.ABSENT))
        if plan.booked_day:
            places.append((v, sessions.upcoming(plan.booked_day), None))
    sessions.ongoing()
    ClassroomSession.objects.bulk_create(list(sessions.made.values()), batch_size=BATCH)
    Booking.objects.bulk_create(
        [Booking(session=s, user_id=v.user_id, state=BookingState.BOOKED, created_at=s.starts_at - timedelta(days=14))
         for v, s, _mark in places],
        batch_size=BATCH,
    )
    RegisterEntry.objects.bulk_create(
        [RegisterEntry(session=s, user_id=v.user_id, attendance=mark, recorded_by_id=s.trainer_id,
                       recorded_at=s.ends_at, reason="Unwell" if mark == RegisterMark.ABSENT else "")
         for v, s, mark in places if mark is not None],
        batch_size=BATCH,
    )
    for start in range(0, len(people.volunteers), CHUNK):
        chunk = people.volunteers[start:start + CHUNK]
        with transaction.atomic():
            _learning_rows(chunk, plans, infos, now)
    return sessions


def _learning_rows(chunk, plans, infos, now):
    today = timezone.localdate(now)
    completions, statuses, certificates = [], [], []
    for v in chunk:
        for k, (done, attended, completed_on) in plans[v.i].courses.items():
            info = infos[k]
            started = v.joined + timedelta(days=3)
            for n, lesson in enumerate(info.lessons[:done]):
                day = completed_on or min(started + timedelta(days=n), today)
                score = 100 if lesson.pk in info.quiz_ids else None
                completions.append((v.user_id, lesson.pk, lesson.title, info.course.pk,
                                    min(local(day, time(11, n % 60)), now), score))
            validity = info.course.validity_months
            expires = completed_on + relativedelta(months=validity) if completed_on and validity else None
            statuses.append((v.user_id, info.course.pk, done, len(info.lessons), attended,
                             len(info.classroom_modules), info.lessons[done - 1].pk if done else None, completed_on,
                             expires, now))
            if completed_on:
                certificates.append((v.user_id, info.course.pk, v.name, info.course.title, info.course.accreditation,
                                     completed_on, expires, new_verification_code(), local(completed_on, time(12))))
    copy_rows(LessonCompletion, ["user", "lesson", "lesson_title", "course", "completed_at", "score"], completions)
    copy_rows(CourseStatus, ["user", "course", "lessons_done", "lessons_total", "days_attended", "days_total",
                             "last_lesson", "completed_on", "expires_on", "updated_at"], statuses)
    copy_rows(Certificate, ["user", "course", "learner_name", "course_title", "accreditation", "completed_on",
                            "expires_on", "code", "issued_at"], certificates)

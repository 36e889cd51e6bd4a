"""The course completion rule, and progress for many people on many courses at once.

`progress_for(users, courses)` uses the same four queries however many people and courses
it is given. Stored `CourseStatus` rows are refreshed from it (see services), so pages can
read a course's state without recomputing it.
"""

import functools
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from courses import catalogue, sql
from courses.models import (
    ATTENDED,
    RENEWAL_WARNING_DAYS,
    Course,
    CourseStatus,
    LessonCompletion,
    RegisterEntry,
)
from people import dates


@dataclass
class CourseProgress:
    course: Course
    lessons: list = field(default_factory=list)
    done_lesson_ids: set = field(default_factory=set)
    classroom_modules: list = field(default_factory=list)
    attended_module_ids: set = field(default_factory=set)
    status: CourseStatus | None = None

    @property
    def lessons_total(self):
        return len(self.lessons)

    @property
    def lessons_done(self):
        return len(self.done_lesson_ids)

    @property
    def days_total(self):
        return len(self.classroom_modules)

    @property
    def days_attended(self):
        return len(self.attended_module_ids)

    @property
    def classroom_days(self):
        """The classroom day numbers, as a learner counts them: two modules taught on the same
        day make one day."""
        return sorted({module.classroom_day for module in self.classroom_modules})

    @property
    def classroom_days_attended(self):
        """Days on which every module taught that day was attended."""
        missed = {module.classroom_day for module in self.missed_days}
        return len([day for day in self.classroom_days if day not in missed])

    @property
    def all_done(self):
        """The completion rule: every lesson done (so every knowledge check passed) and every
        classroom day attended, in the current cycle."""
        has_work = self.lessons_total + self.days_total > 0
        return has_work and self.lessons_done == self.lessons_total and self.days_attended == self.days_total

    @property
    def completed_on(self):
        return self.status.completed_on if self.status else None

    @property
    def expires_on(self):
        return self.status.expires_on if self.status else None

    @property
    def renewal_due(self):
        return bool(self.status and self.status.renewal_due)

    @property
    def renewal_soon(self):
        expires = self.expires_on
        today = timezone.localdate()
        return expires is not None and today < expires <= dates.days_after(today, RENEWAL_WARNING_DAYS)

    @property
    def is_complete(self):
        """Completed and not expired. Stays true when editors add a lesson later."""
        return self.completed_on is not None and not self.renewal_due

    @property
    def started(self):
        return bool(self.done_lesson_ids or self.attended_module_ids or self.completed_on)

    @property
    def next_lesson(self):
        return next((lesson for lesson in self.lessons if lesson.pk not in self.done_lesson_ids), None)

    @property
    def missed_days(self):
        return [module for module in self.classroom_modules if module.pk not in self.attended_module_ids]


def progress_for(users, courses, *, statuses=None, next_sessions=True):
    """Progress of each person on each course: {(user_id, course_id): CourseProgress}.

    Two queries: stored statuses, and completions with attendance. The lessons and classroom
    modules (each with its next session as `next_session_at`, unless `next_sessions=False`)
    are the same for everyone and come from the cache (courses.catalogue).
    Work done before a renewal started (`cycle_started_at`) does not count. A caller that has
    just read (and locked) the stored statuses passes them as `statuses`, saving a query.
    """
    user_ids = [getattr(user, "pk", user) for user in users]
    courses = list(courses)
    if not user_ids or not courses:
        return {}
    contents = catalogue.course_contents(courses)
    if next_sessions:
        starts = catalogue.next_session_starts()
        for items in contents.values():
            for module in items.classroom_modules:
                module.next_session_at = starts.get(module.pk)
    lesson_course = {lesson.pk: cid for cid, items in contents.items() for lesson in items.lessons}
    module_course = {module.pk: cid for cid, items in contents.items() for module in items.classroom_modules}

    if statuses is None:
        statuses = {
            (status.user_id, status.course_id): status
            for status in CourseStatus.objects.filter(user_id__in=user_ids, course__in=courses)
        }

    def in_cycle(user_id, course_id, when):
        status = statuses.get((user_id, course_id))
        return status is None or status.cycle_started_at is None or when >= status.cycle_started_at

    # Lessons done and classroom days attended are both (person, page, when), and a page is
    # either a lesson or a module, so one query brings both.
    completions = LessonCompletion.objects.filter(user_id__in=user_ids, lesson_id__in=lesson_course).values_list(
        "user_id", "lesson_id", "completed_at"
    )
    entries = RegisterEntry.objects.filter(
        user_id__in=user_ids, session__module_id__in=module_course, attendance__in=ATTENDED
    ).values_list("user_id", "session__module_id", "session__starts_at")
    done = defaultdict(set)
    attended = defaultdict(set)
    for user_id, page_id, when in completions.union(entries, all=True):
        if page_id in lesson_course:
            course_id, found = lesson_course[page_id], done
        else:
            course_id, found = module_course[page_id], attended
        if in_cycle(user_id, course_id, when):
            found[user_id, course_id].add(page_id)

    return {
        (user_id, course.pk): CourseProgress(
            course=course,
            lessons=contents[course.pk].lessons,
            done_lesson_ids=done[user_id, course.pk],
            classroom_modules=contents[course.pk].classroom_modules,
            attended_module_ids=attended[user_id, course.pk],
            status=statuses.get((user_id, course.pk)),
        )
        for user_id in user_ids
        for course in courses
    }


def lesson_done(user, lesson, course):
    """(done, renewal due) in one query: the learner's completion of the lesson with their
    course status beside it. As in progress_for, work from before a renewal began does not
    count. Every lesson a learner opens asks this, and the ORM takes several times longer to
    build the query than the database takes to answer it, so it is written out once."""
    row = sql.fetch_one(_lesson_done_sql(), [course.pk, user.pk, lesson.pk], _LESSON_DONE_FIELDS)
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
    done, status, column, table = LessonCompletion, CourseStatus, sql.column, sql.table
    return (
        f"SELECT d.{column(done, 'completed_at')}, s.{column(status, 'cycle_started_at')}, "
        f"s.{column(status, 'expires_on')} "
        f"FROM {table(done)} d LEFT JOIN {table(status)} s "
        f"ON s.{column(status, 'user')} = d.{column(done, 'user')} AND s.{column(status, 'course')} = %s "
        f"WHERE d.{column(done, 'user')} = %s AND d.{column(done, 'lesson')} = %s"
    )

"""The courses, lessons, classroom days and sessions that are the same for every learner, read
through the content cache (courses.content_cache) so they cost no query while nothing changes.

The live courses (with who they are for), each course's live lessons and classroom days, the
classroom sessions still to come and the policies index are read on nearly every learning
page, yet change only when an editor publishes, moves or deletes a page, or a trainer
changes a session.
"""

import copy
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import timezone

from courses.content_cache import cached, in_memo, kept, kept_many, key_for, own_copy, version
from courses.models import ClassroomSession, Course, Lesson, Module, PoliciesIndex


@dataclass
class CourseContents:
    lessons: list = field(default_factory=list)
    classroom_modules: list = field(default_factory=list)

    def __copy__(self):
        return CourseContents(own_copy(self.lessons), own_copy(self.classroom_modules))


def _live_courses():
    return kept(
        key_for("live-courses"),
        lambda: list(Course.objects.live().order_by("path").prefetch_related("for_roles", "for_placements")),
    )


def live_courses():
    """Every live course in tree order, with `for_roles` and `for_placements` prefetched."""
    return own_copy(_live_courses())


def course_of(page):
    """The course a page sits in, or None: no query while that course is live."""
    for course in _live_courses():
        if page.path.startswith(course.path) and page.path != course.path:
            return copy.copy(course)
    return Course.objects.ancestor_of(page).first()


def policies_index(hub):
    return cached(f"policies-index:{hub.pk}", lambda: PoliciesIndex.objects.live().child_of(hub).first())


def upcoming_sessions(*, modules=None):
    """Every classroom session still to start (of these module ids, if given), soonest
    first. Read once for everyone; a session that has started since is left out as it is
    read."""
    return own_copy([s for s in _upcoming_sessions() if modules is None or s.module_id in modules])


def _upcoming_sessions():
    now = timezone.now()
    sessions = kept(
        key_for("upcoming-sessions"),
        lambda: list(
            ClassroomSession.objects.filter(starts_at__gt=timezone.now(), cancelled_at=None).order_by("starts_at", "id")
        ),
    )
    return [session for session in sessions if session.starts_at > now]


def next_session_starts():
    """{module_id: when its next classroom session starts}."""
    starts = {}
    for session in _upcoming_sessions():
        starts.setdefault(session.module_id, session.starts_at)
    return starts


def _under(pages):
    return reduce(or_, (Q(path__startswith=page.path) for page in pages))


def _owner(path, paths_by_length):
    for length, pages in paths_by_length.items():
        page = pages.get(path[:length])
        if page is not None:
            return page
    return None


def read_contents(courses):
    """{course_id: CourseContents} from the database in two queries: the live lessons (without
    their bodies) and the live classroom modules under the courses, in tree order."""
    by_length = defaultdict(dict)
    for course in courses:
        by_length[len(course.path)][course.path] = course
    contents = {course.pk: CourseContents() for course in courses}
    if not courses:
        return contents
    lessons = Lesson.objects.live().filter(_under(courses)).defer_streamfields().order_by("path")
    for lesson in lessons:
        contents[_owner(lesson.path, by_length).pk].lessons.append(lesson)
    for module in Module.objects.live().filter(_under(courses), classroom_day__isnull=False).order_by("path"):
        contents[_owner(module.path, by_length).pk].classroom_modules.append(module)
    return contents


def lessons_of(course):
    """The course's live lessons (without bodies) in tree order, shared with other requests in
    this process: only to read; copy one before changing it."""
    known, contents = in_memo(key_for(f"course-contents:{course.pk}"))
    if known:
        return contents.lessons
    return course_contents([course])[course.pk].lessons


def course_contents(courses):
    """{course_id: CourseContents}, as read_contents gives, from the cache where it can."""
    current = version()
    keys = {course.pk: key_for(f"course-contents:{course.pk}", under=current) for course in courses}
    course_of_key = {key: course for course in courses for key in [keys[course.pk]]}

    def read(missing):
        contents = read_contents([course_of_key[key] for key in missing])
        return {keys[course_id]: value for course_id, value in contents.items()}

    found = kept_many(list(keys.values()), read)
    return {course.pk: copy.copy(found[keys[course.pk]]) for course in courses}

"""Learning content that is the same for every learner, read from Django's cache.

The live courses (with who they are for), each course's live lessons and classroom days, the
policies index, and whether any page has a view restriction are read on nearly every
learning page, yet change only when an editor publishes, moves or deletes a page. They are
kept under a content version that any such change replaces (`content_changed`, connected in
signals.py), so the next request reads them afresh.

1. A reader takes the version first, then reads the database, then stores what it read under
   that version. A change committed meanwhile has replaced the version, so nothing stale is
   ever stored under the new one.
2. A change replaces the version at once (for the rest of its own request) and again when its
   transaction commits (for requests that read while it was not yet committed).

Every process that serves pages must share the cache (Redis in production, see README): a
process with a cache of its own sees only its own changes at once, and others' within
TIMEOUT.
"""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.models import PageViewRestriction

from courses.models import Course, Lesson, Module, PoliciesIndex

VERSION_KEY = "courses:content-version"
# Change when the shape of what is cached changes, so a deploy never reads the old shape.
FORMAT = 1
TIMEOUT = 300


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def _key(version, name):
    return f"courses:content:{FORMAT}:{version}:{name}"


def _replace_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def content_changed(**kwargs):
    """A signal receiver: pages changed, so every learner reads them afresh."""
    _replace_version()
    transaction.on_commit(_replace_version)


def _cached(name, build):
    version = _version()
    key = _key(version, name)
    missing = object()
    value = cache.get(key, missing)
    if value is missing:
        value = build()
        cache.set(key, value, TIMEOUT)
    return value


def live_courses():
    """Every live course in tree order, with `for_roles` and `for_placements` prefetched."""
    return _cached(
        "live-courses",
        lambda: list(Course.objects.live().order_by("path").prefetch_related("for_roles", "for_placements")),
    )


def course_of(page):
    """The course a page sits in, or None: no query while that course is live."""
    for course in live_courses():
        if page.path.startswith(course.path) and page.path != course.path:
            return course
    return Course.objects.ancestor_of(page).first()


def view_restrictions_exist():
    """Whether any page (of any kind) has a view restriction: almost never, in Waymark."""
    return _cached("view-restrictions-exist", PageViewRestriction.objects.exists)


def policies_index(hub):
    return _cached(f"policies-index:{hub.pk}", lambda: PoliciesIndex.objects.live().child_of(hub).first())


@dataclass
class CourseContents:
    lessons: list = field(default_factory=list)
    classroom_modules: list = field(default_factory=list)


def _under(pages):
    return reduce(or_, (Q(path__startswith=page.path) for page in pages))


def _owner(path, paths_by_length):
    for length, pages in paths_by_length.items():
        page = pages.get(path[:length])
        if page is not None:
            return page
    return None


def read_contents(courses, *, modules=None):
    """{course_id: CourseContents} from the database in two queries: the live lessons (without
    their bodies) and the live classroom modules under the courses, in tree order.

    `modules` is the Module queryset to read from, for a caller that annotates it.
    """
    by_length = defaultdict(dict)
    for course in courses:
        by_length[len(course.path)][course.path] = course
    contents = {course.pk: CourseContents() for course in courses}
    if not courses:
        return contents
    lessons = Lesson.objects.live().filter(_under(courses)).defer_streamfields().order_by("path")
    for lesson in lessons:
        contents[_owner(lesson.path, by_length).pk].lessons.append(lesson)
    if modules is None:
        modules = Module.objects.all()
    for module in modules.live().filter(_under(courses), classroom_day__isnull=False).order_by("path"):
        contents[_owner(module.path, by_length).pk].classroom_modules.append(module)
    return contents


def course_contents(courses):
    """{course_id: CourseContents}, as read_contents gives, from the cache where it can."""
    version = _version()
    keys = {course.pk: _key(version, f"course-contents:{course.pk}") for course in courses}
    found = cache.get_many(keys.values())
    missing = [course for course in courses if keys[course.pk] not in found]
    read = read_contents(missing)
    cache.set_many({keys[course_id]: value for course_id, value in read.items()}, TIMEOUT)
    return {course.pk: found[keys[course.pk]] if keys[course.pk] in found else read[course.pk] for course in courses}

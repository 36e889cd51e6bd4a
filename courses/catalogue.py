"""Learning content that is the same for every learner, read from Django's cache.

The live courses (with who they are for), each course's live lessons and classroom days, the
classroom sessions still to come, the policies index, the Wagtail Site of each host, and
whether any page has a view restriction are read on nearly every
learning page, yet change only when an editor publishes, moves or deletes a page. They are
kept under a content version that any such change replaces (`content_changed`, connected in
signals.py), so the next request reads them afresh.

1. A reader takes the version first, then reads the database, then stores what it read under
   that version. A change committed meanwhile has replaced the version, so nothing stale is
   ever stored under the new one. A request reads the version once, at its start
   (courses.middleware), and each process keeps what it has read under it for TIMEOUT.
2. A change replaces the version at once (for the rest of its own request) and again when its
   transaction commits (for requests that read while it was not yet committed).

Every process that serves pages must share the cache (Redis in production, see README): a
process with a cache of its own sees only its own changes at once, and others' within
TIMEOUT.
"""

import copy
import pickle
import time
import uuid
from collections import defaultdict
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from wagtail.models import PageViewRestriction, Site

from courses.models import ClassroomSession, Course, Lesson, Module, PoliciesIndex
from courses.translations import originals

VERSION_KEY = "courses:content-version"
# Change when the shape of what is cached changes, so a deploy never reads the old shape.
FORMAT = 1
TIMEOUT = 300


# The version this request reads under, read once per request by courses.middleware.
_request_version = ContextVar("courses_content_version", default=None)
# What this process has already read, by cache key, with when it expires: taking a copy of
# it is several times quicker than unpickling it from the cache on every request.
_memo = {}
MEMO_ENTRIES = 1000


def _shared_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    # No version means no cache (Redis is away): a version of this request's own, so
    # nothing read now is kept past it and an editor's change still shows at once.
    return version or uuid.uuid4().hex


def _version():
    return _request_version.get() or _shared_version()


def request_started():
    """Read the content version once for the whole request; returns what request_finished
    needs."""
    return _request_version.set(_shared_version())


def request_finished(token):
    _request_version.reset(token)


def _key(version, name):
    return f"courses:content:{FORMAT}:{version}:{name}"


def _replace_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    if _request_version.get() is not None:
        # The rest of this request reads what it has just changed.
        _request_version.set(version)


def content_changed(**kwargs):
    """A signal receiver: pages changed, so every learner reads them afresh."""
    _replace_version()
    transaction.on_commit(_replace_version)


def _own_copy(value):
    """A copy each caller may change (a page's `link`, a module's next session) without
    changing what other requests in this process are given."""
    if isinstance(value, list):
        return [copy.copy(item) for item in value]
    if isinstance(value, CourseContents):
        return CourseContents(_own_copy(value.lessons), _own_copy(value.classroom_modules))
    if isinstance(value, bool) or value is None:
        return value
    return copy.copy(value)


def _remember(key, value):
    if len(_memo) >= MEMO_ENTRIES:
        _memo.clear()
    _memo[key] = (time.monotonic() + TIMEOUT, value)


def _recalled(key):
    found = _memo.get(key)
    if found is not None and found[0] > time.monotonic():
        return True, _own_copy(found[1])
    return False, None


def _shared(name, build):
    """The value itself, which other requests in this process share: only to read."""
    key = _key(_version(), name)
    found = _memo.get(key)
    if found is not None and found[0] > time.monotonic():
        return found[1]
    missing = object()
    value = cache.get(key, missing)
    if value is missing:
        value = build()
        cache.set(key, value, TIMEOUT)
    _remember(key, value)
    return value


def _cached(name, build):
    return _own_copy(_shared(name, build))


def _live_courses():
    return _shared(
        "live-courses",
        lambda: list(originals(Course.objects.live()).order_by("path").prefetch_related("for_roles", "for_placements")),
    )


def live_courses():
    """Every live course in tree order, with `for_roles` and `for_placements` prefetched."""
    return _own_copy(_live_courses())


def course_of(page):
    """The course a page sits in, or None: no query while that course is live."""
    for course in _live_courses():
        if page.path.startswith(course.path) and page.path != course.path:
            return copy.copy(course)
    return Course.objects.ancestor_of(page).first()


def view_restrictions_exist():
    """Whether any page (of any kind) has a view restriction: almost never, in Waymark."""
    return _cached("view-restrictions-exist", PageViewRestriction.objects.exists)


def policies_index(hub):
    return _cached(f"policies-index:{hub.pk}", lambda: PoliciesIndex.objects.live().child_of(hub).first())


def site_root_paths():
    """Wagtail's list of site root paths, which it would otherwise read from the cache each
    time a request first builds a page's address."""
    return _cached("site-root-paths", Site.get_site_root_paths)


def specific_page(page):
    """`page.specific`: the page with its own fields (a lesson's body, say), which routing
    would otherwise read for every request. Each caller gets an instance of its own, unpickled
    from what this process keeps, since a page's StreamField fills itself in as it is read.
    A page of the base Page type is its own specific page and is given back as it is."""
    if page.specific_class in (None, type(page)):
        return page.specific
    version = _version()
    key = _key(version, f"specific:{page.pk}")
    found = _memo.get(key)
    if found is not None and found[0] > time.monotonic():
        frozen = found[1]
    else:
        frozen = cache.get(key)
        if frozen is None:
            # Read afresh, never a `.specific` that this instance may have kept from earlier.
            frozen = pickle.dumps(page.get_specific(), pickle.HIGHEST_PROTOCOL)
            cache.set(key, frozen, TIMEOUT)
        _remember(key, frozen)
    specific = pickle.loads(frozen)
    # Marks it as the live page read under this version, whose blocks rendered_blocks may keep.
    specific._content_version = version
    return specific


def rendered_blocks(page, *, personal=()):
    """The HTML of each block of `page.body` in order, or None for blocks of the `personal`
    kinds, which show the learner's own answers and are rendered with the page. The rest read
    the same for everyone (text, headings, callouts, images, videos, documents), so they are
    rendered once for each language and kept like the rest of the content; an image or a
    document costs its queries only then. Only a page given by specific_page is rendered from
    what is kept."""
    version = _version()
    if getattr(page, "_content_version", None) != version:
        # Not the live page as specific_page read it (an editor's preview of a draft, say):
        # rendered for this request only, and never kept.
        return [None if child.block_type in personal else child.render() for child in page.body]
    # Text for England or Wales (NationBlock) follows the WAYMARK_NATION setting.
    key = _key(
        version,
        f"blocks:{page.pk}:{','.join(sorted(personal))}:{translation.get_language()}:{settings.WAYMARK_NATION}",
    )
    found = _memo.get(key)
    if found is None or found[0] <= time.monotonic():
        rendered = cache.get(key)
        if rendered is None:
            rendered = [None if child.block_type in personal else str(child.render()) for child in page.body]
            cache.set(key, rendered, TIMEOUT)
        _remember(key, rendered)
        found = (None, rendered)
    # Waymark rendered these itself, from its own templates.
    return [None if html is None else mark_safe(html) for html in found[1]]  # noqa: S308


def site_for(request):
    """Wagtail's Site for this request's host (None if there is none)."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return Site.find_for_request(request)
    return _cached(f"site:{host}", lambda: Site.find_for_request(request))


def upcoming_sessions(*, modules=None):
    """Every classroom session still to start (of these module ids, if given), soonest
    first. Read once for everyone; a session that has started since is left out as it is
    read."""
    return _own_copy([s for s in _upcoming_sessions() if modules is None or s.module_id in modules])


def _upcoming_sessions():
    now = timezone.now()
    sessions = _shared(
        "upcoming-sessions",
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
    key = _key(_version(), f"course-contents:{course.pk}")
    found = _memo.get(key)
    if found is not None and found[0] > time.monotonic():
        return found[1].lessons
    return course_contents([course])[course.pk].lessons


def course_contents(courses):
    """{course_id: CourseContents}, as read_contents gives, from the cache where it can."""
    version = _version()
    keys = {course.pk: _key(version, f"course-contents:{course.pk}") for course in courses}
    found = {}
    for course_id, key in keys.items():
        known, value = _recalled(key)
        if known:
            found[course_id] = value
    wanted = [key for course_id, key in keys.items() if course_id not in found]
    shared = cache.get_many(wanted) if wanted else {}
    for course_id, key in keys.items():
        if key in shared:
            _remember(key, shared[key])
            found[course_id] = _own_copy(shared[key])
    read = read_contents([course for course in courses if course.pk not in found])
    cache.set_many({keys[course_id]: value for course_id, value in read.items()}, TIMEOUT)
    for course_id, value in read.items():
        _remember(keys[course_id], value)
        found[course_id] = _own_copy(value)
    return {course.pk: found[course.pk] for course in courses}

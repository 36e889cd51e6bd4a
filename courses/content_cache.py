"""Learning content that is the same for every learner, kept in Django's cache.

What learning pages read on nearly every request, yet changes only when an editor publishes,
moves or deletes a page, is kept under a content version that any such change replaces
(`content_changed`, connected in signals.py), so the next request reads it afresh. This
module knows pages only as Wagtail's: what is kept about courses is in courses.catalogue.

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
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import PageViewRestriction, Site

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
_MISSING = object()


def _shared_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    # No version means no cache (Redis is away): a version of this request's own, so
    # nothing read now is kept past it and an editor's change still shows at once.
    return version or uuid.uuid4().hex


def version():
    """The content version this request reads under."""
    return _request_version.get() or _shared_version()


def request_started():
    """Read the content version once for the whole request; returns what request_finished
    needs."""
    return _request_version.set(_shared_version())


def request_finished(token):
    _request_version.reset(token)


def key_for(name, *, under=None):
    return f"courses:content:{FORMAT}:{under or version()}:{name}"


def _replace_version():
    new = uuid.uuid4().hex
    cache.set(VERSION_KEY, new, None)
    if _request_version.get() is not None:
        # The rest of this request reads what it has just changed.
        _request_version.set(new)


def content_changed(**kwargs):
    """A signal receiver: pages changed, so every learner reads them afresh."""
    _replace_version()
    transaction.on_commit(_replace_version)


def own_copy(value):
    """A copy each caller may change (a page's `link`, a module's next session) without
    changing what other requests in this process are given."""
    if isinstance(value, list):
        return [copy.copy(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    return copy.copy(value)


def _remember(key, value):
    if len(_memo) >= MEMO_ENTRIES:
        _memo.clear()
    _memo[key] = (time.monotonic() + TIMEOUT, value)


def _in_memo(key):
    """What this process keeps under `key`, or _MISSING once it has expired: the one memo lookup."""
    found = _memo.get(key)
    if found is not None and found[0] > time.monotonic():
        return found[1]
    return _MISSING


def in_memo(key):
    """(True, the value) when this process keeps `key`; (False, None) otherwise. Only to read."""
    value = _in_memo(key)
    return (False, None) if value is _MISSING else (True, value)


def kept(key, build):
    """The value kept under `key`: from this process, else from the shared cache, else built
    (and kept in both). Other requests in this process share it: only to read."""
    value = _in_memo(key)
    if value is not _MISSING:
        return value
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(key, value, TIMEOUT)
    _remember(key, value)
    return value


def kept_many(keys, build):
    """{key: value} for many keys at once, as `kept` gives one: those this process keeps, then
    the rest from the shared cache in one read, then `build(missing keys)` ({key: value}) for
    what neither has. Only to read."""
    found = {}
    for key in keys:
        value = _in_memo(key)
        if value is not _MISSING:
            found[key] = value
    wanted = [key for key in keys if key not in found]
    for key, value in (cache.get_many(wanted) if wanted else {}).items():
        _remember(key, value)
        found[key] = value
    missing = [key for key in keys if key not in found]
    if missing:
        built = build(missing)
        cache.set_many(built, TIMEOUT)
        for key, value in built.items():
            _remember(key, value)
            found[key] = value
    return found


def cached(name, build):
    """kept() under this request's version, as a copy of the caller's own."""
    return own_copy(kept(key_for(name), build))


def view_restrictions_exist():
    """Whether any page (of any kind) has a view restriction: almost never, in Waymark."""
    return cached("view-restrictions-exist", PageViewRestriction.objects.exists)


def site_root_paths():
    """Wagtail's list of site root paths, which it would otherwise read from the cache each
    time a request first builds a page's address."""
    return cached("site-root-paths", Site.get_site_root_paths)


def site_for(request):
    """Wagtail's Site for this request's host (None if there is none)."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return Site.find_for_request(request)
    return cached(f"site:{host}", lambda: Site.find_for_request(request))


def specific_page(page):
    """`page.specific`: the page with its own fields (a lesson's body, say), which routing
    would otherwise read for every request. Each caller gets an instance of its own, unpickled
    from what this process keeps, since a page's StreamField fills itself in as it is read.
    A page of the base Page type is its own specific page and is given back as it is."""
    if page.specific_class in (None, type(page)):
        return page.specific
    current = version()
    # Read afresh, never a `.specific` that this instance may have kept from earlier.
    frozen = kept(
        key_for(f"specific:{page.pk}", under=current),
        lambda: pickle.dumps(page.get_specific(), pickle.HIGHEST_PROTOCOL),
    )
    specific = pickle.loads(frozen)
    # Marks it as the live page read under this version, whose blocks rendered_blocks may keep.
    specific._content_version = current
    return specific


def rendered_blocks(page, *, personal=()):
    """The HTML of each block of `page.body` in order, or None for blocks of the `personal`
    kinds, which show the learner's own answers and are rendered with the page. The rest read
    the same for everyone (text, headings, callouts, images, videos, documents), so they are
    rendered once for each language and kept like the rest of the content; an image or a
    document costs its queries only then. Only a page given by specific_page is rendered from
    what is kept."""
    current = version()
    if getattr(page, "_content_version", None) != current:
        # Not the live page as specific_page read it (an editor's preview of a draft, say):
        # rendered for this request only, and never kept.
        return [None if child.block_type in personal else child.render() for child in page.body]
    # Text for England or Wales (NationBlock) follows the WAYMARK_NATION setting.
    name = f"blocks:{page.pk}:{','.join(sorted(personal))}:{translation.get_language()}:{settings.WAYMARK_NATION}"
    rendered = kept(
        key_for(name, under=current),
        lambda: [None if child.block_type in personal else str(child.render()) for child in page.body],
    )
    # Waymark rendered these itself, from its own templates.
    return [None if html is None else mark_safe(html) for html in rendered]  # noqa: S308

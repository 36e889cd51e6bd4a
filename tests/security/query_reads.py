"""Which query names a request's handling reads, so the bad-input sweep can leave out the
names a page never looks at.

A test client passed to `reading()` gets one more middleware, straight after
people.middleware.ControlCharactersMiddleware (which reads every name on purpose, the same
way for every page). Inside `recording()`, it hands everything after it, the other
middleware, the view and its templates, a request whose query it watches:
- request.GET: a name looked up (present or not: get, [], in, getlist, pop ...) is read;
  anything that sees the whole query (iterating, len, items, lists, dict, copy, urlencode,
  repr, any other public method) reads every name;
- request.META (and request.environ, the same dict): the raw QUERY_STRING, which
  get_full_path() and build_absolute_uri() read, reads every name; so does copying it.

The one exception is the language switch on every page (site/templates/includes/
language_switch.html), which echoes `{{ request.get_full_path }}`, escaped, into a hidden
field. That is the same template code on every page, whatever the query holds, and every bad
value goes through it on each page that reads any name. It is recognised by the exact call
(that template, that variable) and counted as an echo, not as a read.

Why a name nobody read cannot matter: two requests that differ only in one name's value (or
in whether it is there at all) are handled the same way step by step until something looks at
that name, and every way of looking at it is watched here. So if handling the request with the
name's ordinary value never looked, the same request with a bad value does exactly the same.
(Both meet the same rows and session: each request of the sweep is undone after it.)
"""

import sys
from contextlib import contextmanager

from django.conf import settings
from django.http import HttpRequest, QueryDict
from django.http.request import HttpHeaders
from django.template.base import Variable
from django.test import override_settings

EVERY = "*"
AFTER = "people.middleware.ControlCharactersMiddleware"
ECHOES = {("includes/language_switch.html", "request.get_full_path")}


class Reads:
    """What one request's handling read: query names, or the whole query (with why, for
    messages). A request the watching middleware never saw counts as reading everything."""

    def __init__(self):
        self.watched = False
        self.names = set()
        self.every = []
        self.echoes = 0

    def name(self, key):
        self.names.add(key)

    def whole(self, why):
        self.every.append(why)

    def read(self, name):
        """Might the handling have read this name?"""
        return not self.watched or bool(self.every) or name in self.names

    def __repr__(self):
        return f"Reads(watched={self.watched}, names={sorted(self.names)}, every={self.every[:3]})"


_current = None


@contextmanager
def recording():
    """Watch the query reads of the requests made inside (by a client passed to reading())."""
    global _current
    _current = Reads()
    try:
        yield _current
    finally:
        _current = None


class _ReadingQueryDict(QueryDict):
    """request.GET, telling `_reads` about every look at it."""

    @classmethod
    def of(cls, query, reads):
        watched = cls(mutable=True, encoding=query.encoding)
        for key, values in query.lists():
            dict.__setitem__(watched, key, list(values))
        watched._mutable = query._mutable
        watched._reads = reads
        return watched

    def _note(self, key):
        reads = self.__dict__.get("_reads")
        if reads is not None:
            reads.name(key)

    def _note_all(self, why):
        reads = self.__dict__.get("_reads")
        if reads is not None:
            reads.whole(f"request.GET.{why}")

    def __getattribute__(self, attr):
        # Any public method not handled name by name below sees the whole query. (Asking for
        # an attribute there is not, as a template does for a missing `request.GET.q`, shows nothing.)
        found = object.__getattribute__(self, attr)
        if not attr.startswith("_") and attr not in _BY_NAME and attr != "encoding":
            object.__getattribute__(self, "_note_all")(attr)
        return found

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def __setitem__(self, key, value):
        self._note(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self._note(key)
        super().__delitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def _getlist(self, key, default=None, force_list=False):
        self._note(key)
        return super()._getlist(key, default, force_list)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def setlist(self, key, list_):
        self._note(key)
        super().setlist(key, list_)

    def setdefault(self, key, default=None):
        self._note(key)
        return super().setdefault(key, default)

    def setlistdefault(self, key, default_list=None):
        self._note(key)
        return super().setlistdefault(key, default_list)

    def appendlist(self, key, value):
        self._note(key)
        super().appendlist(key, value)

    def pop(self, key, *args):
        self._note(key)
        return super().pop(key, *args)


_BY_NAME = {"get", "getlist", "setlist", "setdefault", "setlistdefault", "appendlist", "pop"}


def _sees_all(name):
    def method(self, *args, **kwargs):
        self._note_all(name)
        return getattr(super(_ReadingQueryDict, self), name)(*args, **kwargs)

    method.__name__ = name
    return method


# The ways to see a whole dict that Python calls without looking the method up on the object.
for _name in ("__iter__", "__len__", "__reversed__", "__eq__", "__ne__", "__repr__", "__or__", "__ror__", "__ior__",
              "__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__", "__getstate__"):
    setattr(_ReadingQueryDict, _name, _sees_all(_name))


class _ReadingEnviron(dict):
    """request.META (and request.environ), telling `reads` when the raw query string is read."""

    def __init__(self, environ, reads):
        super().__init__(environ)
        self._reads = reads

    def _note(self, key):
        if key != "QUERY_STRING":
            return
        if _is_an_echo(sys._getframe(2)):
            self._reads.echoes += 1
        else:
            self._reads.whole(f"request.META[QUERY_STRING] from {_caller(sys._getframe(2))}")

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def pop(self, key, *args):
        self._note(key)
        return super().pop(key, *args)

    def setdefault(self, key, default=None):
        self._note(key)
        return super().setdefault(key, default)

    def __iter__(self):
        # Defined here so that dict(environ) and {**environ} look values up one by one above.
        return super().__iter__()


def _whole_environ(name):
    def method(self, *args, **kwargs):
        # Request.headers reads every variable but keeps only the HTTP_ ones: not the query.
        if sys._getframe(1).f_code is not HttpHeaders.__init__.__code__:
            self._reads.whole(f"request.META.{name}")
        return getattr(super(_ReadingEnviron, self), name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in ("items", "values", "copy", "popitem", "__repr__", "__eq__", "__ne__", "__or__", "__ror__",
              "__reduce__", "__reduce_ex__"):
    setattr(_ReadingEnviron, _name, _whole_environ(_name))


def _is_an_echo(frame):
    """Is this read of QUERY_STRING the language switch's {{ request.get_full_path }}?
    `frame` is the one that read it: HttpRequest._get_full_path, called by get_full_path,
    called by the template engine resolving a variable."""
    caller = frame.f_back
    lookup = caller and caller.f_back
    if not (
        frame.f_code is HttpRequest._get_full_path.__code__
        and caller.f_code is HttpRequest.get_full_path.__code__
        and lookup is not None
        and lookup.f_code is Variable._resolve_lookup.__code__
    ):
        return False
    variable, context = lookup.f_locals.get("self"), lookup.f_locals.get("context")
    template = getattr(getattr(context, "render_context", None), "template", None)
    name = getattr(getattr(template, "origin", None), "template_name", None)
    return (name, getattr(variable, "var", None)) in ECHOES


def _caller(frame):
    while frame is not None and "/django/" in frame.f_code.co_filename:
        frame = frame.f_back
    return f"{frame.f_code.co_filename}:{frame.f_lineno}" if frame else "Django"


class ReadingMiddleware:
    """Test-only: inside `recording()`, hand on a request whose query reads are watched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reads = _current
        if reads is not None:
            reads.watched = True
            request.GET = _ReadingQueryDict.of(request.GET, reads)
            request.META = request.environ = _ReadingEnviron(request.META, reads)
        return self.get_response(request)


def with_reading(middleware):
    """The middleware list with ReadingMiddleware straight after ControlCharactersMiddleware."""
    middleware = list(middleware)
    return [*middleware[: middleware.index(AFTER) + 1], f"{__name__}.ReadingMiddleware",
            *middleware[middleware.index(AFTER) + 1:]]


def reading(client):
    """Give a test client the middleware that watches reads (doing nothing outside recording())."""
    with override_settings(MIDDLEWARE=with_reading(settings.MIDDLEWARE)):
        client.handler.load_middleware()
    return client

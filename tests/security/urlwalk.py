"""Walk config.urls, make a real path for every pattern, and say what a response amounts to."""

import copy
import functools
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.apps import apps
from django.db import connection, transaction
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RoutePattern
from django.utils.http import urlencode
from django.utils.regex_helper import normalize

from tests.security.forms_on_pages import MULTIPART, URLENCODED

# Values that stand in for an argument nobody has. Digits first: many str arguments are ids.
MISSING = ("999999", "nothing-here", "nothing-here/")
SAMPLE_FOR_CONVERTER = {"uuid": "00000000-0000-4000-8000-000000000000"}
CONVERTER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


@dataclass(frozen=True)
class Entry:
    """One URL pattern: its full route as Django reports it, its namespaced name, its parts."""

    route: str
    name: str | None
    parts: tuple

    @property
    def key(self):
        return self.name or self.route

    @property
    def takes_args(self):
        return any(_has_args(part.pattern) for part in self.parts)


def _has_args(pattern):
    if isinstance(pattern, RoutePattern):
        return bool(CONVERTER.search(str(pattern)))
    return bool(pattern.regex.groups)


def _join(route, more):
    return more if not route else route + more.removeprefix("^")


def entries_by_key():
    """entries() by their key (the URL name, or the route where there is none)."""
    return {entry.key: entry for entry in entries()}


def entries():
    """Every URL pattern in the project's urlconf, depth first, as Django would resolve it."""
    return _entries_of(get_resolver())


# Walking the urlconf (Wagtail's admin alone has hundreds of patterns) is done once for each
# resolver Django builds: a test that sets its own urlconf gets a resolver of its own.
@functools.cache
def _entries_of(resolver):
    found = []

    def walk(resolver, route, namespace, parts):
        for pattern in resolver.url_patterns:
            here = _join(route, str(pattern.pattern))
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}:{pattern.namespace}" if namespace and pattern.namespace else (
                    pattern.namespace or namespace
                )
                walk(pattern, here, inner, (*parts, pattern))
            elif isinstance(pattern, URLPattern):
                name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
                found.append(Entry(route=here, name=name, parts=(*parts, pattern)))

    walk(resolver, "", "", ())
    return tuple(found)


def _group_choice(regex, param, fallback):
    # A group that is a list of words, such as an admin's app labels, takes its first word.
    words = re.search(rf"\(\?P<{re.escape(param)}>([\w|]+)\)", regex)
    return words.group(1).split("|")[0] if words and "|" in words.group(1) else fallback


def _sample_part(pattern):
    if isinstance(pattern, RoutePattern):
        return CONVERTER.sub(lambda m: SAMPLE_FOR_CONVERTER.get(m["converter"], MISSING[0]), str(pattern))
    regex = pattern.regex.pattern
    for template, params in normalize(regex):
        for candidate in MISSING:
            text = template % {p: _group_choice(regex, p, candidate) for p in params}
            found = pattern.regex.match(text)
            if found and (found.end() == len(text)):
                return text
    raise AssertionError(f"Cannot make a path for the pattern {regex!r}: add a sample value for it")


@functools.cache
def missing_object_path(entry):
    """A path for `entry` with made-up arguments that name nothing."""
    return "/" + "".join(_sample_part(part.pattern) for part in entry.parts)


def shadowed(entry, path):
    """Does an earlier pattern answer `path` instead of `entry`? (Returns that pattern's route.)"""
    match = resolve(path)
    return None if match.func is entry.parts[-1].callback else match.route


# What a response amounts to, in the words the declared table uses.
OK, LOGIN, BAD, FORBIDDEN, NOT_FOUND, NOT_ALLOWED = "200", "login", "400", "403", "404", "405"
REDIRECT = "redirect"


def outcome(response, path):
    """200, 403, 404, 405 ... as text; "login" for the sign-in page with this path as next;
    "redirect:<location>" for any other redirect."""
    if response.status_code in (301, 302, 303):
        location = urlsplit(response["Location"])
        if location.path == reverse("account_login") and parse_qs(location.query).get("next") == [path]:
            return LOGIN
        return f"{REDIRECT}:{response['Location']}"
    return str(response.status_code)


def matches(actual, expected):
    """Does an actual outcome meet a declared one (a single outcome, or a set of them)?

    A declared redirect names a URL (the redirect must resolve to it) or a path (the redirect
    must go there); a bare REDIRECT takes any redirect but the sign-in page."""
    if isinstance(expected, (set, frozenset, tuple)):
        return any(matches(actual, one) for one in expected)
    if expected == REDIRECT:
        return actual.startswith(f"{REDIRECT}:")
    if not expected.startswith(f"{REDIRECT}:"):
        return actual == expected
    if not actual.startswith(f"{REDIRECT}:"):
        return False
    target, location = expected.split(":", 1)[1], urlsplit(actual.split(":", 1)[1]).path
    if target.startswith("/"):
        return location == target
    try:
        return resolve(location).view_name == target
    except Resolver404:
        return False


def send(client, method, path, data=None, *, enctype=URLENCODED):
    """Make one request as a browser would: a POST's fields urlencoded, as every form without
    enctype="multipart/form-data" sends them (the test client's default is multipart, which
    costs Django far more to read), and as multipart only when `enctype` says so."""
    if method == "post" and enctype != MULTIPART:
        return client.post(path, urlencode(data or {}, doseq=True), content_type=URLENCODED)
    return getattr(client, method)(path, data or {})


def request(client, method, path, data=None, *, inspect=None, enctype=URLENCODED):
    """Make one request (send()) and undo whatever it wrote (rows and the client's cookies), so
    the next request meets the same world. Returns (outcome, response, what `inspect()` saw
    before the undo). A crash comes back as a "500 ..." outcome, never as an exception."""
    cookies = copy.deepcopy(client.cookies)
    seen = None
    try:
        with transaction.atomic():
            try:
                response = send(client, method, path, data, enctype=enctype)
                seen = inspect() if inspect else None
                return outcome(response, path), response, seen
            finally:
                transaction.set_rollback(True)
    except Exception as error:  # a crash is a finding, reported with the rest
        return f"500 {type(error).__name__}: {error}", None, seen
    finally:
        client.cookies = cookies


# The tables a request might touch. Sessions and the access log are left out on purpose:
# signing in and being refused legitimately write there (and so does last_login).
SNAPSHOT_APPS = ("people", "supervision", "outreach", "courses", "readiness", "privacy", "account", "mfa", "auth")
SKIP_COLUMNS = {"last_login"}
# Stored readiness is a cache of what the rules find, which any page showing readiness may
# fill in; it is never something a person did.
SKIP_TABLES = {"readiness_readinesssummary"}


def snapshot(tables=None):
    """Every row of every domain table (as the database holds it), to compare before and after;
    with `tables`, only the rows of those tables."""
    rows = {}
    queries = _snapshot_queries(connection.vendor)
    wanted = queries if tables is None else [(table, sql) for table, sql in queries if table in tables]
    if not wanted:
        return rows
    with connection.cursor() as cursor:
        for table, sql in wanted:
            cursor.execute(sql)
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows


@functools.cache
def _snapshot_queries(vendor):
    """(table, SELECT of its columns) for every table snapshot() reads, worked out once."""
    queries = []
    installed = {config.label for config in apps.get_app_configs()}
    for app in sorted(installed.intersection(SNAPSHOT_APPS)):
        for model in apps.get_app_config(app).get_models(include_auto_created=True):
            table = model._meta.db_table
            if table in SKIP_TABLES:
                continue
            fields = model._meta.local_concrete_fields
            quoted = ", ".join(connection.ops.quote_name(f.column) for f in fields if f.column not in SKIP_COLUMNS)
            queries.append((table, f"SELECT {quoted} FROM {connection.ops.quote_name(table)}"))
    return queries


def changed_tables(before, after):
    """The tables whose rows differ; `after` may hold only some tables (the ones written to)."""
    return sorted(label for label in after if before.get(label) != after[label])


# What a statement writes to, as Django (and Waymark's own SQL) words it. Statements that only
# read or mark a savepoint are passed over; anything else is taken to write anywhere.
WRITES_TO = re.compile(r'^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)
ONLY_READS = ("SELECT", "SAVEPOINT", "RELEASE", "ROLLBACK", "SET", "SHOW", "BEGIN", "COMMIT", "PRAGMA")


class TablesWritten:
    """The tables the statements sent so far wrote to; `tables` is None once a statement
    could not be read, meaning "any table"."""

    def __init__(self):
        self.tables = set()

    def __call__(self, execute, sql, params, many, context):
        if self.tables is not None:
            found = WRITES_TO.match(sql)
            if found:
                self.tables.add(found.group(1))
            elif sql.lstrip().split(None, 1)[0].upper() not in ONLY_READS:
                self.tables = None
        return execute(sql, params, many, context)


@dataclass
class Writes:
    """The rows of the tables a request wrote to, as the request left them (`during`) and
    as they are once it is undone, which is how they were before it (`before`); and what
    request_watching_rows' `inspect()` saw before the undo."""

    during: dict
    before: dict
    seen: object = None

    @property
    def changed(self):
        return changed_tables(self.before, self.during)

    def new_rows(self, table):
        return set(self.during.get(table, ())) - set(self.before.get(table, ()))


def request_watching_rows(client, method, path, data=None, *, inspect=None, enctype=URLENCODED):
    """As request(), also reading back the rows of every table the request wrote to, so a
    test sees what it changed without reading the whole database twice a request.
    Returns (outcome, response, Writes)."""
    watch = TablesWritten()

    def look():
        return snapshot(watch.tables), inspect() if inspect else None

    with connection.execute_wrapper(watch):
        answer, response, seen = request(client, method, path, data, inspect=look, enctype=enctype)
    during, also = seen or ({}, None)
    return answer, response, Writes(during, snapshot(watch.tables), also)


@contextmanager
def quiet_refusals():
    """Thousands of expected 403/404/405s would each log a warning; crashes still log."""
    logger = logging.getLogger("django.request")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)

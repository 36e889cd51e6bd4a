"""Bad input anywhere gets an answer, never a crash or a hang, and leaves nothing bad behind.

Built by looking, like the access matrix and the escaping sweep: every page declared in
tests/security/matrix.py is opened as a person it serves, and every form on it (whatever URL
it posts to) and every query value its links and search forms use is tried with each kind of
bad value below, one field at a time (a field repeated row by row at its first and last row),
the other fields as the page filled them in (or as the matrix's working payload has them).
POST-only URLs are tried with their declared payload's fields too. So a form added later is
swept the day it appears on a page.

Each answer must be below 500 and come within a few seconds. Each request is undone after it,
and before that the tables it wrote to are compared with how they were (urlwalk.request_watching_rows):
- a request that did not go on (the form shown again with a message, 400, 404) changed nothing;
- a request that went on (a redirect) saved no control character and no date outside the range
  a person may type, wherever the value went.

A query name the page never reads cannot change its answer, so it is not tried ten times.
Each GET's ordinary request (the other names as the link or form has them) is made once with
its reads watched (tests/security/query_reads.py); a name the handling read, or every name
when it looked at the whole query, gets all the bad values; a name it never read gets one,
and that answer must be the ordinary one, with the name still unread, or the sweep fails.
"""

import re
import time
import zlib
from typing import NamedTuple

import pytest
from django.test import Client
from django.urls import Resolver404, resolve

from tests.security import query_reads, urlwalk
from tests.security.forms_on_pages import URLENCODED, forms_and_links
from tests.security.matrix import ACTION, PREFIX_RULES, ROUTES, SHADOWED, allowed, doer, path_for
from tests.security.world import client_for

pytestmark = pytest.mark.django_db

BAD_VALUES = {
    "NUL and control characters": "bad\x00value\x01\x1b[2J\x7f",
    "control characters without NUL": "bell\x07 escape\x1b[2J",
    "10,000 characters": "x" * 10_000,
    "a date far ahead": "9999-12-31",
    "a date-time far ahead": "9999-12-31T23:30",
    "a date long ago": "0001-01-01",
    "an impossible date": "2026-02-30",
    "a huge number": "9" * 30,
    "a negative number": "-1",
    "the wrong type": "not-a-number",
}
# Allauth's sign-in pages are tried too; these only sign the person out or in again.
NOT_SWEPT = {"account_logout"}
ALLAUTH = ("account_", "mfa_", "usersessions_")
SLOW = 5.0  # seconds: a hang is minutes; a busy CI machine is not
# What a saved row may never hold: the control characters above, or a year Python cannot add to.
LEFT_BEHIND = ("\\x00", "\\x01", "\\x07", "\\x1b", "\\x7f", "date(9999", "datetime(9999", "date(1, ", "datetime(1, ")


class Attempt(NamedTuple):
    """One field to try bad values in: the request it goes in, with the other fields' values."""

    method: str
    path: str
    baseline: dict
    field: str
    enctype: str = URLENCODED


def _pages():
    """Routes a person can open, each with the first persona it serves."""
    names = []
    for name, route in ROUTES.items():
        if name in NOT_SWEPT or route.kind == ACTION or name in SHADOWED:
            continue
        if any(name.startswith(prefix) for prefix in PREFIX_RULES):
            continue
        people = allowed(route.get)
        if people and route.get[people[0]] == urlwalk.OK:
            names.append(name)
    return sorted(names)


def _persona(route):
    people = [p for p in allowed(route.get) if route.get[p] == urlwalk.OK]
    chosen = doer(route)
    return chosen if chosen in people else people[0]


def _payload_for(path, persona, world):
    """The matrix's working POST for the URL a form posts to, when this persona may send it."""
    try:
        match = resolve(path)
    except Resolver404:
        return {}
    route = ROUTES.get(match.view_name)
    if route is None or route.payload is None or route.post is None or doer(route) != persona:
        return {}
    return {key: value if isinstance(value, list) else [str(value)] for key, value in route.payload(world).items()}


def _client(world, persona):
    """A client for `persona` whose GETs' query reads can be watched."""
    return query_reads.reading(client_for(world, persona))


def _attempts(name, world, client):
    """The page's forms, an Attempt for every field of every form and query on it, and what its
    plain GET (the ordinary request for `q` and `page`) read."""
    path = path_for(urlwalk.entries_by_key()[name], world)
    with query_reads.recording() as reads:
        answer, response, _seen = urlwalk.request(client, "get", path)
    assert answer == urlwalk.OK, f"GET {path}: {answer}"
    ordinary = {(path, _frozen({})): (answer, reads)}
    if "html" not in response.get("Content-Type", ""):
        return [], [Attempt("get", path, {}, field) for field in ("q", "page")], ordinary
    forms, queries = forms_and_links(response.content.decode(), path)
    persona = _persona(ROUTES[name])
    attempts = _form_attempts(forms, lambda form: _payload_for(form.action, persona, world))
    for link_path, names in queries.items():
        if link_path == path:
            attempts += [Attempt("get", path, {k: [v] for k, v in names.items()}, field) for field in names]
    # Every page also meets the query values people add by hand.
    attempts += [Attempt("get", path, {}, field) for field in ("q", "page")]
    return forms, attempts, ordinary


def _form_attempts(forms, payload_for=lambda form: {}):
    """An Attempt for each field of each form, the others as the page (or `payload_for(form)`,
    the matrix's working POST) fills them in, sent the way the form says a browser sends it."""
    attempts = []
    for form in forms:
        baseline = form.defaults() | payload_for(form)
        for field in _one_of_each_row(form.names):
            if field != "csrfmiddlewaretoken":
                attempts.append(Attempt(form.method, form.action, baseline, field, form.enctype))
    return attempts


def _frozen(data):
    return tuple(sorted((key, tuple(values)) for key, values in data.items()))


def _one_of_each_row(names):
    """The fields to try: every field, except that a field repeated row by row (a formset's
    `domains-3-label`, a reading's `score_12` per domain) is tried at its first and last row.
    Each row is the same form field, so the rows between add only minutes to the run."""
    rows = {}
    for name in names:
        rows.setdefault(re.sub(r"\d+", "#", name), []).append(name)
    chosen = set()
    for same in rows.values():
        same.sort(key=lambda name: [int(n) for n in re.findall(r"\d+", name)])
        chosen.update({same[0], same[-1]})
    return [name for name in names if name in chosen]


def _left_behind(writes):
    found = []
    for table in writes.changed:
        for row in writes.new_rows(table):
            found += [f"{table}: {marker} in {row[:200]}" for marker in LEFT_BEHIND if marker in row]
    return found


def _spot_check_kind(path, field):
    """The one bad value a name the page never reads is tried with: chosen by the page and
    the name, so that across the sweep every kind is used."""
    try:
        page = resolve(path).view_name
    except Resolver404:
        page = path
    kinds = list(BAD_VALUES)
    return kinds[zlib.crc32(f"{page} {field}".encode()) % len(kinds)]


# A form on every page (switching role, signing out) is swept once, where it is first met.
_SWEPT = set()


def _sweep(client, persona, attempts, ordinary=None):
    """Try every attempt with each bad value (a GET's query name that is never read, with one).
    `ordinary` holds the ordinary GETs already made: (answer, reads) by (path, frozen data)."""
    problems = []
    ordinary = dict(ordinary or {})
    for method, path, baseline, field, enctype in attempts:
        kinds, usual = BAD_VALUES, None
        if method == "get":
            key = (path, _frozen(baseline))
            if key not in ordinary:
                ordinary[key] = _ordinary_get(client, persona, path, baseline, problems)
            answer, reads = ordinary[key]
            # A name never read gets one value, whose answer must be the ordinary one. (When
            # the ordinary request itself failed, nothing is known: every value, as ever.)
            if answer is not None and not reads.read(field):
                spot = _spot_check_kind(path, field)
                kinds, usual = {spot: BAD_VALUES[spot]}, answer
        for kind, value in kinds.items():
            key = (persona, method, path, field, kind)
            if key in _SWEPT:
                continue
            _SWEPT.add(key)
            data = {**baseline, field: [value]}
            where = f"{method.upper()} {path} {field}={kind!r} as {persona}"
            started = time.monotonic()
            if method == "post":
                answer, _response, writes = urlwalk.request_watching_rows(client, method, path, data, enctype=enctype)
            elif usual is not None:
                with query_reads.recording() as reads:
                    answer = urlwalk.request(client, method, path, data)[0]
                writes = None
                if not answer.startswith("5") and (answer != usual or reads.read(field)):
                    problems.append(
                        f"{where}: answered {answer} (without it: {usual}); read {field}: {reads.read(field)}. "
                        f"The sweep took {field} for a name this page never reads and tried only one value: "
                        "see how the page reads it and teach tests/security/query_reads.py"
                    )
            else:
                # What a GET writes is proven elsewhere (test_state_changing_views); here, speed.
                answer, _response, writes = *urlwalk.request(client, method, path, data)[:2], None
            took = time.monotonic() - started
            if answer.startswith("5"):
                problems.append(f"{where}: {answer}")
            elif took > SLOW:
                problems.append(f"{where}: took {took:.1f} s")
            elif writes is not None:
                if answer.startswith(urlwalk.REDIRECT):
                    problems += [f"{where}: saved {found}" for found in _left_behind(writes)]
                elif writes.changed:
                    problems.append(f"{where}: answered {answer} but changed {writes.changed}")
    return problems


def _ordinary_get(client, persona, path, data, problems):
    """The GET as its link or form has it, watching which query names it reads; (answer, reads),
    or (None, None) when even that crashes or hangs (reported)."""
    started = time.monotonic()
    with query_reads.recording() as reads:
        answer = urlwalk.request(client, "get", path, data)[0]
    took = time.monotonic() - started
    where = f"GET {path} with {_frozen(data)} as {persona}"
    if answer.startswith("5"):
        problems.append(f"{where}: {answer}")
    elif took > SLOW:
        problems.append(f"{where}: took {took:.1f} s")
    else:
        return answer, reads
    return None, None


@pytest.mark.parametrize("name", _pages())
def test_no_bad_value_in_any_field_or_query_crashes_hangs_or_is_saved(name, world):
    route = ROUTES[name]
    persona = _persona(route)
    client = _client(world, persona)
    if route.first_visit_creates:
        client.get(path_for(urlwalk.entries_by_key()[name], world))
    _forms, attempts, ordinary = _attempts(name, world, client)
    problems = _sweep(client, persona, attempts, ordinary)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(n for n, r in ROUTES.items() if r.kind == ACTION and r.payload))
def test_no_bad_value_in_a_post_only_form_crashes_hangs_or_is_saved(name, world):
    route = ROUTES[name]
    persona = doer(route)
    client = client_for(world, persona)
    path = path_for(urlwalk.entries_by_key()[name], world)
    baseline = _payload_for(path, persona, world)
    problems = _sweep(client, persona, [Attempt("post", path, baseline, field) for field in baseline])
    assert not problems, "\n".join(problems)


def test_every_form_waymark_declares_is_found_on_its_page(world):
    """A form the sweep could not see would go untested: each of Waymark's own form URLs
    shows a form that posts."""
    missing = []
    for name in _pages():
        if ROUTES[name].kind != "form" or name.startswith(ALLAUTH):
            continue
        forms, _attempts_found, _ordinary = _attempts(name, world, _client(world, _persona(ROUTES[name])))
        if not any(form.method == "post" for form in forms):
            missing.append(name)
    assert not missing, f"No form found on: {missing}"


@pytest.mark.urls("tests.security.test_query_reads")
def test_a_page_reading_a_name_where_the_watching_cannot_see_fails_the_sweep():
    """The one value a never-read name gets is the guard: a page that does read it, in a way
    tests/security/query_reads.py misses, answers it differently, and the sweep says so."""
    problems = _sweep(query_reads.reading(Client()), "anonymous", [Attempt("get", "/reads/sneaky/", {}, "q")])
    assert len(problems) == 1 and "never reads" in problems[0], problems


@pytest.mark.urls("tests.security.form_encodings")
def test_each_form_is_sent_as_a_browser_sends_it_and_a_crash_on_a_bad_value_is_still_caught():
    """A form goes multipart only when it says so (a file upload), else urlencoded; either way
    every bad value reaches the view as it was, and a view that crashes on one fails the sweep."""
    from tests.security import form_encodings

    forms, _queries = forms_and_links(form_encodings.PAGE, "/sent/")
    form_encodings.RECEIVED.clear()
    problems = _sweep(Client(), "anonymous", _form_attempts(forms))

    for path, enctype in (("/sent/upload/", "multipart/form-data"), ("/sent/plain/", URLENCODED)):
        received = [(kind, caption) for where, kind, caption in form_encodings.RECEIVED if where == path]
        assert {kind for kind, _caption in received} == {enctype}, path
        bad = [caption for _kind, caption in received if caption in BAD_VALUES.values()]
        assert sorted(bad) == sorted(BAD_VALUES.values()), path
    assert sorted(problems) == [
        f"POST {path} caption='NUL and control characters' as anonymous: 500 ValueError: a NUL reached the view"
        for path in ("/sent/plain/", "/sent/upload/")
    ], problems

"""Views that write refuse to do it the wrong way: a POST-only view answers GET with 405, a
form's GET writes nothing, and a POST without a CSRF token is refused (403) and changes
nothing. Which URLs write is declared once, in tests/security/matrix.py (form and action);
the rest are pages, which write nothing whatever the method."""

import pytest
from django.apps import apps

from tests.security import urlwalk
from tests.security.matrix import (
    ACTION,
    PAGE,
    PREFIX_RULES,
    ROUTES,
    SHADOWED,
    allowed,
    doer,
    insider,
    path_for,
    read_only,
    writes,
)
from tests.security.urlwalk import NOT_ALLOWED
from tests.security.world import client_for

pytestmark = pytest.mark.django_db

# Waymark's own writes, each with a POST that really saves something.
OWN_WRITES = sorted(name for name in writes() if ROUTES[name].post)
ALLAUTH = ("account_", "mfa_", "usersessions_")
# The admin trees are checked with someone they let in, so the refusal is CSRF's, not theirs.
ADMIN_INSIDER = {"cms/": "content_editor", "django-admin/": "superuser"}


def _refused_for_csrf(response):
    # Django's middleware says "CSRF verification failed"; the Wagtail admin's API (Django REST
    # framework, which does its own check) says "CSRF Failed".
    return response is not None and response.status_code == 403 and (
        b"CSRF verification failed" in response.content or b"CSRF Failed" in response.content
    )


def test_every_url_is_declared_as_a_write_or_as_read_only():
    declared = writes() | read_only()
    assert not writes() & read_only()
    unsorted = [
        entry.route for entry in urlwalk.entries()
        if entry.key not in declared | set(SHADOWED) and not entry.route.startswith(tuple(PREFIX_RULES))
    ]
    assert not unsorted, "Declare each as a page, form or action in tests/security/matrix.py: " + ", ".join(unsorted)
    # Every Waymark write declares a POST that saves, so "changes nothing" below can fail.
    undeclared = [name for name in writes() if not name.startswith(ALLAUTH) and not ROUTES[name].post]
    assert not undeclared, f"Declare what a POST gives each persona for: {undeclared}"


@pytest.mark.parametrize("name", sorted(name for name in writes() if ROUTES[name].kind == ACTION))
def test_a_post_only_view_refuses_get(name, world):
    route = ROUTES[name]
    for persona in allowed(route.post):
        client = client_for(world, persona)
        answer, _response, writes = urlwalk.request_watching_rows(
            client, "get", path_for(urlwalk.entries_by_key()[name], world)
        )
        assert answer == NOT_ALLOWED, f"GET {name} as {persona}: {answer}"
        assert writes.changed == []


@pytest.mark.parametrize("name", sorted(name for name in ROUTES if ROUTES[name].kind != ACTION))
def test_a_get_writes_nothing(name, world):
    """Every persona who may see the page or form; a page that makes something of the
    person's own on the first visit (their calendar address) does it once, then never again."""
    route = ROUTES[name]
    path = path_for(urlwalk.entries_by_key()[name], world)
    for persona in allowed(route.get):
        client = client_for(world, persona)
        answer, _response, writes = urlwalk.request_watching_rows(client, "get", path)
        assert urlwalk.matches(answer, route.get[persona]), f"GET {name} as {persona}: {answer}"
        changed = writes.changed
        if route.first_visit_creates and changed:
            assert changed == [apps.get_model(route.first_visit_creates)._meta.db_table]
            client.get(path)
            changed = urlwalk.request_watching_rows(client, "get", path)[2].changed
        assert changed == [], f"GET {path} as {persona} wrote to {changed}"


@pytest.mark.parametrize("name", sorted(name for name in ROUTES if ROUTES[name].kind == PAGE and doer(ROUTES[name])))
def test_a_page_writes_nothing_even_when_posted_to(name, world):
    route = ROUTES[name]
    persona = doer(route)
    client = client_for(world, persona)
    path = path_for(urlwalk.entries_by_key()[name], world)
    if route.first_visit_creates:
        client.get(path)
    answer, _response, writes = urlwalk.request_watching_rows(client, "post", path)
    assert not answer.startswith("500"), answer
    assert writes.changed == []


@pytest.mark.parametrize("name", OWN_WRITES)
def test_a_post_without_a_csrf_token_is_refused_and_changes_nothing(name, world):
    route = ROUTES[name]
    persona = doer(route)
    path = path_for(urlwalk.entries_by_key()[name], world)
    data = route.payload(world) if route.payload else {}

    # With a token (the ordinary test client does not check) the same POST does its work...
    answer, response, writes = _post_and_look(client_for(world, persona), path, data, route.effect)
    assert urlwalk.matches(answer, route.post[persona]), f"POST {name} as {persona}: {answer}"
    effect_before, effect_after = writes.seen
    if route.effect == "rows":
        assert writes.changed, f"{name}: the POST changed nothing, so this proves nothing"
    elif route.effect == "download":
        assert response["Content-Disposition"].startswith("attachment")
    else:
        assert effect_after != effect_before

    # ...and without one it is refused, and nothing changes.
    answer, response, writes = _post_and_look(client_for(world, persona, enforce_csrf_checks=True), path, data,
                                              route.effect)
    assert _refused_for_csrf(response), f"POST {name} without a token as {persona}: {answer}"
    effect_before, effect_after = writes.seen
    assert writes.changed == []
    assert effect_after == effect_before


def _post_and_look(client, path, data, effect):
    """POST, and look at the rows of every table it wrote to and at the session key the POST
    may change, before the POST is undone."""
    key = effect.removeprefix("session:")
    kept = client.session.get(key)
    return urlwalk.request_watching_rows(client, "post", path, data, inspect=lambda: (kept, client.session.get(key)))


@pytest.mark.parametrize("prefix", sorted(PREFIX_RULES))
def test_no_admin_page_takes_a_post_without_a_csrf_token(prefix, world):
    client = client_for(world, ADMIN_INSIDER[prefix], enforce_csrf_checks=True)
    taken = []
    for entry in urlwalk.entries():
        if not entry.route.startswith(prefix) or entry.key in ROUTES:
            continue
        # Refused by the middleware, the view never runs, so there is nothing to compare.
        path = urlwalk.missing_object_path(entry)
        answer, response, _seen = urlwalk.request(client, "post", path, {"title": "x"})
        if not _refused_for_csrf(response):
            taken.append(f"POST {path}: {answer}")
    assert not taken, "\n".join(taken)


def test_every_other_url_refuses_a_post_without_a_csrf_token(world):
    """Sign-in pages, account pages, Wagtail's redirects: all of them, as someone they serve."""
    taken = []
    for name, route in ROUTES.items():
        if name in OWN_WRITES:
            continue
        persona = insider(route)
        client = client_for(world, persona, enforce_csrf_checks=True)
        path = path_for(urlwalk.entries_by_key()[name], world)
        answer, response, _seen = urlwalk.request(client, "post", path)
        if not _refused_for_csrf(response):
            taken.append(f"POST {path} ({name}) as {persona}: {answer}")
    assert not taken, "\n".join(taken)



@pytest.mark.parametrize(
    ("back", "lands_on"),
    [
        ("/supervision/mine/", "/supervision/mine/"),
        ("//elsewhere.example/", "/supervision/"),
        ("/\\elsewhere.example/", "/supervision/"),
        ("https://elsewhere.example/", "/supervision/"),
    ],
)
def test_marking_an_action_done_goes_back_but_never_to_another_site(back, lands_on, world):
    client = client_for(world, "volunteer")
    path = path_for(urlwalk.entries_by_key()["supervision:action_done"], world)
    answer, response, _seen = urlwalk.request(client, "post", path, {"next": back})
    assert response["Location"] == lands_on, answer

"""Every URL pattern in config.urls gives each of the nine personas the answer declared in
tests/security/matrix.py: the page, the sign-in page, a refusal, "not found" or "not allowed".
A pattern nobody declared fails, and so does any crash.

A GET of one of Waymark's own pages by a persona it serves is checked against the matrix by
test_state_changing_views.test_a_get_writes_nothing, which makes exactly that request (and
watches what it writes); here every other persona and pattern is, so each pair is asked once.
"""

import pytest
from django.urls import reverse

from tests.security import urlwalk
from tests.security.matrix import ACTION, PREFIX_RULES, ROUTES, SHADOWED, allowed, path_for, rule_for
from tests.security.world import PERSONAS, client_for

pytestmark = pytest.mark.django_db


def test_every_url_pattern_has_a_declared_answer():
    entries = urlwalk.entries()
    undeclared = [f"{entry.route} (name: {entry.name})" for entry in entries if rule_for(entry) is None]
    assert not undeclared, "Declare what each persona gets in tests/security/matrix.py:\n" + "\n".join(undeclared)

    found = {entry.key for entry in entries}
    stale = sorted(set(ROUTES) - found - set(SHADOWED.values()))
    assert not stale, f"Declared in tests/security/matrix.py but no longer in config.urls: {stale}"


def test_a_shadowed_pattern_is_declared_as_such():
    """An earlier pattern can hide a later one (config.urls hides Wagtail's sign-in pages).
    That must be on purpose: a hidden pattern has to be listed in SHADOWED."""
    problems = []
    for entry in urlwalk.entries():
        path = urlwalk.missing_object_path(entry)
        hidden_by = urlwalk.shadowed(entry, path)
        if bool(hidden_by) != (entry.key in SHADOWED):
            problems.append(f"{entry.key}: {path} is answered by {hidden_by or 'itself'}")
    assert not problems, "\n".join(problems)


def _asked_by_the_writes_nothing_test(key, persona):
    route = ROUTES.get(key)
    return route is not None and route.kind != ACTION and persona in allowed(route.get)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_url_gives_the_declared_answer_to_a_get_from(persona, world):
    client = client_for(world, persona)
    wrong = []
    for entry in urlwalk.entries():
        rule = rule_for(entry)
        if rule is None:
            continue  # reported by test_every_url_pattern_has_a_declared_answer
        if _asked_by_the_writes_nothing_test(entry.key, persona):
            continue
        path = path_for(entry, world)
        actual, _response, _seen = urlwalk.request(client, "get", path)
        if not urlwalk.matches(actual, rule.get[persona]):
            wrong.append(f"GET {path} ({entry.key}): declared {rule.get[persona]}, got {actual}")
    assert not wrong, f"{len(wrong)} URLs answer {persona} differently from the matrix:\n" + "\n".join(wrong)


@pytest.mark.parametrize("persona", PERSONAS)
def test_each_write_gives_the_declared_answer_to_a_post_from(persona, world):
    client = client_for(world, persona)
    entries = {entry.key: entry for entry in urlwalk.entries()}
    wrong = []
    for name, route in ROUTES.items():
        if not route.post:
            continue
        path = path_for(entries[name], world)
        data = route.payload(world) if route.payload else {}
        actual, _response, _seen = urlwalk.request(client, "post", path, data)
        if not urlwalk.matches(actual, route.post[persona]):
            wrong.append(f"POST {path} ({name}): declared {route.post[persona]}, got {actual}")
    assert not wrong, f"{len(wrong)} writes answer {persona} differently from the matrix:\n" + "\n".join(wrong)


def test_the_prefix_rules_cover_only_third_party_admin_trees():
    assert set(PREFIX_RULES) == {"cms/", "django-admin/"}


def test_the_learning_sites_own_sign_in_page_signs_nobody_in(client, world, password):
    """Wagtail mounts Django's plain LoginView at /learn/_util/login/: a password alone would
    have signed staff in without their two-step code. It leads to allauth's page instead."""
    response = client.post("/learn/_util/login/", {"username": world.manager.email, "password": password})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("people:list")).status_code == 302

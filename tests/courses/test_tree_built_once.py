"""The course tree is built once for the tests that ask for it one after another
(tests/built_once.py): each still starts from the tree exactly as built, whatever the test before
it changed or cached, and a test that does not ask for it never sees it. Run in this order in one
process the tests below check that; in any other order, or split between processes, they pass too."""

from types import SimpleNamespace

import pytest
from django.db import connection
from wagtail.models import Page

from courses.models import ClassroomSession, Course, LearningHub, PolicyPage
from tests import built_once

pytestmark = pytest.mark.django_db

AS_BUILT = sorted([
    "Learning", "Professional boundaries", "Online part", "Why boundaries matter", "Check your understanding",
    "Classroom day", "Before the day", "Policies", "Confidentiality",
])
CHANGED = "A title an earlier test gave it"
# Database tests this process has run from this module.
_ran = []


def _titles():
    return sorted(Page.objects.filter(depth__gt=1).values_list("title", flat=True))


def _lesson_page(client, tree):
    response = client.get(tree.lesson("why-boundaries").url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_test_may_change_the_tree_and_read_its_change(tree, client_for, volunteer_user, trainer):
    _ran.append("changes")
    client = client_for(volunteer_user)
    assert "Why boundaries matter" in _lesson_page(client, tree)
    lesson = tree.lesson("why-boundaries")
    lesson.title = CHANGED
    lesson.save_revision().publish()
    tree.lesson("before-the-day").delete()
    tree.session(trainer=trainer)
    assert CHANGED in _lesson_page(client, tree)
    assert _titles() != AS_BUILT


def test_the_next_test_gets_the_tree_as_built_and_none_of_the_last_ones_cached_pages(tree, client_for, volunteer_user):
    _ran.append("as built")
    assert _titles() == AS_BUILT
    assert all(page.revisions.count() == 1 for page in Page.objects.filter(depth__gt=1))
    assert not ClassroomSession.objects.exists()
    assert all(page.numchild == page.get_children().count() for page in Page.objects.all())
    page = _lesson_page(client_for(volunteer_user), tree)
    assert "Why boundaries matter" in page and CHANGED not in page


def test_a_test_that_does_not_ask_for_the_tree_never_sees_it():
    _ran.append("without")
    assert not Course.objects.exists()
    assert not LearningHub.objects.exists()
    assert not PolicyPage.objects.exists()


def test_the_next_test_that_asks_is_given_the_tree_built_around_its_own_transaction(request, tree):
    assert built_once.wanted_by(request.node) is not None
    if _ran:
        # This process set its databases up in an earlier test, so the tree was built before
        # this test's fixtures, in a transaction its own nests in.
        assert built_once.shared_with(request.node)
        assert len(connection.atomic_blocks) > 1
    assert _titles() == AS_BUILT


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_builds_its_own_tree_outside_any_transaction(request, tree):
    assert built_once.wanted_by(request.node) is None
    assert not built_once.shared_with(request.node)
    assert not connection.in_atomic_block
    assert _titles() == AS_BUILT


def _shared_tree(**fields):
    shared = built_once.Shared(SimpleNamespace(builds=SimpleNamespace(__name__="tree")), atomic=object())
    for name, value in fields.items():
        setattr(shared, name, value)
    return shared


def test_a_fixture_that_uses_the_database_before_the_tree_is_asked_for_fails_the_test(request, monkeypatch):
    shared = _shared_tree(test=request.node)
    for sql in ("SAVEPOINT s1", "SELECT 1", 'INSERT INTO "people_user" VALUES (1)', "RELEASE SAVEPOINT s1"):
        shared(lambda *args: None, sql, None, False, None)
    assert shared.queries == ["SELECT 1", 'INSERT INTO "people_user" VALUES (1)']
    monkeypatch.setattr(built_once, "_shared", shared)
    with pytest.raises(RuntimeError, match="Ask for 'tree' first"):
        built_once.given_to(request.node, shared.fixture)


def test_the_tree_is_not_rolled_back_from_under_another_open_transaction(monkeypatch, django_db_blocker):
    # This test's own transaction is open, and is not the tree's.
    monkeypatch.setattr(built_once, "_shared", _shared_tree())
    with pytest.raises(RuntimeError, match="still open"):
        built_once.close(django_db_blocker)

"""The real content is loaded once for all the tests that ask for it: pytest runs them one after
another, wherever they are written (tests/real_content.py, tests/built_once.py). The test in the
middle of this module checks the order, with a test on either side of it that asks for the
content, so it checks something even when this module runs alone."""

import pytest
from wagtail.models import Site

from courses.content import POLICIES
from courses.models import LearningHub, PolicyPage
from tests import built_once


@pytest.mark.django_db
def test_the_real_content_makes_the_learning_hub_the_site_root(real_content):
    assert Site.objects.get(is_default_site=True).root_page_id == LearningHub.objects.get().pk


# A database test like its neighbours, so that only the gathering (not pytest-django's putting
# database tests first) can move the test after it next to the one before it.
@pytest.mark.django_db
def test_the_tests_given_the_real_content_run_one_after_another(request):
    items = request.session.items
    given = [position for position, item in enumerate(items) if _asks_for_the_real_content(item)]
    assert len(given) >= 2, "this module's own tests ask for the real content"
    assert given == list(range(given[0], given[0] + len(given))), [items[n].nodeid for n in given]


def _asks_for_the_real_content(item):
    wanted = built_once.wanted_by(item)
    return wanted is not None and wanted.builds.__name__ == "real_content"


@pytest.mark.django_db
def test_every_shipped_policy_is_live(real_content):
    assert set(PolicyPage.objects.live().values_list("slug", flat=True)) >= {policy["slug"] for policy in POLICIES}

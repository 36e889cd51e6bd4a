"""axe-core on every page each role can reach, not only the journeys' pages.

Signed in as each role, the test follows every link in Waymark's own pages (one page for
each URL pattern, a few lessons of the learning site), and checks each page with axe-core
(WCAG 2.2 A and AA) at desktop width and on a 320 px phone, that it does not scroll
sideways on the phone, and that its title reads "<page> – Waymark".
"""

import re
from datetime import timedelta
from urllib.parse import urljoin, urlsplit

import pytest
from django.utils import timezone

from courses.models import Booking
from tests.e2e import state
from tests.e2e.conftest import PHONE, _pattern
from tests.e2e.keyboard import fits_a_phone

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DESKTOP = {"width": 1280, "height": 900}
# Not Waymark's own pages (the two admins), files rather than pages, and signing out.
SKIP = re.compile(
    r"^/(cms|django-admin|static|media|documents|accounts/logout|learn/_util)(/|$)"
    r"|\.(ics|csv|pdf|zip|txt)$|/certificates/|/export/|/calendar/[^/]+\.ics"
)
LEARN_PAGES = 6
MOST_PAGES = 60


def _links(page, base):
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    found = []
    for href in hrefs:
        url = urljoin(base, href).split("#")[0]
        parts = urlsplit(url)
        if parts.netloc != urlsplit(base).netloc or SKIP.search(parts.path):
            continue
        found.append(url)
    return found


def _both_sizes(current):
    """Desktop and phone, starting at the size the page already has: each page opens at the
    size the last one was left at, so it is resized once, and never resized on its way out."""
    return [PHONE, DESKTOP] if current == PHONE else [DESKTOP, PHONE]


def _walk(page, start, a11y):
    """Visit each URL pattern reachable from `start` once; return the patterns visited."""
    seen, queue, learn = set(), [(start, None)], 0
    while queue and len(seen) < MOST_PAGES:
        url, came_from = queue.pop(0)
        pattern = _pattern(url)
        if pattern in seen:
            continue
        if pattern.startswith("/learn/") and pattern != "/learn/":
            if learn >= LEARN_PAGES:
                continue
            learn += 1
        seen.add(pattern)
        response = page.goto(url)
        assert response.status < 400, f"{url} (linked from {came_from}) answered {response.status}"
        title = page.title()
        assert re.fullmatch(r".+\S – Waymark", title), f"{url} has the title {title!r}"
        for size in _both_sizes(page.viewport_size):
            if page.viewport_size != size:
                page.set_viewport_size(size)
            a11y(page)
            if size == PHONE:
                fits_a_phone(page)
        queue.extend((link, url) for link in _links(page, url))
    return seen


def _world(volunteer_user, supervisor, trainer):
    state.induction()
    session = state.classroom_day(trainer=trainer, on=timezone.localdate() + timedelta(days=7))
    Booking.objects.create(session=session, user=volunteer_user)
    state.flagged_supervisee(volunteer_user, supervisor)


@pytest.mark.parametrize("role", ["volunteer_user", "supervisor", "trainer", "manager", "content_editor"])
def test_every_page_a_role_can_reach_passes_axe_on_desktop_and_phone(
    request, page, live_server, volunteer_user, supervisor, trainer, password, sign_in, a11y, role
):
    _world(volunteer_user, supervisor, trainer)
    person = request.getfixturevalue(role)
    sign_in(page, person.email, password)
    visited = _walk(page, f"{live_server.url}/", a11y)
    assert "/" in visited and len(visited) > 3, visited

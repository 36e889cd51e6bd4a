"""Two web nodes and two Celery workers on one PostgreSQL and one Redis, as a deployment with
more than one machine runs: what one node (or process) changes, the other serves on its very
next request, and reminders go out once however many workers and sweeps there are.

Each node is a real gunicorn process and each worker a real `celery worker` process, all
reading this test's database. The test process plays the browsers over HTTP: the editor signs
in on node A with password and authenticator code and publishes with the admin's own form;
the learner, signed in on node B, reads the lesson on both. The manager records the last
pre-start checks with node A's form; the volunteer's earlier steps (course, 1:1, policy) are
made in the test process. Reminders are swept as beat does, twice at once.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
from datetime import timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.utils import timezone

from courses import services as course_services
from people.models import Placement, User, VolunteerProfile
from people.status import Status
from readiness.models import CheckType
from supervision.models import Reminder
from supervision.services.reminders import BATCH
from tests.conftest import CELERY_TEST_QUEUE
from tests.courses import factories as courses
from tests.factories import PASSWORD, totp_code
from tests.readiness import helpers
from tests.workers import NEEDS_A_WORKER

pytestmark = [pytest.mark.postgres, *NEEDS_A_WORKER]

ROOT = Path(settings.BASE_DIR)
BIN = Path(sys.executable).parent


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _shared_env(**extra):
    """What every node and worker shares: this test's database, Redis and cache prefix."""
    database = connection.settings_dict
    return os.environ | {
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "REDIS_URL": os.environ["REDIS_URL"],
        "CACHE_KEY_PREFIX": settings.CACHES["default"]["KEY_PREFIX"].split("-gw")[0],
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


class Node:
    """One gunicorn web node (the test settings: plain HTTP, static files from the source)."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self):
        env = _shared_env(
            DJANGO_SETTINGS_MODULE="config.test_settings", WAYMARK_WEB_BIND=f"127.0.0.1:{self.port}",
            WAYMARK_WEB_WORKERS="1", SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0",
        )
        self.process = subprocess.Popen([str(BIN / "gunicorn"), "config.wsgi", "-c", "gunicorn.conf.py"],
                                        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait_until_serving(self):
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(self.url + "/accounts/login/", timeout=20)
                return
            except (requests.ConnectionError, requests.Timeout):
                assert self.process.poll() is None and time.monotonic() < deadline, "the node did not start"
                time.sleep(0.2)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)


@pytest.fixture(scope="module")
def nodes(django_db_setup):
    """Two web nodes, started side by side once for the module's tests. Each test's data is its
    own (transactional tests: the database is emptied after each), and what a node keeps of a
    request (content it read, under a content version in the shared cache) is keyed so a test
    never reads what an earlier one left: each test starts with its own cache keys emptied
    (tests/conftest.py), the nodes' included, since they share the test process's key prefix."""
    pair = (Node(), Node())
    try:
        for node in pair:
            node.start()
        for node in pair:
            node.wait_until_serving()
        yield pair
    finally:
        for node in pair:
            node.stop()


class Worker:
    """One Celery worker process (production settings, sending to the test's SMTP server)."""

    def __init__(self, name, smtp_port):
        self.name, self.smtp_port = name, smtp_port

    def __enter__(self):
        env = _shared_env(
            DJANGO_SETTINGS_MODULE="config.settings", DEBUG="0", SECRET_KEY=settings.SECRET_KEY,
            ALLOWED_HOSTS="127.0.0.1", SECURE_SSL_REDIRECT="0", SECURE_HSTS_SECONDS="0",
            CELERY_QUEUE=CELERY_TEST_QUEUE, EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(self.smtp_port),
            EMAIL_USE_TLS="0", LOG_LEVEL="WARNING", WAYMARK_LOG_LEVEL="WARNING",
        )
        self.process = subprocess.Popen(
            [str(BIN / "celery"), "-A", "config", "worker", "-Q", CELERY_TEST_QUEUE, "--pool", "threads",
             "--concurrency", "2", "--without-gossip", "--without-mingle", "--without-heartbeat",
             "--loglevel", "WARNING", "--hostname", f"{self.name}-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)


class _Form(HTMLParser):
    """What a browser would post from the form with this id (or the page's own form): its fields as the page gives them,
    and each StreamField as the admin's script writes it out from the block data in the page."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields, self._open = form_id, False, [], None

    def _is_the_form(self, attrs):
        if self.form_id is None:  # the page's one form that posts
            return (attrs.get("method") or "").lower() == "post" and not attrs.get("action")
        return attrs.get("id") == self.form_id

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self._is_the_form(attrs)
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "image", "file"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append((name, attrs.get("value") or ""))
        elif tag in ("textarea", "select") and name:
            self._open = [tag, name, ""]
        elif tag == "option" and self._open and "selected" in attrs:
            self.fields.append((self._open[1], attrs.get("value", "")))
        elif "data-w-block-arguments-value" in attrs:
            state = json.loads(unescape(attrs["data-w-block-arguments-value"]))[0]
            self.fields += _block_fields(attrs["id"], state)

    def handle_data(self, data):
        if self._open and self._open[0] == "textarea":
            self._open[2] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        if self._open and tag == self._open[0]:
            if tag == "textarea":
                self.fields.append((self._open[1], self._open[2].removeprefix("\n")))
            self._open = None


def _block_fields(prefix, value):
    """The inputs Wagtail's block script writes for a block's value (a stream or list of
    children, a struct, a multiple choice or a plain value)."""
    if isinstance(value, list) and all(isinstance(child, dict) and "id" in child for child in value):
        fields = [(f"{prefix}-count", str(len(value)))]
        for index, child in enumerate(value):
            item = f"{prefix}-{index}"
            fields += [(f"{item}-deleted", ""), (f"{item}-order", str(index)), (f"{item}-id", child["id"])]
            if "type" in child:
                fields.append((f"{item}-type", child["type"]))
            fields += _block_fields(f"{item}-value", child["value"])
        return fields
    if isinstance(value, dict):
        return [field for name, child in value.items() for field in _block_fields(f"{prefix}-{name}", child)]
    if isinstance(value, list):
        return [(prefix, choice) for choice in value]
    if isinstance(value, bool):
        return [(prefix, "on")] if value else []
    return [(prefix, "" if value is None else str(value))]


def _form(page, form_id=None):
    form = _Form(form_id)
    form.feed(page.text)
    assert form.fields, f"no form #{form_id} on {page.url}"
    return form.fields


def _post(session, page, data, *, node):
    """Post as a browser does from `page`: its CSRF token, and the node's own origin."""
    return session.post(page.url, data=data, timeout=30, headers={"Origin": node.url, "Referer": page.url})


def _signed_in_over_http(node, user):
    """A browser that signed in on `node` with the sign-in form: password, then (for staff)
    the authenticator's code."""
    session = requests.Session()
    page = session.get(node.url + "/accounts/login/", timeout=30)
    page = _post(session, page, {"csrfmiddlewaretoken": _token_in(page), "login": user.email,
                                 "password": PASSWORD}, node=node)
    if "/2fa/authenticate" in page.url:
        # A code read in the last seconds of its 30 could be stale when it arrives.
        if 30 - time.time() % 30 < 5:
            time.sleep(30 - time.time() % 30 + 0.5)
        page = _post(session, page, {"csrfmiddlewaretoken": _token_in(page), "code": totp_code(user)}, node=node)
    assert page.ok and "/accounts/" not in page.url, f"signing in ended on {page.url} ({page.status_code})"
    return session


def _token_in(page):
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    assert found, f"no CSRF token on {page.url}"
    return found.group(1)


def test_an_editors_publish_is_served_by_every_node_on_the_next_request(nodes, content_editor, volunteer_user):
    courses.build(policies=[courses.policy_data()])
    lesson = courses.lesson("why-boundaries")
    first, second = nodes
    learner = _signed_in_over_http(second, volunteer_user)
    # Both nodes have served the lesson (and so hold whatever they keep in memory of it).
    for node in (first, second):
        assert f">{lesson.title}</h1>" in learner.get(node.url + lesson.url, timeout=30).text

    # The editor signs in on the first node and publishes the new title with the admin's form.
    editor = _signed_in_over_http(first, content_editor)
    edit = editor.get(f"{first.url}/cms/pages/{lesson.pk}/edit/", timeout=30)
    data = [(name, value) for name, value in _form(edit, "page-edit-form") if name != "title"]
    data += [("title", "Why boundaries really matter"), ("action-publish", "action-publish")]
    published = _post(editor, edit, data, node=first)
    assert published.ok and "/edit/" not in published.url, f"the publish was refused: {published.status_code}"
    lesson.refresh_from_db()
    assert (lesson.title, len(lesson.body)) == ("Why boundaries really matter", 4), "published, body intact"

    assert '<h1 class="govuk-heading-l">Why boundaries really matter</h1>' in learner.get(
        first.url + lesson.url, timeout=30).text
    page = learner.get(second.url + lesson.url, timeout=30).text
    assert '<h1 class="govuk-heading-l">Why boundaries really matter</h1>' in page


def test_a_readiness_change_judged_on_one_node_is_shown_by_the_other(
    nodes, supervisor, trainer, manager, volunteer_user
):
    helpers.learning()
    checklist = f"/readiness/volunteers/{volunteer_user.pk}/"
    # Everything but the pre-start checks, which the manager records on the first node.
    helpers.joined_long_ago(volunteer_user)
    helpers.finish_course(volunteer_user, trainer)
    helpers.attend_one_to_one(volunteer_user, supervisor)
    course_services.policy_acknowledge(user=volunteer_user, policy=courses.policy())
    first, second = nodes
    office = _signed_in_over_http(first, manager)
    for node in (first, second):
        page = office.get(node.url + checklist, timeout=30).text
        assert "things left" in page and "Every rule is met." not in page

    done_on = (timezone.localdate() - timedelta(days=10)).isoformat()
    for check in CheckType.objects.filter(required=True):
        form = office.get(f"{first.url}{checklist}checks/?check={check.pk}", timeout=30)
        data = [(name, value) for name, value in _form(form) if name != "done_on"] + [("done_on", done_on)]
        recorded = _post(office, form, data, node=first)
        assert recorded.ok and recorded.url.endswith(checklist), f"{check} was not recorded"

    assert "Every rule is met." in office.get(first.url + checklist, timeout=30).text
    assert "Every rule is met." in office.get(second.url + checklist, timeout=30).text


def test_reminders_go_once_between_two_workers_and_two_sweeps(celery_app, smtp_server):
    from supervision import tasks

    # Volunteers (active accounts with a profile), written in two INSERTs: the reminders read
    # only who they are for and their address.
    people = User.objects.bulk_create(
        User(full_name=f"Reminded {n}", email=f"reminded{n}@example.org") for n in range(2 * BATCH + 50)
    )
    community = Placement.objects.get(slug="community")
    VolunteerProfile.objects.bulk_create(
        VolunteerProfile(user=person, placement=community, status=Status.IN_TRAINING) for person in people
    )
    due = timezone.now() - timedelta(minutes=1)
    Reminder.objects.bulk_create([Reminder(kind=Reminder.Kind.CHECKIN, person=p, due_at=due) for p in people])

    with Worker("one", smtp_server.port), Worker("two", smtp_server.port):
        # Each node's beat (or one beat, twice) sends the sweep at the same moment.
        tasks.reminders_sweep.delay()
        tasks.reminders_sweep.delay()
        deadline = time.monotonic() + 120
        while len(smtp_server.accepted) < len(people) or Reminder.objects.filter(sent_at=None).exists():
            assert time.monotonic() < deadline, f"{len(smtp_server.accepted)} of {len(people)} sent in 2 minutes"
            time.sleep(0.2)
        time.sleep(2)  # anything sent twice would arrive now

    assert smtp_server.recipients() == sorted(p.email for p in people), "everyone once, nobody twice"
    assert smtp_server.connections == 3, "one mail connection per batch of 100"

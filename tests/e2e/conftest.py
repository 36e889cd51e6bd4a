"""Browser tests: Playwright driving Debian's Chromium against a live Waymark server.

Playwright cannot download its own browser here, so we launch the system one. Where it is
missing, every browser test is skipped with a message that says so.

Every page a journey shows is checked with axe-core (`a11y(page)`); a journey that moves on
from a page without checking it fails, and so does one whose pages break the CSP or throw
a script error.
"""

import fcntl
import functools
import os
import re
import shutil
import time
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the test itself still makes
# ordinary, synchronous ORM calls (to read e-mails or check rows), which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.2 A and AA, as axe-core tags them (2.2 added only AA rules).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 320, "height": 640}

# Every page axe checked in this run, as a URL pattern; written next to the screenshots.
CHECKED_PAGES = set()


def pytest_collection_modifyitems(config, items):
    if CHROMIUM:
        return
    skip = pytest.mark.skip(reason="Chromium is not installed (apt-get install chromium); browser tests skipped.")
    for item in items:
        if "tests/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A British browser: date boxes take day/month/year, as Waymark's users type them.
    return {**browser_context_args, "locale": "en-GB", "timezone_id": "Europe/London"}


@pytest.fixture(autouse=True)
def _links_in_emails_point_at_the_live_server(settings, live_server):
    settings.SITE_URL = live_server.url


@pytest.fixture(autouse=True)
def _fresh_content_type_cache(_put_back_migration_data):
    # The database is emptied and refilled between browser tests, so a content type an
    # earlier test cached can carry an id that now belongs to another model (and Wagtail
    # then builds pages of the wrong type).
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()


# Answers null where axe-core is not on the page, so one call both asks and runs.
AXE_RUN = """async (tags) => {
  if (typeof axe === "undefined") return null;
  const results = await axe.run(document, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return results.violations
    .filter((rule) => rule.impact === "serious" || rule.impact === "critical")
    .map((rule) => ({
      id: rule.id, impact: rule.impact, help: rule.help,
      nodes: rule.nodes.map((node) => node.target.join(" ") + "\\n        " + node.failureSummary.replace(/\\n/g, " ")),
    }));
}"""


@functools.cache
def _axe_source():
    return AXE_SCRIPT.read_text()


def _pattern(url):
    """/supervision/flags/12/?x=1 → /supervision/flags/<n>/, so a page is listed once."""
    path = re.sub(r"^https?://[^/]+", "", url).split("#")[0].split("?")[0]
    return re.sub(r"/\d+(?=/|$)", "/<n>", re.sub(r"/[^/]{20,}(?=/)", "/<key>", path))


class Audit:
    """Watches each browser page of a test: counts the documents it loads, and collects CSP
    reports and script errors. `audit(page)` runs axe-core on the document showing."""

    def __init__(self):
        self.pages = []
        self.problems = []

    def watch(self, page):
        record = {"page": page, "loads": 0, "checked": set(), "urls": {}}
        self.pages.append(record)
        # axe-core arrives with every document the page loads, before the page's own scripts,
        # rather than being sent over the DevTools pipe (half a megabyte) at each check.
        if AXE_SCRIPT.exists():
            page.add_init_script(script=_axe_source())

        def loaded(_page):
            record["loads"] += 1
            record["urls"][record["loads"]] = page.url

        page.on("load", loaded)
        page.on("console", lambda message: self._console(page, message))
        page.on("pageerror", lambda error: self.problems.append(f"Script error on {page.url}: {error}"))
        return page

    def _console(self, page, message):
        if "Content Security Policy" in message.text:
            self.problems.append(f"CSP refused something on {page.url}: {message.text}")

    def __call__(self, page):
        """Check the page showing now: no serious or critical WCAG 2.2 A/AA violation."""
        page.wait_for_load_state("load")
        record = next(r for r in self.pages if r["page"] is page)
        violations = page.evaluate(AXE_RUN, WCAG_TAGS)
        if violations is None:
            if not AXE_SCRIPT.exists():
                pytest.fail("axe-core is missing from node_modules: run `npm ci` (or `make test`).")
            # Evaluated through the DevTools protocol, so the page's CSP stays on.
            page.evaluate(_axe_source())
            violations = page.evaluate(AXE_RUN, WCAG_TAGS)
        record["checked"].add(record["loads"])
        CHECKED_PAGES.add(_pattern(page.url))
        if violations:
            lines = [f"axe-core found {len(violations)} serious or critical problem(s) on {page.url}:"]
            for rule in violations:
                lines.append(f"  [{rule['impact']}] {rule['id']}: {rule['help']}")
                lines.extend(f"      {node}" for node in rule["nodes"])
            pytest.fail("\n".join(lines), pytrace=False)

    def follow(self, page, control):
        """Click a link or button that opens another page, wait for that page, and check it."""
        with page.expect_navigation():
            control.click()
        self(page)
        return page

    def verify(self):
        for record in self.pages:
            missed = [record["urls"].get(n, "?") for n in range(1, record["loads"] + 1) if n not in record["checked"]]
            if missed:
                self.problems.append("Pages shown but not checked with axe-core: " + ", ".join(missed))
        if self.problems:
            pytest.fail("\n".join(self.problems), pytrace=False)


@pytest.fixture
def a11y():
    audit = Audit()
    yield audit
    audit.verify()


@pytest.fixture
def page(context, a11y):
    return a11y.watch(context.new_page())


@pytest.fixture(scope="session", autouse=True)
def _list_checked_pages():
    yield
    if CHECKED_PAGES:
        # Parallel workers each add what they checked to the one list, one at a time.
        SCREENSHOTS.mkdir(exist_ok=True)
        listing = SCREENSHOTS / "axe-checked-pages.txt"
        with open(SCREENSHOTS / ".axe-checked-pages.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            parallel = os.environ.get("PYTEST_XDIST_WORKER")
            earlier = set(listing.read_text().split()) if parallel and listing.exists() else set()
            listing.write_text("\n".join(sorted(CHECKED_PAGES | earlier)) + "\n")


# Full-page screenshots are for people to look at, not checks: taking them costs CI time
# (a full-page PNG each), so they are taken only when asked for (README, "Browser tests").
TAKE_SCREENSHOTS = os.environ.get("WAYMARK_SCREENSHOTS", "") == "1"


@pytest.fixture
def shot():
    """With WAYMARK_SCREENSHOTS=1, save a full-page screenshot under
    tests/e2e/screenshots/<name>.png."""

    def take(page, name):
        if not TAKE_SCREENSHOTS:
            return None
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def sign_in(live_server, a11y):
    """Sign in on the sign-in page (typing the authenticator code when asked), checking
    each page on the way. With keyboard=True only the keyboard is used."""
    from tests.e2e.keyboard import tab_to

    def go(page, email, password, *, keyboard=False):
        page.goto(f"{live_server.url}/accounts/login/")
        a11y(page)
        if keyboard:
            tab_to(page, page.get_by_label("Email")).type(email)
            tab_to(page, page.get_by_label("Password")).type(password)
            tab_to(page, page.get_by_role("button", name="Sign in"))
            with page.expect_navigation():
                page.keyboard.press("Enter")
        else:
            page.get_by_label("Email").fill(email)
            page.get_by_label("Password").fill(password)
            with page.expect_navigation():
                page.get_by_role("button", name="Sign in").click()
        if "/2fa/authenticate" in page.url:
            a11y(page)
            pass_two_step(page, email, a11y, keyboard=keyboard)
        a11y(page)
        return page

    return go


def pass_two_step(page, email, a11y, *, keyboard=False):
    """Staff are asked for their authenticator code after their password; type it in.

    A code lasts 30 seconds. Rather than wait out the end of one before reading a code, the
    code is typed at once; only if it was refused because a new 30 seconds began on the way
    to the server is the new code typed (as a person would). Any other refusal fails.
    """
    from people.models import User

    user = User.objects.get(email=email)
    window = int(time.time()) // 30
    _type_code(page, user, keyboard=keyboard)
    if "/2fa/authenticate" in page.url and int(time.time()) // 30 != window:
        a11y(page)
        _type_code(page, user, keyboard=keyboard)
    assert "/2fa/authenticate" not in page.url, f"The authenticator code for {email} was refused"


def _type_code(page, user, *, keyboard):
    from tests.e2e.keyboard import tab_to
    from tests.factories import totp_code

    code = totp_code(user)
    if keyboard:
        tab_to(page, page.locator("#id_code")).type(code)
        with page.expect_navigation():
            page.keyboard.press("Enter")
    else:
        page.locator("#id_code").fill(code)
        with page.expect_navigation():
            page.get_by_role("button", name="Sign In").click()

"""A volunteer has a lesson read aloud by the browser's own speech synthesis, under the CSP."""

import pytest

from courses.models import Lesson
from tests.courses import factories

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Headless Chromium offers speechSynthesis but has no voice to speak with, so this stands in
# for the speech engine only: it reports each utterance starting and, shortly after, ending.
FAKE_VOICE = """
(() => {
  const spoken = [];
  let paused = false;
  const engine = {
    get speaking() { return spoken.length > 0; },
    get paused() { return paused; },
    speak(utterance) {
      spoken.push(utterance.text);
      setTimeout(() => utterance.onstart && utterance.onstart(), 10);
      setTimeout(() => { if (!paused) utterance.onend && utterance.onend(); }, 400);
    },
    pause() { paused = true; },
    resume() { paused = false; },
    cancel() { spoken.length = 0; },
    getVoices() { return []; },
  };
  Object.defineProperty(window, "speechSynthesis", { value: engine, configurable: true });
  window.__spoken = spoken;
})();
"""


@pytest.fixture
def lesson_url(live_server):
    factories.build()
    return live_server.url + Lesson.objects.get(slug="why-boundaries").url


def test_a_volunteer_listens_to_a_lesson_pauses_and_stops(page, volunteer_user, password, sign_in, a11y, lesson_url):
    page.add_init_script(FAKE_VOICE)
    sign_in(page, volunteer_user.email, password)
    page.goto(lesson_url)
    a11y(page)
    listen = page.get_by_role("button", name="Listen to this")
    stop = page.get_by_role("button", name="Stop")
    assert listen.is_visible() and not stop.is_visible()

    listen.click()
    pause = page.get_by_role("button", name="Pause")
    pause.wait_for()
    assert stop.is_visible()
    page.locator(".waymark-listen-current").wait_for()
    assert page.locator(".waymark-listen-current").first.inner_text() == "Why boundaries matter"
    spoken = page.evaluate("window.__spoken")
    assert "Keeping everyone safe" in spoken or spoken[0] == "Why boundaries matter"
    a11y(page)

    pause.click()
    page.get_by_role("button", name="Carry on listening").click()
    page.get_by_role("button", name="Pause").wait_for()
    stop.click()
    page.get_by_role("button", name="Listen to this").wait_for()
    assert not stop.is_visible()
    assert page.locator(".waymark-listen-current").count() == 0


def test_with_the_real_engine_the_button_works_under_the_csp(page, volunteer_user, password, sign_in, a11y, lesson_url):
    sign_in(page, volunteer_user.email, password)
    page.goto(lesson_url)
    a11y(page)
    listen = page.get_by_role("button", name="Listen to this")
    assert listen.is_visible()
    listen.click()
    # Either it speaks, or (with no voice installed) it says so; never a script or CSP error,
    # which the a11y fixture fails the test on.
    page.wait_for_function(
        """() => document.querySelector('[data-listen-toggle]').textContent !== 'Listen to this'
             || !document.querySelector('[data-listen-problem]').hidden
             || window.speechSynthesis.speaking""",
        timeout=5000,
    )

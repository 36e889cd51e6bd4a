"""What a content editor writes in a lesson or policy (headings, callouts, reflection prompts,
knowledge-check questions, options and feedback) is shown to learners as words, never as
markup. Rich text is the one block that is HTML by design; Wagtail keeps it to its own list of
tags, so it is left out here.

Every plain-text value in the pages' blocks is found by walking the stored content, so a block
added later is covered too; the learner's pages are then read like the free-text sweep does
(tests/security/test_free_text_is_escaped.py)."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import QuizAttempt
from tests.courses import factories as courses
from tests.factories import volunteer
from tests.security.test_free_text_is_escaped import PAYLOADS, html_problems

pytestmark = pytest.mark.django_db

RICH_TEXT = {"text"}
# Values that are settings, not words.
NOT_WORDS = {"type", "id", "kind", "correct", "image", "document", "video"}


def _attack(value, found, block_type=None):
    """The stream's raw data with every plain-text leaf replaced by a tagged payload."""
    if isinstance(value, list):
        return [_attack(item, found, block_type) for item in value]
    if isinstance(value, dict):
        if "type" in value and "value" in value:
            if value["type"] in RICH_TEXT:
                return value
            return value | {"value": _attack(value["value"], found, value["type"])}
        return {key: item if key in NOT_WORDS else _attack(item, found, block_type) for key, item in value.items()}
    if isinstance(value, str):
        tag = f"e{len(found):02d}"
        found.append(tag)
        return f"{tag}{PAYLOADS['markup']}"[:200]
    return value


def _rewrite(page):
    found = []
    page.body = _attack(list(page.body.raw_data), found)
    page.title = f"title{PAYLOADS['markup']}"[:255]
    page.save_revision().publish()
    return found


def _shows_safely(html, tags):
    page, problems = html_problems(html)
    problems += [f"{tag} is not shown as words" for tag in tags if not page.shows(f"{tag}\"><script>")]
    return problems


def test_what_an_editor_writes_is_shown_to_learners_as_words():
    courses.build(policies=[courses.policy_data() | {
        "body": [("heading", "Private"), ("callout", {"kind": "warning", "title": "Careful", "text": "Ask first."})],
    }])
    learner = volunteer()
    client = Client()
    client.force_login(learner)
    problems = []
    quiz, reflective, policy = courses.lesson("check"), courses.lesson("why-boundaries"), courses.policy()
    written = {page.pk: _rewrite(page) for page in (quiz, reflective, policy)}
    assert all(written.values())
    quiz.refresh_from_db()
    feedback = {option["feedback"][:3] for question in quiz.knowledge_check() for option in question["options"]}
    # Hints show only after a wrong try (below).
    hints = {question["hint"][:3] for question in quiz.knowledge_check() if question.get("hint")}
    for page in (quiz, reflective, policy):
        page.refresh_from_db()
        response = client.get(page.url)
        assert response.status_code == 200
        # Feedback shows once the learner has answered (below).
        tags = ["title"] + [tag for tag in written[page.pk] if tag not in feedback | hints]
        problems += [f"{page.url}: {problem}" for problem in _shows_safely(response.content.decode(), tags)]
    # A wrong try shows which questions were wrong and hints, never the options' feedback; the
    # page must still show everything it does show as words.
    client.post(reverse("courses:quiz_submit", args=[quiz.pk]), courses.wrong_answers(quiz))
    problems += [f"{quiz.url} (wrong try): {problem}"
                 for problem in _shows_safely(client.get(quiz.url).content.decode(), sorted(hints))]
    # Once passed, the feedback written for every option shows, on the lesson and the attempt.
    right = courses.right_answers(quiz)
    client.post(reverse("courses:quiz_submit", args=[quiz.pk]), right)
    attempt = QuizAttempt.objects.filter(user=learner).latest("pk")
    assert attempt.passed
    problems += [f"{quiz.url}: {problem}" for problem in _shows_safely(client.get(quiz.url).content.decode(),
                                                                       sorted(feedback))]
    # The attempt's review shows the feedback of the options the learner chose.
    by_option = {option["id"]: option["feedback"][:3] for question in quiz.knowledge_check()
                 for option in question["options"]}
    chosen = sorted({by_option[option_id] for ids in right.values() for option_id in ids})
    attempt_url = reverse("courses:attempt_detail", args=[attempt.pk])
    problems += [f"{attempt_url}: {problem}" for problem in _shows_safely(client.get(attempt_url).content.decode(),
                                                                          chosen)]
    assert not problems, "\n".join(problems)

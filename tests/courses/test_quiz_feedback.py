"""Knowledge checks that test knowledge: options shuffled for each attempt and kept with it,
a hint (not the answer) after a wrong try with the learner's answers kept, and "Done" with
the full feedback once they pass."""

import re
from collections import Counter

import pytest
from django.urls import reverse

from courses import quiz
from courses.models import QuizAttempt
from tests.courses import factories
from tests.factories import volunteer

pytestmark = pytest.mark.django_db


def _sectioned_course():
    data = factories.course_data(classroom=False)
    check = data["modules"][0]["lessons"][1]
    check["body"] = [
        ("heading", "Whose recovery it is"),
        ("text", "Recovery is self-defined: the person themselves decides what recovery means."),
        ("heading", "Keeping boundaries clear"),
        ("text", "Meeting in agreed places and talking to your supervisor keep boundaries clear. Never lend money."),
    ]
    check["quiz"]["questions"][1]["hint"] = "Look again at the list of safe habits."
    return data


def _shown_option_ids(html, question):
    ids = {option["id"] for option in question["options"]}
    return [found for found in re.findall(r'id="o-([^"]+)"', html) if found in ids]


def _submit(client, lesson, data, seed):
    return client.post(reverse("courses:quiz_submit", args=[lesson.pk]), {**data, "seed": seed})


def _seed(html):
    return re.search(r'name="seed" value="([0-9a-f]+)"', html).group(1)


def test_it_shuffles_options_for_each_learner_and_keeps_the_order_while_on_screen(tree, client_for):
    lesson = tree.lesson("check")
    question = lesson.knowledge_check()[1]
    orders = []
    for index in range(12):
        client = client_for(volunteer(user__email=f"learner{index}@example.org"))
        first = client.get(lesson.url).content.decode()
        assert _shown_option_ids(first, question) == _shown_option_ids(client.get(lesson.url).content.decode(),
                                                                        question)
        orders.append(tuple(_shown_option_ids(first, question)))
    assert len(set(orders)) > 1


def test_the_right_answer_lands_in_every_position_about_equally_often():
    options = [{"id": f"o{n}", "correct": n == 0} for n in range(4)]
    positions = Counter()
    for n in range(2000):
        shown = quiz.in_order([{"id": "q", "options": options}], f"{n:08x}")[0]["options"]
        positions[next(i for i, option in enumerate(shown) if option["correct"])] += 1
    assert set(positions) == {0, 1, 2, 3}
    assert max(positions.values()) < 2000 / 4 * 1.2


def test_the_attempt_keeps_the_order_it_was_shown_in_for_review(tree, client_for, volunteer_user, manager):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    html = client.get(lesson.url).content.decode()
    shown = [_shown_option_ids(html, question) for question in lesson.knowledge_check()]
    _submit(client, lesson, tree.right_answers(lesson), _seed(html))
    attempt = QuizAttempt.objects.get()
    assert attempt.seed == _seed(html)
    assert [[option["id"] for option in question["options"]] for question in attempt.questions] == shown
    review = client_for(manager).get(reverse("courses:attempt_detail", args=[attempt.pk])).content.decode()
    texts = [option["text"] for option in attempt.questions[1]["options"]]
    assert [review.index(text) for text in texts] == sorted(review.index(text) for text in texts)


def test_after_a_wrong_try_it_says_which_were_wrong_hints_and_keeps_the_answers(db, client_for, volunteer_user):
    factories.build(courses=[_sectioned_course()])
    lesson = factories.lesson("check")
    single, multiple = lesson.knowledge_check()
    client = client_for(volunteer_user)
    html = client.get(lesson.url).content.decode()
    wrong_single = next(option["id"] for option in single["options"] if not option["correct"])
    right_multiple = [option["id"] for option in multiple["options"] if option["correct"]]
    _submit(client, lesson, {f"q-{single['id']}": [wrong_single], f"q-{multiple['id']}": right_multiple}, _seed(html))

    again = client.get(lesson.url).content.decode()
    section = again.split('id="knowledge-check"')[1].split("</section>")[0]
    assert "Not yet" in section and "1 question needs another look" in section
    # Same order, the learner's answers still ticked.
    for question in (single, multiple):
        assert _shown_option_ids(again, question) == _shown_option_ids(html, question)
    assert re.search(rf'value="{wrong_single}" checked', section)
    for option_id in right_multiple:
        assert re.search(rf'value="{option_id}" checked', section)
    # The wrong one is marked with where to re-read; the right one is marked right.
    wrong_block = section.split(f'id="question-{single["id"]}"')[1].split("</fieldset>")[0]
    assert "Not quite" in wrong_block and "Re-read “Whose recovery it is”" in wrong_block
    assert 'href="#section-whose-recovery-it-is"' in wrong_block
    assert 'id="section-whose-recovery-it-is"' in again
    right_block = section.split(f'id="question-{multiple["id"]}"')[1].split("</fieldset>")[0]
    assert "Right" in right_block and "Not quite" not in right_block
    # Nothing says which option is right.
    for question in (single, multiple):
        for option in question["options"]:
            assert option["feedback"] not in section
    assert "is true" not in section and "Done" not in section


def test_an_editors_own_hint_is_used(db, client_for, volunteer_user):
    factories.build(courses=[_sectioned_course()])
    lesson = factories.lesson("check")
    client = client_for(volunteer_user)
    html = client.get(lesson.url).content.decode()
    _submit(client, lesson, factories.wrong_answers(lesson), _seed(html))
    page = client.get(lesson.url).content.decode()
    assert "Look again at the list of safe habits." in page
    assert "2 questions need another look" in page


def test_passing_shows_done_a_next_lesson_button_and_feedback_on_every_option(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    client = client_for(volunteer_user)
    html = client.get(lesson.url).content.decode()
    _submit(client, lesson, tree.wrong_answers(lesson), _seed(html))
    retry = client.get(lesson.url).content.decode()
    response = _submit(client, lesson, tree.right_answers(lesson), _seed(retry))
    assert response.url.endswith("#knowledge-check")
    page = client.get(lesson.url).content.decode()
    section = page.split('id="knowledge-check"')[1].split("</section>")[0]
    assert section.index(">Done<") < section.index("Next lesson")
    assert f'href="{tree.lesson("before-the-day").url}"' in section
    assert "<form" not in section and 'type="radio"' not in section
    for question in lesson.knowledge_check():
        for option in question["options"]:
            assert option["feedback"] in section


def test_a_try_that_cannot_be_marked_comes_back_with_its_answers(tree, client_for, volunteer_user):
    lesson = tree.lesson("check")
    single, multiple = lesson.knowledge_check()
    client = client_for(volunteer_user)
    html = client.get(lesson.url).content.decode()
    chosen = single["options"][1]["id"]
    response = _submit(client, lesson, {f"q-{single['id']}": [chosen]}, _seed(html))
    page = client.get(response.url).content.decode()
    section = page.split('id="knowledge-check"')[1].split("</section>")[0]
    assert "Answer every question" in section
    assert re.search(rf'value="{chosen}" checked', section)
    assert _shown_option_ids(page, multiple) == _shown_option_ids(html, multiple)
    assert not QuizAttempt.objects.exists()

"""The Welsh teaching content in courses/content/cy mirrors the English exactly.

Only the words people read may differ: every slug, kind, number, role, placement, block,
question, option and right answer stays as it is in English, so a lesson read in Welsh is
the same lesson (and the same progress) as one read in English. Plain data checks: no
database, no Django models.
"""

import re

import pytest

from courses import content as english
from courses.content import cy as welsh

# Every policy and these courses must be there in Welsh (issue 18).
REQUIRED_WELSH_COURSES = ["four-day-induction", "safeguarding", "professional-boundaries", "substance-use-awareness"]

# Fields people read. Everything else must be identical to the English.
COURSE_TEXT = {"title", "summary", "accreditation"}
MODULE_TEXT = {"title", "summary"}
POLICY_TEXT = {"title", "summary", "version_note"}

# Words that are the same in both languages: names of drugs and things spelled alike.
SAME_IN_BOTH = {"Alcohol", "Heroin", "Diazepam", "Naloxone", "Methadone"}

# Common English words that would betray an untranslated sentence in Welsh text.
ENGLISH_GIVEAWAYS = re.compile(
    r"\b(the|and|you|your|with|this|that|what|when|should|would|todo|fixme|translate)\b", re.IGNORECASE
)
# Names of laws, services and help lines kept in English inside Welsh text, removed before looking.
KEPT_IN_ENGLISH = ["Care Act 2014", "Moving On In My Recovery", "SMART Recovery"]

ENGLISH_COURSES = {course["slug"]: course for course in english.COURSES}
ENGLISH_POLICIES = {policy["slug"]: policy for policy in english.POLICIES}


def lessons(course):
    for module in course["modules"]:
        yield from module["lessons"]


def block_texts(block_type, value):
    """The readable text in one body block."""
    if block_type in ("heading", "text", "reflection"):
        return [value]
    if block_type == "callout":
        return [value["title"], value["text"]]
    if block_type == "nation":
        return [value["england"], value["wales"]]
    raise AssertionError(f"unknown block type {block_type}")


def compare_body(where, cy_body, en_body):
    """Same blocks in the same order; returns (welsh, english) text pairs to check."""
    assert [b for b, _ in cy_body] == [b for b, _ in en_body], f"{where}: body blocks differ"
    pairs = []
    for n, ((block_type, cy_value), (_, en_value)) in enumerate(zip(cy_body, en_body, strict=True)):
        if block_type == "callout":
            assert cy_value["kind"] == en_value["kind"], f"{where} block {n}: callout kind"
            assert set(cy_value) == set(en_value), f"{where} block {n}: callout keys"
        if block_type == "nation":
            assert set(cy_value) == set(en_value), f"{where} block {n}: nation keys"
        texts = zip(block_texts(block_type, cy_value), block_texts(block_type, en_value), strict=True)
        pairs += [(f"{where} block {n}", cy_text, en_text) for cy_text, en_text in texts]
    return pairs


def compare_quiz(where, cy_quiz, en_quiz):
    if en_quiz is None:
        assert cy_quiz is None, f"{where}: a quiz the English does not have"
        return []
    assert set(cy_quiz) == set(en_quiz) and cy_quiz["pass_mark"] == en_quiz["pass_mark"], where
    assert len(cy_quiz["questions"]) == len(en_quiz["questions"]), f"{where}: question count"
    pairs = []
    for q, (cy_q, en_q) in enumerate(zip(cy_quiz["questions"], en_quiz["questions"], strict=True)):
        at = f"{where} question {q + 1}"
        assert set(cy_q) == set(en_q) and cy_q["kind"] == en_q["kind"], at
        assert len(cy_q["options"]) == len(en_q["options"]), f"{at}: option count"
        pairs.append((at, cy_q["text"], en_q["text"]))
        if "hint" in en_q:
            pairs.append((f"{at} hint", cy_q["hint"], en_q["hint"]))
        for o, (cy_o, en_o) in enumerate(zip(cy_q["options"], en_q["options"], strict=True)):
            assert set(cy_o) == set(en_o), f"{at} option {o + 1}: keys"
            assert cy_o["correct"] is en_o["correct"], f"{at} option {o + 1}: the right answer moved"
            pairs.append((f"{at} option {o + 1}", cy_o["text"], en_o["text"]))
            pairs.append((f"{at} option {o + 1} feedback", cy_o["feedback"], en_o["feedback"]))
    return pairs


def course_pairs(cy_course):
    """Check a Welsh course's shape against the English; return its (where, welsh, english) texts."""
    en_course = ENGLISH_COURSES[cy_course["slug"]]
    where = cy_course["slug"]
    assert set(cy_course) == set(en_course), f"{where}: keys"
    for key in set(en_course) - COURSE_TEXT - {"modules"}:
        assert cy_course[key] == en_course[key], f"{where}: {key} must match the English"
    pairs = [(f"{where} {key}", cy_course[key], en_course[key]) for key in sorted(COURSE_TEXT) if en_course[key]]
    if not en_course["accreditation"]:
        assert cy_course["accreditation"] == "", f"{where}: accreditation the English does not have"
    assert [m["slug"] for m in cy_course["modules"]] == [m["slug"] for m in en_course["modules"]], where
    for cy_module, en_module in zip(cy_course["modules"], en_course["modules"], strict=True):
        at = f"{where}/{cy_module['slug']}"
        assert set(cy_module) == set(en_module), f"{at}: keys"
        assert cy_module["classroom_day"] == en_module["classroom_day"], at
        pairs += [(f"{at} {key}", cy_module[key], en_module[key]) for key in sorted(MODULE_TEXT)]
        assert [x["slug"] for x in cy_module["lessons"]] == [x["slug"] for x in en_module["lessons"]], at
        for cy_lesson, en_lesson in zip(cy_module["lessons"], en_module["lessons"], strict=True):
            lat = f"{at}/{cy_lesson['slug']}"
            assert set(cy_lesson) == set(en_lesson), f"{lat}: keys"
            assert cy_lesson["estimated_minutes"] == en_lesson["estimated_minutes"], lat
            pairs.append((f"{lat} title", cy_lesson["title"], en_lesson["title"]))
            pairs += compare_body(lat, cy_lesson["body"], en_lesson["body"])
            pairs += compare_quiz(lat, cy_lesson["quiz"], en_lesson["quiz"])
    return pairs


def policy_pairs(cy_policy):
    en_policy = ENGLISH_POLICIES[cy_policy["slug"]]
    where = cy_policy["slug"]
    assert set(cy_policy) == set(en_policy), f"{where}: keys"
    pairs = [(f"{where} {key}", cy_policy[key], en_policy[key]) for key in sorted(POLICY_TEXT)]
    return pairs + compare_body(where, cy_policy["body"], en_policy["body"])


def check_translated(pairs):
    for where, cy_text, en_text in pairs:
        assert isinstance(cy_text, str) and cy_text.strip(), f"{where}: empty"
        if cy_text in SAME_IN_BOTH:
            continue
        assert cy_text != en_text, f"{where}: still the English “{en_text[:60]}”"
        looked_at = cy_text
        for name in KEPT_IN_ENGLISH:
            looked_at = looked_at.replace(name, "")
        left = ENGLISH_GIVEAWAYS.findall(looked_at)
        assert not left, f"{where}: English words {left} in “{cy_text[:80]}”"


# --- what must be there -------------------------------------------------------------------------


def test_every_policy_is_in_welsh_in_the_english_order():
    assert [p["slug"] for p in welsh.POLICIES] == [p["slug"] for p in english.POLICIES]


def test_the_induction_and_the_three_required_courses_are_in_welsh():
    slugs = [course["slug"] for course in welsh.COURSES]
    for slug in REQUIRED_WELSH_COURSES:
        assert slug in slugs, f"{slug} has no Welsh translation"


def test_welsh_courses_keep_the_english_order_and_are_each_there_once():
    slugs = [course["slug"] for course in welsh.COURSES]
    assert len(slugs) == len(set(slugs))
    assert set(slugs) <= set(ENGLISH_COURSES)
    order = list(ENGLISH_COURSES)
    assert slugs == sorted(slugs, key=order.index)


# --- same shape, new words ----------------------------------------------------------------------


@pytest.mark.parametrize("course", welsh.COURSES, ids=lambda c: c["slug"])
def test_a_welsh_course_has_the_english_shape_and_welsh_words(course):
    check_translated(course_pairs(course))


@pytest.mark.parametrize("policy", welsh.POLICIES, ids=lambda p: p["slug"])
def test_a_welsh_policy_has_the_english_shape_and_welsh_words(policy):
    check_translated(policy_pairs(policy))


def test_welsh_callouts_can_be_taken_in_at_a_glance():
    bodies = [(p["slug"], p["body"]) for p in welsh.POLICIES]
    bodies += [(lesson["slug"], lesson["body"]) for course in welsh.COURSES for lesson in lessons(course)]
    for where, body in bodies:
        for block_type, value in body:
            if block_type == "callout":
                assert len(value["text"].split()) <= 40, f"{where}: “{value['title']}” is over 40 words"


def test_numbers_help_lines_and_emergency_numbers_are_kept_exactly():
    """Every number in a lesson or policy (999, NHS 111, help lines, units, hours) is in the Welsh.

    Compared lesson by lesson, not block by block, because the Welsh glossary follows the Welsh
    alphabet and so files some entries under the other heading.
    """
    pairs = [pair for policy in welsh.POLICIES for pair in policy_pairs(policy)]
    pairs += [pair for course in welsh.COURSES for pair in course_pairs(course)]
    number = re.compile(r"\d+(?::\d+)?")
    found = {}
    for where, cy_text, en_text in pairs:
        unit = found.setdefault(where.split(" ")[0], (set(), set()))
        unit[0].update(number.findall(cy_text))
        unit[1].update(number.findall(en_text))
    for unit, (cy_numbers, en_numbers) in found.items():
        assert cy_numbers == en_numbers, f"{unit}: numbers differ from the English"


def test_welsh_nation_text_names_the_welsh_law_and_procedures():
    blocks = [value for policy in welsh.POLICIES for kind, value in policy["body"] if kind == "nation"]
    blocks += [value for c in welsh.COURSES for x in lessons(c) for kind, value in x["body"] if kind == "nation"]
    assert blocks
    wales = " ".join(block["wales"] for block in blocks)
    assert "Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014" in wales
    assert "Gweithdrefnau Diogelu Cymru" in wales
    assert "Lloegr" not in wales


def test_the_welsh_package_says_it_awaits_review_by_a_first_language_speaker():
    assert "first-language Welsh speaker" in " ".join(welsh.__doc__.split())

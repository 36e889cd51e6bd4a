"""The course and policy content in courses/content meets the teaching bar.

Plain data checks: no database, no Django models.
"""

import re

import pytest

from courses.content import COURSES, POLICIES

CATEGORIES = {"induction", "required", "ongoing", "placement"}
DELIVERIES = {"online", "classroom", "blended"}
ROLES = {"Volunteer", "Supervisor", "Trainer", "Manager"}
PLACEMENTS = {"community", "hospital", "telephone"}
BLOCK_TYPES = {"heading", "text", "callout", "reflection"}
CALLOUT_KINDS = {"tip", "warning", "worried"}
QUESTION_KINDS = {"single", "multiple", "true_false"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

COURSE_KEYS = {
    "slug",
    "title",
    "category",
    "delivery",
    "summary",
    "estimated_minutes",
    "validity_months",
    "for_roles",
    "for_placements",
    "prerequisites",
    "accreditation",
    "modules",
}
MODULE_KEYS = {"slug", "title", "summary", "classroom_day", "lessons"}
LESSON_KEYS = {"slug", "title", "estimated_minutes", "body", "quiz"}
POLICY_KEYS = {"slug", "title", "summary", "version_note", "body"}

INDUCTION_MODULES = [
    "introduction-to-peer-support",
    "group-facilitation",
    "being-a-recovery-champion",
    "equality-and-diversity",
    "communication-skills",
    "recovery-buddy-training",
]
REQUIRED = {"safeguarding": 36, "professional-boundaries": 36, "substance-use-awareness": 0}
PLACEMENT = {"nhs-confidentiality", "nhs-health-and-safety"}
CPD = {
    "telephone-recovery-support",
    "meaningful-engagement",
    "recovery-coaching",
    "trauma-informed-practice",
    "motivational-interviewing",
    "mental-health-first-aid",
    "suicide-awareness",
    "alcohol-identification-and-brief-advice",
    "moving-on-in-my-recovery",
}
POLICY_SLUGS = {
    "confidentiality",
    "professional-boundaries",
    "lapse-management",
    "clean-time",
    "safeguarding-procedure",
    "volunteering",
}

BY_SLUG = {course["slug"]: course for course in COURSES}


def words(body):
    """Words of teaching text in a body: text, headings and callouts (not reflections)."""
    count = 0
    for block_type, value in body:
        if block_type in ("text", "heading"):
            count += len(value.split())
        elif block_type == "callout":
            count += len(value["title"].split()) + len(value["text"].split())
    return count


def all_lessons():
    for course in COURSES:
        for module in course["modules"]:
            for lesson in module["lessons"]:
                yield course, module, lesson


def all_questions():
    for course, module, lesson in all_lessons():
        if lesson["quiz"]:
            for question in lesson["quiz"]["questions"]:
                yield f"{course['slug']}/{module['slug']}/{lesson['slug']}", question


def module_questions(module):
    return sum(len(lesson["quiz"]["questions"]) for lesson in module["lessons"] if lesson["quiz"])


# --- shape -------------------------------------------------------------------------------------


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_course_has_the_agreed_keys_and_values(course):
    assert set(course) == COURSE_KEYS
    assert SLUG.match(course["slug"])
    assert course["title"].strip() and course["summary"].strip()
    assert course["category"] in CATEGORIES
    assert course["delivery"] in DELIVERIES
    assert isinstance(course["estimated_minutes"], int) and course["estimated_minutes"] > 0
    assert isinstance(course["validity_months"], int) and course["validity_months"] >= 0
    assert course["for_roles"] and set(course["for_roles"]) <= ROLES
    assert set(course["for_placements"]) <= PLACEMENTS
    assert isinstance(course["accreditation"], str)
    assert course["modules"]


@pytest.mark.parametrize("course", COURSES, ids=lambda c: c["slug"])
def test_modules_and_lessons_have_the_agreed_shape(course):
    for module in course["modules"]:
        assert set(module) == MODULE_KEYS
        assert SLUG.match(module["slug"]) and module["title"].strip() and module["summary"].strip()
        if course["category"] == "induction":
            assert module["classroom_day"] in (1, 2, 3, 4)
        else:
            assert module["classroom_day"] is None
        assert module["lessons"]
        for lesson in module["lessons"]:
            assert set(lesson) == LESSON_KEYS
            assert SLUG.match(lesson["slug"]) and lesson["title"].strip()
            assert isinstance(lesson["estimated_minutes"], int) and lesson["estimated_minutes"] > 0
            assert_body_is_valid(lesson["body"], allow_reflection=True)


def assert_body_is_valid(body, allow_reflection):
    assert body, "empty body"
    for block in body:
        assert isinstance(block, tuple) and len(block) == 2
        block_type, value = block
        assert block_type in BLOCK_TYPES
        if block_type == "reflection":
            assert allow_reflection, "policies have no reflection blocks"
        if block_type == "callout":
            assert set(value) == {"kind", "title", "text"}
            assert value["kind"] in CALLOUT_KINDS
            assert value["title"].strip() and value["text"].strip()
        else:
            assert isinstance(value, str) and value.strip()


def test_slugs_are_unique_within_their_parent():
    course_slugs = [course["slug"] for course in COURSES]
    assert len(course_slugs) == len(set(course_slugs))
    for course in COURSES:
        module_slugs = [module["slug"] for module in course["modules"]]
        assert len(module_slugs) == len(set(module_slugs)), course["slug"]
        for module in course["modules"]:
            lesson_slugs = [lesson["slug"] for lesson in module["lessons"]]
            assert len(lesson_slugs) == len(set(lesson_slugs)), module["slug"]
    policy_slugs = [policy["slug"] for policy in POLICIES]
    assert len(policy_slugs) == len(set(policy_slugs))


def test_prerequisites_refer_to_earlier_courses():
    seen = set()
    for course in COURSES:
        for slug in course["prerequisites"]:
            assert slug in BY_SLUG, f"{course['slug']} needs unknown course {slug}"
            assert slug in seen, f"{course['slug']} is listed before its prerequisite {slug}"
        seen.add(course["slug"])


# --- questions ---------------------------------------------------------------------------------


def test_every_question_is_well_formed():
    questions = list(all_questions())
    assert questions
    for where, question in questions:
        assert set(question) == {"kind", "text", "options"}, where
        assert question["kind"] in QUESTION_KINDS, where
        assert question["text"].strip(), where
        options = question["options"]
        assert len(options) >= 2, where
        for option in options:
            assert set(option) == {"text", "correct", "feedback"}, where
            assert option["text"].strip(), where
            assert isinstance(option["correct"], bool), where
            assert option["feedback"].strip(), f"{where}: option without feedback"
        correct = sum(option["correct"] for option in options)
        assert correct >= 1, where
        if question["kind"] == "single":
            assert correct == 1, where
        elif question["kind"] == "true_false":
            assert [option["text"] for option in options] == ["True", "False"], where
            assert correct == 1, where
        else:
            assert correct >= 2, where
            assert "Choose all that apply." in question["text"], where


def test_quizzes_have_a_sensible_pass_mark():
    for _course, _module, lesson in all_lessons():
        if lesson["quiz"]:
            assert set(lesson["quiz"]) == {"pass_mark", "questions"}
            assert 50 <= lesson["quiz"]["pass_mark"] <= 100
            assert lesson["quiz"]["questions"]


# --- the teaching bar --------------------------------------------------------------------------


def test_courses_come_in_the_order_a_learner_takes_them():
    assert COURSES[0]["slug"] == "four-day-induction"
    order = {"induction": 0, "required": 1, "placement": 2, "ongoing": 3}
    ranks = [order[course["category"]] for course in COURSES]
    assert ranks == sorted(ranks)


def test_the_induction_is_accredited_blended_and_has_the_six_modules_in_order():
    induction = BY_SLUG["four-day-induction"]
    assert induction["category"] == "induction"
    assert induction["delivery"] == "blended"
    assert induction["accreditation"].strip()
    assert [module["slug"] for module in induction["modules"]] == INDUCTION_MODULES
    days = [module["classroom_day"] for module in induction["modules"]]
    assert days == sorted(days) and set(days) == {1, 2, 3, 4}


def taught_modules():
    """Modules held to the full bar: every induction module and every required/placement course."""
    for course in COURSES:
        if course["category"] in ("induction", "required", "placement"):
            for module in course["modules"]:
                yield pytest.param(course, module, id=f"{course['slug']}/{module['slug']}")


@pytest.mark.parametrize(("course", "module"), list(taught_modules()))
def test_taught_modules_meet_the_bar(course, module):
    assert len(module["lessons"]) >= 2
    for lesson in module["lessons"]:
        count = words(lesson["body"])
        assert count >= 250, f"{lesson['slug']} has only {count} words"
    assert module_questions(module) >= 5
    kinds = {
        question["kind"] for lesson in module["lessons"] if lesson["quiz"] for question in lesson["quiz"]["questions"]
    }
    assert len(kinds) >= 2, "mix the question kinds"


@pytest.mark.parametrize("module", BY_SLUG["four-day-induction"]["modules"], ids=lambda m: m["slug"])
def test_each_induction_module_has_a_callout_and_a_reflection(module):
    blocks = [block_type for lesson in module["lessons"] for block_type, _ in lesson["body"]]
    assert "callout" in blocks
    assert "reflection" in blocks


def test_the_required_courses():
    for slug, validity in REQUIRED.items():
        course = BY_SLUG[slug]
        assert course["category"] == "required"
        assert course["delivery"] == "online"
        assert course["validity_months"] == validity


def test_safeguarding_says_what_to_do_if_you_are_worried():
    callouts = [
        value
        for module in BY_SLUG["safeguarding"]["modules"]
        for lesson in module["lessons"]
        for block_type, value in lesson["body"]
        if block_type == "callout" and value["kind"] == "worried"
    ]
    assert callouts
    text = " ".join(callout["text"].lower() for callout in callouts)
    for must in ("999", "same day", "supervisor", "safeguarding lead", "write down", "investigate", "secret"):
        assert must in text, must


def test_the_placement_courses_are_for_hospital_placements():
    for slug in PLACEMENT:
        course = BY_SLUG[slug]
        assert course["category"] == "placement"
        assert course["for_placements"] == ["hospital"]
        assert course["validity_months"] == 24
        assert len(course["modules"]) == 1


def test_all_nine_cpd_courses_are_present_with_an_outline():
    ongoing = {course["slug"] for course in COURSES if course["category"] == "ongoing"}
    assert ongoing == CPD
    for slug in CPD:
        course = BY_SLUG[slug]
        lessons = [lesson for module in course["modules"] for lesson in module["lessons"]]
        assert lessons
        assert 150 <= words(lessons[0]["body"]) <= 320, slug
        assert any(block_type == "reflection" for block_type, _ in lessons[0]["body"]), slug


# --- policies ----------------------------------------------------------------------------------


def test_the_six_policies_are_present():
    assert {policy["slug"] for policy in POLICIES} == POLICY_SLUGS


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p["slug"])
def test_each_policy_is_well_formed_and_long_enough(policy):
    assert set(policy) == POLICY_KEYS
    assert SLUG.match(policy["slug"])
    assert policy["title"].strip() and policy["summary"].strip() and policy["version_note"].strip()
    assert_body_is_valid(policy["body"], allow_reflection=False)
    assert 250 <= words(policy["body"]) <= 550


def test_the_volunteering_policy_sets_out_the_supervision_rhythm():
    volunteering = next(policy for policy in POLICIES if policy["slug"] == "volunteering")
    text = " ".join(value if isinstance(value, str) else value["text"] for _, value in volunteering["body"]).lower()
    for must in ("30-minute", "fortnightly", "tuesday", "volunteer development group", "morning", "expenses"):
        assert must in text, must


def test_the_clean_time_policy_names_the_two_month_minimum():
    clean_time = next(policy for policy in POLICIES if policy["slug"] == "clean-time")
    text = " ".join(value if isinstance(value, str) else value["text"] for _, value in clean_time["body"]).lower()
    assert "two months" in text

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
BLOCK_TYPES = {"heading", "text", "callout", "reflection", "nation"}
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
# Courses may also say they are needed by everyone who will hold a First Steps caseload.
OPTIONAL_COURSE_KEYS = {"for_first_steps"}
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
PHONE = "phone-and-text-support"
GLOSSARY = "words-we-use"
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
        elif block_type == "nation":
            count += len(value["england"].split())
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
    assert COURSE_KEYS <= set(course) <= COURSE_KEYS | OPTIONAL_COURSE_KEYS
    assert isinstance(course.get("for_first_steps", False), bool)
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
        if block_type == "nation":
            assert set(value) == {"england", "wales"}
            assert value["england"].strip() and value["wales"].strip()
        elif block_type == "callout":
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


def test_the_hospital_placement_courses_are_for_hospital_placements():
    for slug in PLACEMENT:
        course = BY_SLUG[slug]
        assert course["category"] == "placement"
        assert course["for_placements"] == ["hospital"]
        assert course["validity_months"] == 24
        assert len(course["modules"]) == 1


def test_all_nine_cpd_courses_are_present_with_an_outline():
    ongoing = {course["slug"] for course in COURSES if course["category"] == "ongoing"}
    assert ongoing == CPD | {GLOSSARY}
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


# --- safe for phone outreach (issue 21) ----------------------------------------------------------


def all_text(body):
    """Every word a learner reads in a body, both nations' versions included."""
    for block_type, value in body:
        if isinstance(value, str):
            yield value
        elif block_type == "callout":
            yield value["title"]
            yield value["text"]
        elif block_type == "nation":
            yield value["england"]
            yield value["wales"]


def everything_written():
    """(where, text) for every piece of text in the courses, their quizzes and the policies."""
    for course in COURSES:
        yield course["slug"], course["title"] + " " + course["summary"] + " " + course["accreditation"]
        for module in course["modules"]:
            yield module["slug"], module["title"] + " " + module["summary"]
            for lesson in module["lessons"]:
                where = f"{course['slug']}/{lesson['slug']}"
                yield where, lesson["title"]
                for text in all_text(lesson["body"]):
                    yield where, text
                for question in (lesson["quiz"] or {}).get("questions", []):
                    yield where, question["text"]
                    for option in question["options"]:
                        yield where, option["text"] + " " + option["feedback"]
    for policy in POLICIES:
        yield policy["slug"], policy["title"] + " " + policy["summary"]
        for text in all_text(policy["body"]):
            yield policy["slug"], text


QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def unquoted(text):
    return QUOTED.sub(" ", text)


def test_it_never_calls_anyone_clean_except_in_quotes():
    # "Clean" for someone not using is one of the labels seed 002 avoids; clean hands are fine.
    for where, text in everything_written():
        found = re.findall(r"\bclean\b(?!\s+(?:your\s+)?hands)", unquoted(text), flags=re.IGNORECASE)
        assert not found, f"{where}: “clean” outside quotes in {text[:80]!r}"


def test_it_never_calls_anyone_hard_to_reach_in_earnest():
    for where, text in everything_written():
        assert not re.search(r"hard[- ]to[- ]reach", unquoted(text), flags=re.IGNORECASE), where


def required_courses_data():
    return [course for course in COURSES if course["category"] in ("induction", "required", "placement")]


@pytest.mark.parametrize("course", required_courses_data(), ids=lambda c: c["slug"])
def test_every_required_course_has_a_knowledge_check(course):
    quizzes = [lesson["quiz"] for module in course["modules"] for lesson in module["lessons"] if lesson["quiz"]]
    assert quizzes, f"{course['slug']} is required but never checks what was learned"


def test_the_phone_module_is_required_for_telephone_placements_and_first_steps_caseloads():
    phone = BY_SLUG[PHONE]
    assert phone["category"] == "placement"
    assert phone["for_placements"] == ["telephone"]
    assert phone["for_first_steps"] is True
    assert not any(course.get("for_first_steps") for course in COURSES if course["slug"] != PHONE)
    text = " ".join(t for m in phone["modules"] for lesson in m["lessons"] for t in all_text(lesson["body"]))
    for must in ("Is it safe to talk", "child answers", "voicemail", "from home", "999", "lone working", "recovery"):
        assert must.lower() in text.lower(), must


def test_the_information_and_rights_script_covers_each_point():
    lesson = next(
        lesson
        for m in BY_SLUG[PHONE]["modules"]
        for lesson in m["lessons"]
        if lesson["slug"] == "how-their-information-is-looked-after"
    )
    text = " ".join(all_text(lesson["body"])).lower()
    for must in (
        "gave us your number",
        "who can see them",
        "delete",
        "ask to see",
        "correct",
        "information commissioner",
    ):
        assert must in text, must


def lessons_of(slug):
    return [lesson for module in BY_SLUG[slug]["modules"] for lesson in module["lessons"]]


def questions_about(slug, word):
    return [
        question
        for lesson in lessons_of(slug)
        for question in (lesson["quiz"] or {}).get("questions", [])
        if word in (question["text"] + " ".join(o["text"] for o in question["options"])).lower()
    ]


def test_the_knowledge_checks_cover_capacity_naloxone_and_hard_calls():
    assert questions_about("safeguarding", "capacity") or questions_about("safeguarding", "clear-headed")
    assert questions_about("substance-use-awareness", "naloxone")
    assert questions_about(PHONE, "slurring")
    assert questions_about(PHONE, "taken all their tablets")


def test_emergency_teaching_is_correct():
    substance = " ".join(t for lesson in lessons_of("substance-use-awareness") for t in all_text(lesson["body"]))
    assert "If you are trained and have naloxone" not in substance
    assert "anyone may give naloxone" in substance
    assert "CPR" in substance
    assert "alcohol poisoning" in substance.lower()
    safeguarding = " ".join(t for lesson in lessons_of("safeguarding") for t in all_text(lesson["body"]))
    for must in ("NHS 111, option 2", "Are you thinking about suicide?", "Mental Capacity Act", "coercion"):
        assert must in safeguarding, must
    for principle in ("Empowerment", "Prevention", "Proportionality", "Protection", "Partnership", "Accountability"):
        assert principle in safeguarding, principle


def nation_blocks():
    for course in COURSES:
        for lesson in (lesson for module in course["modules"] for lesson in module["lessons"]):
            for block_type, value in lesson["body"]:
                if block_type == "nation":
                    yield value


def test_england_and_wales_each_get_their_own_law_and_welsh_language_help_lines():
    blocks = list(nation_blocks())
    wales = " ".join(block["wales"] for block in blocks)
    england = " ".join(block["england"] for block in blocks)
    assert "Social Services and Well-being (Wales) Act 2014" in wales and "Wales Safeguarding Procedures" in wales
    assert "Care Act 2014" in england and "Wales" not in england
    assert "0808 164 0123" in wales, "the Samaritans' Welsh language line"
    assert "Welsh" in wales
    assert "ask your supervisor" in wales.lower(), "where the law has two readings, say so"


def test_callouts_are_short():
    for where, body in [(lesson["slug"], lesson["body"]) for _c, _m, lesson in all_lessons()] + [
        (policy["slug"], policy["body"]) for policy in POLICIES
    ]:
        for block_type, value in body:
            if block_type == "callout":
                assert len(value["text"].split()) <= 40, (
                    f"{where}: “{value['title']}” is too long to take in at a glance"
                )


def test_the_glossary_explains_the_words_every_course_repeats():
    text = " ".join(t for lesson in lessons_of(GLOSSARY) for t in all_text(lesson["body"]))
    for word in ("Safeguarding lead", "1:1", "Mutual aid", "Blood-borne virus", "Recovery position", "OARS"):
        assert f"- {word}:" in text, word


def test_no_option_is_there_only_to_be_laughed_at():
    for where, text in everything_written():
        assert "football" not in text.lower(), where


# --- the right answer gives nothing away (issue 13) ----------------------------------------------


def single_questions():
    return [question for _where, question in all_questions() if question["kind"] == "single"]


def test_no_position_holds_the_right_answer_more_than_its_fair_share():
    questions = single_questions()
    assert len(questions) >= 40
    expected, wins = {}, {}
    for question in questions:
        options = question["options"]
        right = next(n for n, option in enumerate(options) if option["correct"])
        wins[right] = wins.get(right, 0) + 1
        for n in range(len(options)):
            expected[n] = expected.get(n, 0) + 1 / len(options)
    for position, count in wins.items():
        assert count <= expected[position] * 1.25, f"the right answer is option {position + 1} in {count} questions"


def test_the_right_answer_is_not_the_longest_in_most_questions():
    questions = single_questions()
    longest = [
        question["text"]
        for question in questions
        if max(len(o["text"]) for o in question["options"])
        == len(next(o["text"] for o in question["options"] if o["correct"]))
    ]
    assert len(longest) < len(questions) / 4, longest

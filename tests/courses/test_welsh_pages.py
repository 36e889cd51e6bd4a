"""Courses and policies in Welsh: Welsh pages are translations of the English ones, shown at
the same addresses to people reading in Welsh, and progress is one thing in either language."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from wagtail.models import Locale

from courses import catalogue, page_contexts, selectors, translations
from courses.loading_welsh import build_welsh
from courses.models import Course, LessonCompletion, PolicyAcknowledgement, PolicyPage, PolicyVersion, QuizAttempt
from courses.models import Lesson as LessonPage
from tests import built_once
from tests.courses import factories
from tests.welsh import welsh_course, welsh_policy

pytestmark = pytest.mark.django_db


@built_once.fixture(give=lambda: factories)
def both():
    factories.build(policies=[factories.policy_data(), factories.policy_data("lapses", "Lapses")])
    build_welsh(courses=[welsh_course()], policies=[welsh_policy()])


def english(model, slug):
    return translations.originals(model.objects.all()).get(slug=slug)


@pytest.fixture
def welsh_reader(volunteer_user, client_for):
    volunteer_user.language = "cy"
    volunteer_user.save()
    return client_for(volunteer_user)


def test_the_loader_makes_each_welsh_page_a_translation_of_its_english_page(both):
    course = english(Course, "boundaries")
    welsh = course.get_translation(Locale.objects.get(language_code="cy"))
    assert welsh.title == "Ffiniau proffesiynol" and welsh.live
    lesson = english(LessonPage, "check")
    welsh_lesson = lesson.get_translation(welsh.locale)
    assert [q["id"] for q in welsh_lesson.knowledge_check()] == [q["id"] for q in lesson.knowledge_check()]
    assert not LessonPage.objects.filter(slug="before-the-day", locale=welsh.locale).exists()


def test_running_the_loader_again_makes_nothing_new(both):
    again = build_welsh(courses=[welsh_course()], policies=[welsh_policy()])
    assert again.created == 0 and again.kept > 0


def test_welsh_pages_never_count_twice_in_lists_of_courses_and_policies(both, volunteer_user):
    assert [course.title for course in catalogue.live_courses()] == ["Professional boundaries"]
    assert sorted(policy.title for policy in selectors.policies_for(user=volunteer_user)) == [
        "Confidentiality", "Lapses",
    ]
    # A Welsh policy going live is not a new version of the policy.
    assert set(PolicyVersion.objects.values_list("policy__locale__language_code", flat=True)) == {"en-gb"}


def test_a_welsh_reader_gets_the_welsh_lesson_at_the_english_address(both, welsh_reader):
    lesson = english(LessonPage, "why-boundaries")
    page = welsh_reader.get(lesson.url).content.decode()
    assert '<html lang="cy"' in page
    assert "Pam mae ffiniau&#x27;n bwysig" in page or "Pam mae ffiniau'n bwysig" in page
    assert "Mae ffiniau" in page and "Boundaries protect you" not in page
    assert "<div lang=\"en-gb\">" not in page


def test_an_english_reader_still_gets_english(both, client_for, other_volunteer):
    page = client_for(other_volunteer).get(english(LessonPage, "why-boundaries").url).content.decode()
    assert "Boundaries protect you" in page and "Mae ffiniau" not in page


def test_a_page_not_yet_in_welsh_is_shown_in_english_with_a_welsh_note(both, welsh_reader, welsh_strings):
    response = welsh_reader.get(english(LessonPage, "before-the-day").url)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="cy"' in page
    assert "Nid yw&#x27;r dudalen hon ar gael yn Gymraeg eto" in page or "Nid yw'r dudalen hon" in page
    english_part = page[page.index('<div lang="en-gb">'):]
    assert "Bring a pen." in english_part


def test_a_lesson_done_in_welsh_is_done_in_english(both, welsh_reader, volunteer_user, client_for):
    lesson = english(LessonPage, "check")
    welsh_lesson = lesson.get_translation(Locale.objects.get(language_code="cy"))
    answers = factories.right_answers(welsh_lesson)
    welsh_reader.post(reverse("courses:quiz_submit", args=[lesson.pk]), answers)
    attempt = QuizAttempt.objects.get(user=volunteer_user)
    assert attempt.lesson_id == lesson.pk and attempt.passed
    assert LessonCompletion.objects.filter(user=volunteer_user, lesson=lesson).exists()
    volunteer_user.language = "en-gb"
    volunteer_user.save()
    assert page_contexts.lesson_for(user=volunteer_user, lesson=lesson)["done"]


def test_a_policy_read_in_welsh_is_acknowledged_in_english(both, welsh_reader, volunteer_user):
    policy = english(PolicyPage, "confidentiality")
    page = welsh_reader.get(policy.url).content.decode()
    assert "Cyfrinachedd" in page
    welsh_reader.post(reverse("courses:policy_acknowledge", args=[policy.pk]))
    assert PolicyAcknowledgement.objects.get(user=volunteer_user).policy_id == policy.pk
    read = {p.title: p.acknowledged for p in selectors.policies_for(user=volunteer_user)}
    assert read == {"Confidentiality": True, "Lapses": False}


def test_editors_see_which_welsh_pages_are_older_than_their_english_page(both):
    assert translations.translations_to_bring_up_to_date() == []
    policy = english(PolicyPage, "confidentiality")
    policy.summary = "What we keep private, when we must share, and who decides."
    policy.save_revision().publish()
    [stale] = translations.translations_to_bring_up_to_date()
    assert stale.title == "Cyfrinachedd" and stale.source_id == policy.pk
    welsh = stale.specific
    welsh.summary = "Beth rydyn ni'n ei gadw'n breifat, pryd rydyn ni'n rhannu, a phwy sy'n penderfynu."
    welsh.save_revision().publish()
    assert translations.translations_to_bring_up_to_date() == []


def test_the_cms_dashboard_lists_them(both, content_editor, client_for, settings):
    settings.WAYMARK_TWO_STEP_FOR_STAFF = False
    policy = english(PolicyPage, "confidentiality")
    policy.save_revision().publish()
    page = client_for(content_editor).get("/cms/").content.decode()
    assert "Welsh pages to bring up to date" in page and "Cyfrinachedd" in page


def test_lists_inside_a_welsh_page_name_the_welsh_pages(both, welsh_reader):
    outline = welsh_reader.get(english(Course, "boundaries").url).content.decode()
    assert "Pam mae ffiniau" in outline and "Why boundaries matter" not in outline
    # The classroom day's lesson has no Welsh page yet: it keeps its English title.
    assert "Before the day" in outline
    hub = welsh_reader.get("/learn/").content.decode()
    assert "Ffiniau proffesiynol" in hub and "Professional boundaries" not in hub


def _section(page, marker):
    return page.split(marker)[1].split("</section>")[0]


def test_my_path_names_courses_lessons_and_policies_in_the_reader_s_language(both, welsh_reader, volunteer_user):
    from supervision.models import CheckIn

    CheckIn.objects.create(volunteer=volunteer_user, caseload=0, recovery=4, **dict.fromkeys(CheckIn.ITEM_FIELDS, 4))
    page = welsh_reader.get("/").content.decode()
    training = _section(page, 'id="my-training"')
    assert "Ffiniau proffesiynol" in training and "Professional boundaries" not in training
    assert "Pam mae ffiniau" in _section(page, 'id="next-step-title"')
    policies = _section(page, 'id="my-policies"')
    assert "Cyfrinachedd" in policies and "Confidentiality" not in policies
    # Lapses has no Welsh page: its English title is marked as English.
    assert '<span lang="en-gb">Lapses</span>' in policies


def test_whats_left_names_them_in_the_reader_s_language_and_english_for_an_english_reader(
    both, welsh_reader, volunteer_user
):
    page = welsh_reader.get(reverse("readiness:mine")).content.decode()
    assert "Ffiniau proffesiynol" in page and "Professional boundaries" not in page
    assert "Cyfrinachedd" in page and "Confidentiality" not in page
    # The same stored summary, read by an English manager, names the English pages.
    from django.utils import translation

    from readiness.summaries import readiness_stored_or_judged

    readiness = readiness_stored_or_judged([volunteer_user.volunteer_profile])[volunteer_user.pk]
    with translation.override("en-gb"):
        labels = " ".join(rule.label + rule.detail for rule in readiness.rules)
    assert "Professional boundaries" in labels and "Confidentiality" in labels and "Cyfrinachedd" not in labels


def test_titles_for_a_welsh_reader_come_from_the_content_cache(both, django_assert_num_queries):
    from django.utils import translation

    courses = catalogue.live_courses()
    with translation.override("cy"):
        translations.titles_in_reading_language(courses)
        with django_assert_num_queries(0):
            again = translations.titles_in_reading_language(catalogue.live_courses())
    assert [course.title for course in again] == ["Ffiniau proffesiynol"]


class _LangAt(HTMLParser):
    """The lang in effect where each piece of text sits."""

    VOID = {"br", "img", "input", "meta", "link", "hr", "source", "col", "wbr"}

    def __init__(self):
        super().__init__()
        self.stack, self.found = [], {}

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            lang = dict(attrs).get("lang") or (self.stack[-1] if self.stack else None)
            self.stack.append(lang)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if data.strip():
            self.found.setdefault(data.strip(), self.stack[-1] if self.stack else None)


def _lang_at(page):
    parser = _LangAt()
    parser.feed(page)
    return parser.found


def test_english_left_in_a_welsh_page_is_marked_and_waymark_s_own_words_are_not(both, welsh_reader, welsh_strings):
    outline = _lang_at(welsh_reader.get(english(Course, "boundaries").url).content.decode())
    assert outline["Before the day"] == "en-gb" and outline["Pam mae ffiniau'n bwysig"] == "cy"
    page = _lang_at(welsh_reader.get(english(LessonPage, "before-the-day").url).content.decode())
    assert page["Before the day"] == "en-gb" and page["Bring a pen."] == "en-gb"
    # The note saying so is Waymark's own, in the page's language, as are its buttons.
    assert page["Nid yw'r dudalen hon ar gael yn Gymraeg eto, felly mae hi'n Saesneg."] == "cy"
    assert page["Neidio i'r prif gynnwys"] == "cy"


def test_the_classroom_days_list_names_the_course_in_the_reader_s_language(both, welsh_reader, trainer):
    from datetime import timedelta

    from django.utils import timezone

    from courses.models import ClassroomSession, Module

    course = english(Course, "boundaries")
    starts = timezone.now() + timedelta(days=10)
    ClassroomSession.objects.create(
        course=course, module=Module.objects.child_of(course).get(slug="day-one"), starts_at=starts,
        ends_at=starts + timedelta(hours=6), venue="Room 2", capacity=10, trainer=trainer,
    )
    page = welsh_reader.get(reverse("courses:session_list")).content.decode()
    assert "Ffiniau proffesiynol" in page and "Professional boundaries" not in page

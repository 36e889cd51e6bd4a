"""Turn the Welsh course and policy data (courses/content/cy: the same structure and slugs as
courses/content) into Welsh pages, each a Wagtail translation of its English page.

Safe to run again:
1. The `cy` locale is made if missing; then, for each Welsh course, module, lesson and policy
   whose English page exists (found by slug), a missing translation is copied from the English
   page (Wagtail's copy_for_translation: the same translation_key), given the Welsh text and
   published.
2. A translation that already exists is left as it is: an editor may have improved it.
3. Block ids are the English page's, matched by position, so a knowledge check answered in
   Welsh is marked, and recorded, exactly as in English (courses/translations.py).
A Welsh course whose English course is missing is skipped and named in `skipped`.
"""

from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from courses.loading import HUB_SLUG, POLICIES_SLUG, lesson_fields, policy_fields
from courses.models import LearningHub
from courses.translations import originals

WELSH = "cy"


@dataclass
class LoadedWelsh:
    created: int = 0
    kept: int = 0
    skipped: list = field(default_factory=list)


def _same_ids(welsh_blocks, english_blocks):
    """Give each Welsh block (and each knowledge-check question and option) the id of the
    English block in the same place, where it is of the same kind."""
    for welsh, english in zip(welsh_blocks, english_blocks, strict=False):
        if welsh["type"] != english["type"]:
            continue
        welsh["id"] = english["id"]
        if welsh["type"] == "knowledge_check":
            pairs = zip(welsh["value"]["questions"], english["value"]["questions"], strict=False)
            for question, english_question in pairs:
                question["id"] = english_question["id"]
                options = zip(question["value"]["options"], english_question["value"]["options"], strict=False)
                for option, english_option in options:
                    option["id"] = english_option["id"]
    return welsh_blocks


def _english_blocks(page):
    return [{"type": block.block_type, "id": block.id, "value": block.block.get_prep_value(block.value)}
            for block in page.body]


def _translate(english, locale, fields, loaded):
    """The Welsh translation of `english`, made and published with `fields` if missing."""
    existing = english.get_translation_or_none(locale)
    if existing is not None:
        loaded.kept += 1
        return existing.specific
    welsh = english.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(welsh, name, value)
    welsh.save_revision().publish()
    loaded.created += 1
    return welsh


def _child(parent, slug):
    page = originals(Page.objects.child_of(parent)).filter(slug=slug).first()
    return page.specific if page is not None else None


def _body(data_blocks, english_page):
    return _same_ids(data_blocks, _english_blocks(english_page))


def build_welsh(*, courses, policies):
    loaded = LoadedWelsh()
    locale, _made = Locale.objects.get_or_create(language_code=WELSH)
    hub = originals(LearningHub.objects.all()).order_by("path").first()
    if hub is None:
        loaded.skipped.append(HUB_SLUG)
        return loaded
    with translation.override(WELSH):
        _translate(hub, locale, {"title": gettext("Learning")}, loaded)
    for data in courses:
        course = _child(hub, data["slug"])
        if course is None:
            loaded.skipped.append(data["slug"])
            continue
        course_fields = {"title": data["title"], "summary": data.get("summary", "")}
        if data.get("accreditation"):
            course_fields["accreditation"] = data["accreditation"]
        _translate(course, locale, course_fields, loaded)
        for module_data in data.get("modules", []):
            module = _child(course, module_data["slug"])
            if module is None:
                loaded.skipped.append(f"{data['slug']}/{module_data['slug']}")
                continue
            _translate(module, locale, {"title": module_data["title"], "summary": module_data.get("summary", "")},
                       loaded)
            for lesson_data in module_data.get("lessons", []):
                lesson = _child(module, lesson_data["slug"])
                if lesson is None:
                    loaded.skipped.append(f"{data['slug']}/{module_data['slug']}/{lesson_data['slug']}")
                    continue
                body = _body(lesson_fields(lesson_data)["body"], lesson)
                _translate(lesson, locale, {"title": lesson_data["title"], "body": body}, loaded)
    index = _child(hub, POLICIES_SLUG)
    if policies and index is not None:
        with translation.override(WELSH):
            index_fields = {"title": gettext("Policies"), "intro": gettext(index.intro) if index.intro else ""}
            _translate(index, locale, index_fields, loaded)
        for data in policies:
            policy = _child(index, data["slug"])
            if policy is None:
                loaded.skipped.append(f"{POLICIES_SLUG}/{data['slug']}")
                continue
            shipped = policy_fields(data)
            fields = {"title": shipped["title"], "summary": shipped["summary"], "body": _body(shipped["body"], policy)}
            _translate(policy, locale, fields, loaded)
    return loaded


def welsh_content():
    """(COURSES, POLICIES) from courses/content/cy, or None while there is no Welsh content."""
    try:
        from courses.content.cy import COURSES, POLICIES
    except ModuleNotFoundError as error:
        if error.name != "courses.content.cy":
            raise
        return None
    return COURSES, POLICIES

"""Turn the plain course and policy data (see courses/content/) into Wagtail pages.

Safe to run again: a page that already exists (found by its slug under its parent) is left
exactly as an editor may have changed it; only missing pages are added. Learner records
are never touched.
"""

import uuid
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.utils.html import escape
from wagtail.models import Page, Site

from courses.models import Course, LearningHub, Lesson, Module, PoliciesIndex, PolicyPage
from people.models import Placement

HUB_SLUG = "learn"
POLICIES_SLUG = "policies"


@dataclass
class Loaded:
    created: int = 0
    kept: int = 0


def _id():
    return str(uuid.uuid4())


def text_to_html(text):
    """Plain text to rich text: blank lines split paragraphs, lines starting "- " are bullets."""
    html = []
    for chunk in text.strip().split("\n\n"):
        bullets, words = [], []
        for line in chunk.splitlines():
            line = line.strip()
            if line.startswith("- "):
                if words:
                    html.append(f"<p>{escape(' '.join(words))}</p>")
                    words = []
                bullets.append(f"<li>{escape(line[2:].strip())}</li>")
            elif line:
                if bullets:
                    html.append(f"<ul>{''.join(bullets)}</ul>")
                    bullets = []
                words.append(line)
        if words:
            html.append(f"<p>{escape(' '.join(words))}</p>")
        if bullets:
            html.append(f"<ul>{''.join(bullets)}</ul>")
    return "".join(html)


def _block(block_type, value):
    if block_type == "text":
        value = text_to_html(value)
    elif block_type == "reflection":
        value = {"prompt": value}
    elif block_type == "callout":
        value = {"kind": value.get("kind", "tip"), "title": value.get("title", ""), "text": value.get("text", "")}
    elif block_type != "heading":
        raise ValueError(f"Unknown block type {block_type!r} in course content.")
    return {"type": block_type, "value": value, "id": _id()}


def _knowledge_check(quiz):
    questions = [
        {
            "type": "item",
            "id": _id(),
            "value": {
                "kind": question["kind"],
                "text": question["text"],
                "hint": question.get("hint", ""),
                "options": [
                    {
                        "type": "item",
                        "id": _id(),
                        "value": {
                            "text": option["text"],
                            "correct": bool(option.get("correct")),
                            "feedback": option.get("feedback", ""),
                        },
                    }
                    for option in question["options"]
                ],
            },
        }
        for question in quiz["questions"]
    ]
    return {"type": "knowledge_check", "id": _id(), "value": {"intro": "", "questions": questions}}


def lesson_body(data):
    body = [_block(block_type, value) for block_type, value in data.get("body", [])]
    if data.get("quiz"):
        body.append(_knowledge_check(data["quiz"]))
    return body


def _child(parent, slug, make, loaded):
    """The page with this slug under `parent`, creating and publishing it if missing."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        loaded.kept += 1
        return existing.specific, False
    page = make()
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    loaded.created += 1
    return page, True


def _hub(loaded):
    hub = LearningHub.objects.first()
    if hub is None:
        root = Page.get_first_root_node()
        hub, _made = _child(root, HUB_SLUG, lambda: LearningHub(title="Learning", intro=""), loaded)
    else:
        loaded.kept += 1
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=hub, is_default_site=True, site_name="Waymark")
    elif site.root_page_id != hub.pk:
        site.root_page = hub
        site.save(update_fields=["root_page"])
    return hub


def _new_course(data):
    def make():
        course = Course(
            title=data["title"],
            summary=data.get("summary", ""),
            category=data.get("category", "required"),
            delivery=data.get("delivery", "online"),
            estimated_minutes=data.get("estimated_minutes") or 60,
            validity_months=data.get("validity_months") or 0,
            accreditation=data.get("accreditation", ""),
        )
        course.for_roles = list(Group.objects.filter(name__in=data.get("for_roles", [])))
        course.for_placements = list(Placement.objects.filter(slug__in=data.get("for_placements", [])))
        return course

    return make


def build(*, courses, policies):
    """Create whatever is missing of the hub, courses, modules, lessons and policies."""
    loaded = Loaded()
    hub = _hub(loaded)
    new_courses = {}
    all_courses = {}
    for data in courses:
        course, made = _child(hub, data["slug"], _new_course(data), loaded)
        all_courses[data["slug"]] = course
        if made:
            new_courses[data["slug"]] = (course, data)
        for module_data in data.get("modules", []):
            module, _made = _child(
                course,
                module_data["slug"],
                lambda m=module_data: Module(
                    title=m["title"], summary=m.get("summary", ""), classroom_day=m.get("classroom_day")
                ),
                loaded,
            )
            for lesson_data in module_data.get("lessons", []):
                quiz = lesson_data.get("quiz") or {}
                _child(
                    module,
                    lesson_data["slug"],
                    lambda lesson=lesson_data, q=quiz: Lesson(
                        title=lesson["title"],
                        estimated_minutes=lesson.get("estimated_minutes") or 15,
                        pass_mark=q.get("pass_mark", 80),
                        body=lesson_body(lesson),
                    ),
                    loaded,
                )
    # Prerequisites point at other courses, so they are set once every course exists.
    for course, data in new_courses.values():
        wanted = [all_courses[slug] for slug in data.get("prerequisites", []) if slug in all_courses]
        if wanted:
            course.prerequisites = wanted
            course.save_revision().publish()
    if policies:
        index, _made = _child(
            hub,
            POLICIES_SLUG,
            lambda: PoliciesIndex(title="Policies", intro="The rules we all work by. Please read each one."),
            loaded,
        )
        for data in policies:
            _child(
                index,
                data["slug"],
                lambda p=data: PolicyPage(
                    title=p["title"],
                    summary=p.get("summary", ""),
                    version_note=p.get("version_note", ""),
                    body=[_block(block_type, value) for block_type, value in p.get("body", [])],
                ),
                loaded,
            )
    return loaded

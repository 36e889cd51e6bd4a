"""Turn the plain course and policy data (see courses/content/) into Wagtail pages.

Safe to run again, and the way an existing installation gets corrected content:
1. A missing page (found by its slug under its parent) is created and published.
2. A page whose shipped content is the same as when it was first loaded is left exactly as
   an editor may have changed it.
3. A page whose shipped content has changed since it was first loaded gets the new content
   as a draft revision (once), recorded as a ContentCorrection. Nothing live changes: an
   editor compares it with the live page, keeps their own changes and publishes.
Learner records are never touched, and block ids that learners' records point at
(reflections, knowledge-check questions and options) are kept where the block is the same.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.utils.html import escape
from wagtail.models import Page, Site

from courses.models import ContentCorrection, Course, LearningHub, Lesson, Module, PoliciesIndex, PolicyPage
from courses.signals import courses_loaded
from courses.translations import originals
from people.models import Placement

HUB_SLUG = "learn"
POLICIES_SLUG = "policies"


@dataclass
class Loaded:
    created: int = 0
    kept: int = 0
    corrected: int = 0
    new_courses: list = field(default_factory=list)


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
    elif block_type == "nation":
        value = {"england": text_to_html(value["england"]), "wales": text_to_html(value["wales"])}
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


def _child(parent, slug, make, loaded, fields=None):
    """The page with this slug under `parent`, creating and publishing it if missing.

    `fields` are the page's fields as the shipped content has them now: an existing page
    whose shipped content changed since it was loaded gets them as a draft (see correct()).
    """
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if fields is not None and correct(page, fields):
            loaded.corrected += 1
        else:
            loaded.kept += 1
        return page, False
    page = make()
    page.slug = slug
    parent.add_child(instance=page)
    page.save_revision().publish()
    loaded.created += 1
    return page, True


WAGTAIL_PLACEHOLDER_TITLE = "Welcome to your new Wagtail site!"

def _without_ids(value):
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def _stream(page, raw):
    """A body's blocks as plain data, the way a revision stores them."""
    if isinstance(raw, str):
        raw = json.loads(raw or "[]")
    block = type(page)._meta.get_field("body").stream_block
    return block.get_prep_value(block.to_python(raw))


def _comparable(page, fields, values):
    """The values of `fields` in a form that compares equal when the content is the same."""
    found = {}
    for name in fields:
        # A revision saved before a field existed lacks it: it had the field's default.
        value = values.get(name, type(page)._meta.get_field(name).get_default())
        found[name] = _without_ids(_stream(page, value)) if name == "body" else value
    return found


def _keep_ids(new_blocks, old_blocks):
    """Give new blocks the ids of the old blocks they match, so learners' reflections and
    quiz attempts stay linked: equal blocks, the n-th reflection, the knowledge check and its
    questions and options matched by their wording."""
    unused = list(old_blocks)
    old_reflections = [block for block in old_blocks if block["type"] == "reflection"]
    for position, block in enumerate(new_blocks):
        same = (block["type"], _without_ids(block["value"]))
        match = next((old for old in unused if (old["type"], _without_ids(old["value"])) == same), None)
        if match is None and block["type"] == "reflection":
            nth = sum(1 for earlier in new_blocks[:position] if earlier["type"] == "reflection")
            if nth < len(old_reflections) and old_reflections[nth] in unused:
                match = old_reflections[nth]
        if match is None and block["type"] == "knowledge_check":
            match = next((old for old in unused if old["type"] == "knowledge_check"), None)
            if match is not None:
                _keep_question_ids(block["value"]["questions"], match["value"]["questions"])
        if match is not None:
            unused.remove(match)
            block["id"] = match["id"]
    return new_blocks


def _matched_ids(new_items, old_items, wording):
    """Give each new item the id of the old one with the same wording or, failing that, of
    the unmatched old one in the same place: a reworded question or option keeps its id."""
    taken = set()
    by_wording = {wording(old): old for old in old_items}
    pairs = {}
    for position, item in enumerate(new_items):
        old = by_wording.get(wording(item))
        if old is not None and old["id"] not in taken:
            pairs[position] = old
            taken.add(old["id"])
    for position in range(len(new_items)):
        if position not in pairs and position < len(old_items) and old_items[position]["id"] not in taken:
            pairs[position] = old_items[position]
            taken.add(old_items[position]["id"])
    for position, old in pairs.items():
        new_items[position]["id"] = old["id"]
    return pairs


def _keep_question_ids(new_questions, old_questions):
    pairs = _matched_ids(new_questions, old_questions, lambda question: question["value"]["text"])
    for position, old in pairs.items():
        _matched_ids(
            new_questions[position]["value"]["options"], old["value"]["options"], lambda option: option["value"]["text"]
        )


def correct(page, fields):
    """Save the shipped `fields` as a draft revision of `page` if they changed since it was
    first loaded and no draft was made for them yet. True when a draft was made."""
    revisions = page.revisions.order_by("created_at", "pk")
    first = revisions.first()
    if first is None:
        return False
    shipped = _comparable(page, fields, fields)
    if shipped == _comparable(page, fields, first.content):
        return False
    latest = page.get_latest_revision() or first
    if shipped == _comparable(page, fields, latest.content):
        return False
    content_hash = hashlib.sha256(json.dumps(shipped, sort_keys=True).encode()).hexdigest()
    if ContentCorrection.objects.filter(page=page, content_hash=content_hash).exists():
        return False
    draft = latest.as_object()
    for name, value in fields.items():
        if name == "body":
            value = _keep_ids(_stream(page, value), _stream(page, latest.content.get("body")))
        setattr(draft, name, value)
    # Whether people changed the page: their newest revision, not an earlier correction's draft.
    ours = ContentCorrection.objects.filter(page=page).values("revision_id")
    theirs = page.revisions.exclude(pk__in=ours).order_by("-created_at", "-pk").first() or first
    revision = draft.save_revision(log_action=True)
    ContentCorrection.objects.create(
        page=page,
        content_hash=content_hash,
        revision=revision,
        editor_changed=_comparable(page, fields, theirs.content) != _comparable(page, fields, first.content),
    )
    return True


def _hub(loaded):
    hub = originals(LearningHub.objects.all()).order_by("path").first()
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
    _remove_wagtails_welcome_page()
    return hub


def _remove_wagtails_welcome_page():
    """Wagtail's first migration makes a placeholder home page; Waymark's site starts at the
    learning hub, so an editor would only wonder what it is. Gone once the hub is the site's
    root, and only while it is still Wagtail's untouched, empty placeholder."""
    placeholder = Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page", title=WAGTAIL_PLACEHOLDER_TITLE
    ).first()
    if placeholder is not None and placeholder.is_leaf() and not Site.objects.filter(root_page=placeholder).exists():
        placeholder.delete()


def course_fields(data):
    return {
        "title": data["title"],
        "summary": data.get("summary", ""),
        "category": data.get("category", "required"),
        "delivery": data.get("delivery", "online"),
        "estimated_minutes": data.get("estimated_minutes") or 60,
        "validity_months": data.get("validity_months") or 0,
        "accreditation": data.get("accreditation", ""),
        "for_first_steps": bool(data.get("for_first_steps")),
    }


def module_fields(data):
    return {"title": data["title"], "summary": data.get("summary", ""), "classroom_day": data.get("classroom_day")}


def lesson_fields(data):
    quiz = data.get("quiz") or {}
    return {
        "title": data["title"],
        "estimated_minutes": data.get("estimated_minutes") or 15,
        "pass_mark": quiz.get("pass_mark", 80),
        "body": lesson_body(data),
    }


def policy_fields(data):
    return {
        "title": data["title"],
        "summary": data.get("summary", ""),
        "version_note": data.get("version_note", ""),
        "body": [_block(block_type, value) for block_type, value in data.get("body", [])],
    }


def _new_course(data):
    def make():
        course = Course(**course_fields(data))
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
        course, made = _child(hub, data["slug"], _new_course(data), loaded, course_fields(data))
        all_courses[data["slug"]] = course
        if made:
            new_courses[data["slug"]] = (course, data)
            loaded.new_courses.append(course)
        for module_data in data.get("modules", []):
            module, _made = _child(
                course,
                module_data["slug"],
                lambda m=module_data: Module(**module_fields(m)),
                loaded,
                module_fields(module_data),
            )
            for lesson_data in module_data.get("lessons", []):
                _child(
                    module,
                    lesson_data["slug"],
                    lambda lesson=lesson_data: Lesson(**lesson_fields(lesson)),
                    loaded,
                    lesson_fields(lesson_data),
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
            _child(index, data["slug"], lambda p=data: PolicyPage(**policy_fields(p)), loaded, policy_fields(data))
    if loaded.new_courses:
        courses_loaded.send(sender=Course, created=list(loaded.new_courses))
    return loaded

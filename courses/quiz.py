"""How a knowledge check is shown: options shuffled for each attempt, and what a learner is
told after a try.

1. A fresh attempt's order comes from a seed made from the learner, the lesson and their
   last attempt, so reloading the page keeps it; the seed is posted with the answers and
   kept with the attempt, and the attempt's snapshot lists the options in the order shown.
2. After a wrong try the same order is shown again with the learner's answers ticked, so
   they change only what was wrong. Each wrong question gets a hint that says what to
   re-read, never which option is right.
3. Once they pass, every option's feedback is shown.
"""

import random
import re
from collections import Counter

from django.utils.crypto import salted_hmac
from django.utils.text import slugify
from django.utils.translation import gettext as _

SEED = re.compile(r"^[0-9a-f]{8,16}$")

# Words too common to tell one part of a lesson from another.
_COMMON = set(
    """about after again also always because been before being could does doing done each every
    from have here into just like make many more most much must need only other over should some
    such than that their them then there these they thing things this those through want what
    when where which while will with would your yours you true false person people someone""".split()
)


def fresh_seed(*, user_id, lesson_id, last_attempt_id):
    """The order of a new attempt: the same on every reload until the learner answers."""
    return salted_hmac("waymark.quiz.order", f"{user_id}:{lesson_id}:{last_attempt_id or 0}").hexdigest()[:12]


def valid_seed(value):
    return isinstance(value, str) and bool(SEED.match(value))


def in_order(questions, seed):
    """The questions with each one's options shuffled by `seed` (the questions keep their
    order: later ones can build on earlier ones)."""
    shown = []
    for question in questions:
        options = list(question["options"])
        random.Random(f"{seed}:{question['id']}").shuffle(options)  # noqa: S311 (an order, not a secret)
        shown.append({**question, "options": options})
    return shown


def _words(text):
    return {word for word in re.findall(r"[a-z]{4,}", (text or "").lower()) if word not in _COMMON}


def lesson_sections(body):
    """[(heading, words)] for each headed part of a lesson body, for hints to point at."""
    sections = []
    for child in body:
        kind = child.block_type
        if kind == "heading":
            sections.append((str(child.value), set(_words(str(child.value)))))
        elif sections and kind in ("text", "callout"):
            text = child.value.source if kind == "text" else f"{child.value['title']} {child.value['text']}"
            sections[-1][1].update(_words(re.sub(r"<[^>]+>", " ", text)))
    return sections


def hint_for(question, sections):
    """What to re-read for a question answered wrongly: the editor's own hint, or the part
    of the lesson that shares most words with the question and its right answers."""
    if question.get("hint"):
        return {"text": question["hint"], "anchor": ""}
    wanted = _words(question["text"])
    for option in question["options"]:
        if option["correct"]:
            wanted |= _words(option["text"])
    # A word found in every part of the lesson says little about where to look; a word in
    # the part's heading says most.
    spread = Counter(word for _heading, words in sections for word in words)
    best, best_score = None, 0
    for heading, words in sections:
        in_heading = _words(heading)
        score = sum((2 if word in in_heading else 1) / spread[word] for word in wanted & words)
        if score > best_score:
            best, best_score = heading, score
    if best is None:
        return {"text": _("Read the lesson again, then try this question once more."), "anchor": ""}
    return {
        "text": _("Re-read “%(heading)s”, then try this question once more.") % {"heading": best},
        "anchor": f"section-{slugify(best)}",
    }

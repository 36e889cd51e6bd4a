"""Waymark's teaching content in Welsh (Cymraeg): the same courses and policies as
courses/content, with only the words people read translated.

This Welsh is written for review by a first-language Welsh speaker before an organisation
relies on it. It has not yet had that review. The Welsh terms chosen are listed in
GLOSSARY.md beside this file, so the interface translation can use the same words.

Everything that is not read by people is kept exactly as in English: slugs, kinds, numbers,
roles, placements, prerequisites, the order of blocks, questions and options, and which
options are correct. tests/courses/test_welsh_content.py checks this against the English.

COURSES lists the translated courses in the English order: today every English course,
including the glossary. A course added in English later and not yet translated is simply
left out here, and the Welsh site shows it in English with a short Welsh notice.
"""

from .glossary import GLOSSARY
from .induction import FOUR_DAY_INDUCTION
from .ongoing import ONGOING_COURSES
from .placement import PLACEMENT_COURSES
from .policies import POLICIES
from .required import REQUIRED_COURSES
from .telephone import PHONE_COURSES

# The translated courses, in the English order.
COURSES = [FOUR_DAY_INDUCTION, *REQUIRED_COURSES, *PLACEMENT_COURSES, *PHONE_COURSES, *ONGOING_COURSES, GLOSSARY]

__all__ = ["COURSES", "GLOSSARY", "POLICIES"]

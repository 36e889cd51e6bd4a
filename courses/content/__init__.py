"""Waymark's teaching content as plain data: courses, modules, lessons, quizzes and policies.

No Django here. The load_courses command turns this into Wagtail pages.
"""

from .glossary import GLOSSARY
from .induction import FOUR_DAY_INDUCTION
from .ongoing import ONGOING_COURSES
from .placement import PLACEMENT_COURSES
from .policies import POLICIES
from .required import REQUIRED_COURSES
from .telephone import PHONE_COURSES

# In the order a learner takes them: the induction, the required courses, the placement
# courses (hospital; telephone and First Steps caseloads), the ongoing programme, and the
# glossary every course leans on.
COURSES = [FOUR_DAY_INDUCTION, *REQUIRED_COURSES, *PLACEMENT_COURSES, *PHONE_COURSES, *ONGOING_COURSES, GLOSSARY]

__all__ = ["COURSES", "POLICIES"]

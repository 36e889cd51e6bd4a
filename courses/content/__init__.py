"""Waymark's teaching content as plain data: courses, modules, lessons, quizzes and policies.

No Django here. The load_courses command turns this into Wagtail pages.
"""

from .induction import FOUR_DAY_INDUCTION
from .ongoing import ONGOING_COURSES
from .placement import PLACEMENT_COURSES
from .policies import POLICIES
from .required import REQUIRED_COURSES

# In the order a learner takes them: the induction, the required courses, the hospital
# placement courses (only for hospital placements), then the ongoing programme.
COURSES = [FOUR_DAY_INDUCTION, *REQUIRED_COURSES, *PLACEMENT_COURSES, *ONGOING_COURSES]

__all__ = ["COURSES", "POLICIES"]

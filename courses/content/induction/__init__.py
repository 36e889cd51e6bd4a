# ruff: noqa: E501
"""The accredited four-day induction that everyone takes before giving peer support.

Plain data only: the load_courses command turns it into Wagtail pages.
"""


from .being_a_recovery_champion import BEING_A_RECOVERY_CHAMPION
from .communication_skills import COMMUNICATION_SKILLS
from .equality_and_diversity import EQUALITY_AND_DIVERSITY
from .group_facilitation import GROUP_FACILITATION
from .introduction_to_peer_support import INTRODUCTION_TO_PEER_SUPPORT
from .recovery_buddy_training import RECOVERY_BUDDY_TRAINING

FOUR_DAY_INDUCTION = {
    "slug": "four-day-induction",
    "title": "Four-day induction",
    "category": "induction",
    "delivery": "blended",
    "summary": "The introductory training that everyone takes before giving peer support. You read the lessons online and put them into practice over four classroom days.",
    # Four classroom days of about six hours, plus the online lessons.
    "estimated_minutes": 1440,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "You receive a certificate when you have attended all four classroom days and passed every knowledge check.",
    "modules": [
        INTRODUCTION_TO_PEER_SUPPORT,
        GROUP_FACILITATION,
        BEING_A_RECOVERY_CHAMPION,
        EQUALITY_AND_DIVERSITY,
        COMMUNICATION_SKILLS,
        RECOVERY_BUDDY_TRAINING,
    ],
}

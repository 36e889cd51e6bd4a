# ruff: noqa: E501
"""Y cwrs cynefino pedwar diwrnod, yn Gymraeg (Welsh). Plain data only."""

from .being_a_recovery_champion import BEING_A_RECOVERY_CHAMPION
from .communication_skills import COMMUNICATION_SKILLS
from .equality_and_diversity import EQUALITY_AND_DIVERSITY
from .group_facilitation import GROUP_FACILITATION
from .introduction_to_peer_support import INTRODUCTION_TO_PEER_SUPPORT
from .recovery_buddy_training import RECOVERY_BUDDY_TRAINING

FOUR_DAY_INDUCTION = {
    "slug": "four-day-induction",
    "title": "Cwrs cynefino pedwar diwrnod",
    "category": "induction",
    "delivery": "blended",
    "summary": "Yr hyfforddiant cyntaf y mae pawb yn ei wneud cyn rhoi cymorth cymheiriaid. Rydych chi’n darllen y gwersi ar-lein ac yn eu rhoi ar waith dros bedwar diwrnod dosbarth.",
    "estimated_minutes": 1440,
    "validity_months": 0,
    "for_roles": ["Volunteer", "Supervisor", "Trainer", "Manager"],
    "for_placements": [],
    "prerequisites": [],
    "accreditation": "Rydych chi’n cael tystysgrif pan fyddwch chi wedi bod ym mhob un o’r pedwar diwrnod dosbarth ac wedi pasio pob cwis gwybodaeth.",
    "modules": [
        INTRODUCTION_TO_PEER_SUPPORT,
        GROUP_FACILITATION,
        BEING_A_RECOVERY_CHAMPION,
        EQUALITY_AND_DIVERSITY,
        COMMUNICATION_SKILLS,
        RECOVERY_BUDDY_TRAINING,
    ],
}

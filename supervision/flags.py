"""Flag rules for a wellbeing check-in: pure functions, one per threshold.

Each rule takes this check-in's answers (and, for the fall rule, the previous one) and
returns a RaisedFlag or None. `evaluate` runs them all.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from supervision.models.checkins import CheckIn, Flag

LOW_PERCENTAGE = 50
URGENT_PERCENTAGE = 28
FALL_POINTS = 10
# First Steps: this many people on the caseload not reached for two weeks raises a flag.
NOT_REACHED_PEOPLE = 2


@dataclass(frozen=True)
class Answers:
    items: tuple
    caseload: int
    contact_requested: bool
    not_reached: int = 0

    @property
    def percentage(self):
        return sum(self.items) * 4

    @classmethod
    def of(cls, checkin, *, not_reached=0):
        return cls(items=tuple(checkin.items), caseload=checkin.caseload, contact_requested=checkin.contact_requested,
                   not_reached=not_reached)


@dataclass(frozen=True)
class RaisedFlag:
    rule: str
    detail: str
    urgent: bool = False


def low_wellbeing(answers):
    if answers.percentage <= LOW_PERCENTAGE:
        return RaisedFlag(Flag.Rule.LOW_WELLBEING, _("WHO-5 score is %(score)s%%.") % {"score": answers.percentage})
    return None


def very_low_wellbeing(answers):
    if answers.percentage <= URGENT_PERCENTAGE:
        return RaisedFlag(
            Flag.Rule.VERY_LOW_WELLBEING,
            _("WHO-5 score is %(score)s%%. Contact them soon.") % {"score": answers.percentage},
            urgent=True,
        )
    return None


def low_item(answers):
    low = [index for index, value in enumerate(answers.items) if value <= 1]
    if low:
        names = [str(CheckIn._meta.get_field(CheckIn.ITEM_FIELDS[i]).verbose_name) for i in low]
        return RaisedFlag(Flag.Rule.LOW_ITEM, _("Answered 0 or 1 for: %(items)s.") % {"items": ", ".join(names)})
    return None


def fall(answers, previous):
    if previous is not None and previous.percentage - answers.percentage >= FALL_POINTS:
        return RaisedFlag(
            Flag.Rule.FALL,
            _("WHO-5 score fell from %(before)s%% to %(now)s%%.")
            % {"before": previous.percentage, "now": answers.percentage},
        )
    return None


def contact_requested(answers):
    if answers.contact_requested:
        return RaisedFlag(Flag.Rule.CONTACT_REQUESTED, _("Asked their supervisor to contact them."))
    return None


def caseload_over_cap(answers, cap):
    if answers.caseload > cap:
        return RaisedFlag(
            Flag.Rule.CASELOAD,
            _("Supports %(caseload)s people; the limit is %(cap)s.") % {"caseload": answers.caseload, "cap": cap},
        )
    return None


def people_not_reached(answers):
    if answers.not_reached >= NOT_REACHED_PEOPLE:
        return RaisedFlag(
            Flag.Rule.NOT_REACHED,
            _("%(count)s people on their First Steps caseload have not been reached for two weeks.")
            % {"count": answers.not_reached},
        )
    return None


def evaluate(answers, previous, *, caseload_cap):
    candidates = [
        very_low_wellbeing(answers),
        low_wellbeing(answers),
        low_item(answers),
        fall(answers, previous),
        contact_requested(answers),
        caseload_over_cap(answers, caseload_cap),
        people_not_reached(answers),
    ]
    return [flag for flag in candidates if flag is not None]

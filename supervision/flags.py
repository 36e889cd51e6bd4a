"""Flag rules for a wellbeing check-in: pure functions, one per threshold.

Each rule takes this check-in's answers (and, for the fall rule, the previous one) and
returns a RaisedFlag or None. `evaluate` runs them all.

A flag is stored as its rule and the numbers behind it (`params`), never as a sentence:
`describe` words it when it is read, in the reader's language.
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
    params: dict
    urgent: bool = False

    @property
    def detail(self):
        return describe(self.rule, self.params)


def low_wellbeing(answers):
    if answers.percentage <= LOW_PERCENTAGE:
        return RaisedFlag(Flag.Rule.LOW_WELLBEING, {"score": answers.percentage})
    return None


def very_low_wellbeing(answers):
    if answers.percentage <= URGENT_PERCENTAGE:
        return RaisedFlag(
            Flag.Rule.VERY_LOW_WELLBEING, {"score": answers.percentage}, urgent=True
        )
    return None


def low_item(answers):
    low = [index for index, value in enumerate(answers.items) if value <= 1]
    if low:
        return RaisedFlag(Flag.Rule.LOW_ITEM, {"items": [CheckIn.ITEM_FIELDS[i] for i in low]})
    return None


def fall(answers, previous):
    if previous is not None and previous.percentage - answers.percentage >= FALL_POINTS:
        return RaisedFlag(Flag.Rule.FALL, {"before": previous.percentage, "now": answers.percentage})
    return None


def contact_requested(answers):
    if answers.contact_requested:
        return RaisedFlag(Flag.Rule.CONTACT_REQUESTED, {})
    return None


def caseload_over_cap(answers, cap):
    if answers.caseload > cap:
        return RaisedFlag(Flag.Rule.CASELOAD, {"caseload": answers.caseload, "cap": cap})
    return None


def people_not_reached(answers):
    if answers.not_reached >= NOT_REACHED_PEOPLE:
        return RaisedFlag(Flag.Rule.NOT_REACHED, {"count": answers.not_reached})
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


def _item_names(fields):
    return ", ".join(str(CheckIn._meta.get_field(name).verbose_name) for name in fields)


def describe(rule, params):
    """A flag's detail in the active language, from its rule and stored numbers."""
    if rule == Flag.Rule.LOW_WELLBEING:
        return _("WHO-5 score is %(score)s%%.") % params
    if rule == Flag.Rule.VERY_LOW_WELLBEING:
        return _("WHO-5 score is %(score)s%%. Contact them soon.") % params
    if rule == Flag.Rule.LOW_ITEM:
        return _("Answered 0 or 1 for: %(items)s.") % {"items": _item_names(params["items"])}
    if rule == Flag.Rule.FALL:
        return _("WHO-5 score fell from %(before)s%% to %(now)s%%.") % params
    if rule == Flag.Rule.CONTACT_REQUESTED:
        return _("Asked their supervisor to contact them.")
    if rule == Flag.Rule.CASELOAD:
        return _("Supports %(caseload)s people; the limit is %(cap)s.") % params
    if rule == Flag.Rule.NOT_REACHED:
        return _("%(count)s people on their First Steps caseload have not been reached for two weeks.") % params
    return ""

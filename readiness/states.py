"""The state of one readiness rule for one volunteer, and how states combine."""

from dataclasses import dataclass, field
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _

from readiness.wording import word


class State(models.TextChoices):
    MET = "met", _("Done")
    EXPIRING = "expiring", _("Due for renewal soon")
    MISSING = "missing", _("Not done yet")
    EXPIRED = "expired", _("Expired")


# A rule that is met or only expiring soon still lets someone start.
PASSING = {State.MET, State.EXPIRING}


@dataclass(frozen=True)
class RuleResult:
    key: str
    # Words, not text (readiness/wording.py): `label` and `detail` word them when read.
    label_words: str | list
    state: State
    detail_words: str | list = ""
    # The earliest day this rule could be met if the volunteer did everything else today;
    # None when it depends on something nobody can date (a course not yet taken, say).
    earliest: date | None = None
    expires_on: date | None = None

    @property
    def label(self):
        return word(self.label_words)

    @property
    def detail(self):
        return word(self.detail_words)

    @property
    def passing(self):
        return self.state in PASSING


@dataclass
class Readiness:
    volunteer_id: int
    rules: list[RuleResult] = field(default_factory=list)
    today: date | None = None

    @property
    def ready(self):
        return all(rule.passing for rule in self.rules)

    @property
    def missing(self):
        return [rule for rule in self.rules if not rule.passing]

    @property
    def projected_date(self):
        """The earliest day they could be ready: the latest of the rules' earliest days."""
        dates = [rule.earliest for rule in self.missing if rule.earliest]
        if self.today:
            dates.append(self.today)
        return max(dates) if dates else None

    def snapshot(self):
        """The state of every rule, for keeping with a sign-off: words, not text, so the
        export words them in its reader's language (rule_states_worded)."""
        return [
            {"key": r.key, "label": r.label_words, "state": r.state.value, "detail": r.detail_words}
            for r in self.rules
        ]


def rule_states_worded(rule_states):
    """A sign-off's kept rule states, worded in the active language."""
    return [
        {**rule, "label": word(rule.get("label", "")), "detail": word(rule.get("detail", ""))} for rule in rule_states
    ]

"""The state of one readiness rule for one volunteer, and how states combine."""

from dataclasses import dataclass, field
from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _


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
    label: str
    state: State
    detail: str = ""
    # The earliest day this rule could be met if the volunteer did everything else today;
    # None when it depends on something nobody can date (a course not yet taken, say).
    earliest: date | None = None
    expires_on: date | None = None

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
        """The state of every rule, for keeping with a sign-off."""
        return [
            {"key": r.key, "label": str(r.label), "state": r.state.value, "detail": str(r.detail)} for r in self.rules
        ]

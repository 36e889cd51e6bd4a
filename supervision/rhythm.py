"""The organisation's supervision rhythm, as templates a manager applies and then edits."""

from dataclasses import dataclass
from datetime import time

from django.utils.translation import gettext_lazy as _

from supervision.models import Kind


@dataclass(frozen=True)
class RhythmTemplate:
    key: str
    kind: str
    title: str
    description: str
    rrule: str
    weekday: int  # the usual day, Monday = 0
    starts_at: time
    duration_minutes: int
    all_volunteers: bool = True
    per_supervisee: bool = False


TEMPLATES = [
    RhythmTemplate(
        "weekly-one-to-one", Kind.ONE_TO_ONE, _("Weekly 1:1"),
        _("A 30-minute 1:1 every week for each of the supervisor's supervisees, one after another."),
        "FREQ=WEEKLY", 2, time(10, 0), 30, all_volunteers=False, per_supervisee=True,
    ),
    RhythmTemplate(
        "peer-group", Kind.PEER_GROUP, _("Peer group"),
        _("Every two weeks: practical and emotional support for each other, not information sharing."),
        "FREQ=WEEKLY;INTERVAL=2", 3, time(13, 0), 90,
    ),
    RhythmTemplate(
        "information-sharing", Kind.INFORMATION_SHARING, _("Information sharing"),
        _("Every two weeks, in the weeks between peer groups."),
        "FREQ=WEEKLY;INTERVAL=2", 3, time(13, 0), 60,
    ),
    RhythmTemplate(
        "team-meeting", Kind.TEAM, _("Team meeting or training"),
        _("Every Tuesday afternoon, for all staff and volunteers."),
        "FREQ=WEEKLY;BYDAY=TU", 1, time(14, 0), 120,
    ),
    RhythmTemplate(
        "development-group", Kind.DEVELOPMENT_GROUP, _("Volunteer Development Group"),
        _("Every two weeks, for all volunteers."),
        "FREQ=WEEKLY;INTERVAL=2", 0, time(18, 0), 90,
    ),
    RhythmTemplate(
        "morning-meeting", Kind.MORNING, _("Morning meeting"),
        _("A short meeting each weekday morning."),
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 0, time(9, 30), 15,
    ),
]

BY_KEY = {template.key: template for template in TEMPLATES}

"""The manager's readiness board: everyone not yet active, a page at a time, and the active
volunteers whose training or checks need renewing, read from the stored summaries.

1. Summaries that are out of date are judged again first, by the same service the nightly
   task calls (summaries.summaries_bring_up_to_date). Where there is a worker, each change
   has already queued that task to run a second after it (tasks.summaries_judge_soon), so
   usually none or a few are left. A few are judged in the request; when many are (the
   morning after the rules changed, say), a background task takes them and the board says
   it is catching up, showing what was last known meanwhile.
2. The rows are sorted, counted and paged by the database, so the page costs the same
   queries and about the same time for 50 volunteers or 10,000.
"""

import math
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, F, Q
from django.utils import timezone

from people.models import VolunteerProfile
from people.status import Status
from readiness import tasks
from readiness.selectors import NOT_YET_ACTIVE, board_profiles
from readiness.summaries import readiness_stored, summaries_bring_up_to_date

PAGE_SIZE = 50
# More out-of-date summaries than this are left to a background task.
JUDGE_IN_REQUEST = 300

SORTS = {
    "name": ("user__full_name", "pk"),
    "ready": (F("user__readiness_summary__ready").desc(nulls_last=True), "user__full_name", "pk"),
    "projected": (F("user__readiness_summary__projected_on").asc(nulls_last=True), "user__full_name", "pk"),
}


@dataclass
class BoardRow:
    profile: VolunteerProfile
    # The row as HTML, set by readiness.board_rows (which keeps rendered rows in the cache).
    html: str = ""

    @property
    def judged(self):
        summary = getattr(self.profile.user, "readiness_summary", None)
        return summary is not None and summary.judged_at is not None

    @cached_property
    def readiness(self):
        """None only while a background task is still judging someone never judged before.
        Read only when the row is rendered: a kept row needs no rules read from its summary."""
        summary = getattr(self.profile.user, "readiness_summary", None)
        return readiness_stored(summary) if summary else None


@dataclass
class RowsPage:
    rows: list = field(default_factory=list)
    number: int = 1
    pages: int = 1
    total: int = 0

    @property
    def first(self):
        return (self.number - 1) * PAGE_SIZE + 1 if self.total else 0

    @property
    def last(self):
        return min(self.number * PAGE_SIZE, self.total)

    @property
    def previous(self):
        return self.number - 1 if self.number > 1 else None

    @property
    def next(self):
        return self.number + 1 if self.number < self.pages else None


@dataclass
class Board:
    page: RowsPage
    ready: int
    renewals: RowsPage
    # How many summaries a background task is bringing up to date.
    catching_up: int = 0


def page_number(value):
    """A page number from the query string; anything else is page 1."""
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return 1


def _page(profiles, total, number):
    pages = max(1, math.ceil(total / PAGE_SIZE))
    number = min(number, pages)
    start = (number - 1) * PAGE_SIZE
    # The database sorts the narrow rows to find the page, and only then reads the page's
    # summaries (each a long list of rules): sorting every summary to keep fifty read them all.
    on_page = profiles.values("pk")[start : start + PAGE_SIZE]
    rows = [BoardRow(profile) for profile in profiles.filter(pk__in=on_page).select_related("user__readiness_summary")]
    return RowsPage(rows, number, pages, total)


def board(*, placement=None, supervisor=None, status=None, search="", sort="name", page=1, renewals_page=1, today=None):
    today = today or timezone.localdate()
    catching_up = summaries_bring_up_to_date(limit=JUDGE_IN_REQUEST, today=today)
    if catching_up and not tasks.summaries_catch_up_later():
        catching_up = 0
    statuses = (status,) if status else NOT_YET_ACTIVE
    profiles = board_profiles(statuses=statuses, placement=placement, supervisor=supervisor, search=search)
    totals = profiles.order_by().aggregate(
        total=Count("pk"), ready=Count("pk", filter=Q(user__readiness_summary__ready=True))
    )
    due = board_profiles(statuses=(Status.ACTIVE,)).filter(user__readiness_summary__needs_renewal=True)
    return Board(
        page=_page(profiles.order_by(*SORTS.get(sort, SORTS["name"])), totals["total"], page),
        ready=totals["ready"],
        renewals=_page(due, due.count(), renewals_page),
        catching_up=catching_up,
    )

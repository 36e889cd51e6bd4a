"""Stored readiness: each volunteer's latest judgement, kept up to date and read back.

selectors.readiness_judge() judges the rules from the facts and stores nothing. This module
stores what it found as one ReadinessSummary per volunteer, so the board can sort, count and
page thousands of people with a few queries, and judges again only the people whose summary
is out of date:
- judged on an earlier day (rules such as "expires within 30 days" move with the date);
- or changed since, which readiness/signals.py records through summaries_mark_out_of_date()
  when anything a rule reads is saved, or a service says it changed in bulk (events/).

The names say what each does: readiness_stored() reads a stored summary back,
readiness_stored_or_judged() reads what is fresh and judges (and stores) the rest, and
summaries_bring_up_to_date() is the catching up that the board and the nightly task share.
"""

from datetime import date
from functools import partial

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from people.models import VolunteerProfile
from people.status import Status
from readiness.models import ReadinessSettings, ReadinessSummary
from readiness.selectors import NOT_YET_ACTIVE, readiness_judge
from readiness.states import Readiness, RuleResult, State

# Volunteers judged together: readiness_judge() reads their facts in a fixed number of queries.
CHUNK = 500
EVERYONE = "everyone"


def _as_json(rule):
    return {
        "key": rule.key,
        "label": rule.label_words,
        "state": rule.state.value,
        "detail": rule.detail_words,
        "earliest": rule.earliest.isoformat() if rule.earliest else None,
        "expires_on": rule.expires_on.isoformat() if rule.expires_on else None,
    }


def _from_json(data):
    def day(value):
        return date.fromisoformat(value) if value else None

    return RuleResult(
        data["key"],
        data["label"],
        State(data["state"]),
        data["detail"],
        earliest=day(data["earliest"]),
        expires_on=day(data["expires_on"]),
    )


def readiness_stored(summary):
    """The Readiness a stored summary holds, as readiness_judge() found it (None if it was
    never judged). Reads only: whether it is still fresh is the caller's question."""
    if summary.judged_at is None:
        return None
    return Readiness(summary.volunteer_id, [_from_json(rule) for rule in summary.rules], today=summary.judged_on)


def needs_renewal(readiness):
    return any(rule.state in (State.EXPIRED, State.EXPIRING) for rule in readiness.rules)


def summaries_refresh(profiles, *, today=None, my_path=None):
    """Judge these volunteers again, store what was found and return {user_id: Readiness}.

    `my_path` is one volunteer's "My path", passed on to readiness_judge() so what the page
    has read already is not read again.

    The moment is taken before the facts are read, so a change saved while they are being
    judged leaves the summary out of date rather than hiding the change.
    """
    today = today or timezone.localdate()
    found = {}
    profiles = list(profiles)
    for start in range(0, len(profiles), CHUNK):
        chunk = profiles[start : start + CHUNK]
        judged_at = timezone.now()
        judged = readiness_judge(chunk, today=today, my_path=my_path)
        ReadinessSummary.objects.bulk_create(
            [
                ReadinessSummary(
                    volunteer_id=user_id,
                    judged_on=today,
                    judged_at=judged_at,
                    ready=readiness.ready,
                    projected_on=readiness.projected_date,
                    needs_renewal=needs_renewal(readiness),
                    rules=[_as_json(rule) for rule in readiness.rules],
                )
                for user_id, readiness in judged.items()
            ],
            update_conflicts=True,
            unique_fields=["volunteer"],
            update_fields=["judged_on", "judged_at", "ready", "projected_on", "needs_renewal", "rules"],
        )
        found.update(judged)
    return found


def profiles_out_of_date(profiles, *, today=None):
    """The profiles in this queryset with no summary judged today since their last change."""
    today = today or timezone.localdate()
    fresh = ReadinessSummary.objects.fresh(today).filter(volunteer_id=OuterRef("user_id"))
    return profiles.exclude(Exists(fresh))


def readiness_stored_or_judged(profiles, *, today=None, my_path=None):
    """{user_id: Readiness} for these profiles: stored summaries where they are up to date,
    judged again (and stored) where not. One query when every summary is up to date.

    A volunteer's own pages use it, so they never show an out-of-date judgement. Storing
    what was just judged changes no fact; it saves the next visit judging again.
    """
    today = today or timezone.localdate()
    profiles = list(profiles)
    summaries = ReadinessSummary.objects.fresh(today).filter(volunteer_id__in=[p.user_id for p in profiles])
    found = {summary.volunteer_id: readiness_stored(summary) for summary in summaries}
    stale = [profile for profile in profiles if profile.user_id not in found]
    if stale:
        found.update(summaries_refresh(stale, today=today, my_path=my_path))
    return found


def summaries_mark_out_of_date(volunteer_ids=EVERYONE):
    """Mark these volunteers' summaries (or everyone's) out of date.

    At once, so the rest of this transaction sees it, and again once the transaction
    commits: a request that judged them meanwhile read the facts without this change.
    """
    _mark(volunteer_ids)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(partial(_mark_again, volunteer_ids), robust=True)


def _mark(volunteer_ids):
    now = timezone.now()
    if volunteer_ids == EVERYONE:
        if not ReadinessSettings.objects.filter(pk=1).update(rules_changed_at=now):
            ReadinessSettings.objects.get_or_create(pk=1, defaults={"rules_changed_at": now})
        return
    # An upsert, so a change to someone being judged for the first time right now is noted
    # too: their new summary then keeps this later `changed_at` and stays out of date.
    ReadinessSummary.objects.bulk_create(
        [ReadinessSummary(volunteer_id=volunteer_id, changed_at=now) for volunteer_id in set(volunteer_ids)],
        update_conflicts=True,
        unique_fields=["volunteer"],
        update_fields=["changed_at"],
    )


def _mark_again(volunteer_ids):
    # The rows exist by now (_mark made them in the committed transaction): a plain UPDATE.
    if volunteer_ids == EVERYONE:
        ReadinessSettings.objects.filter(pk=1).update(rules_changed_at=timezone.now())
    else:
        ReadinessSummary.objects.filter(volunteer_id__in=set(volunteer_ids)).update(changed_at=timezone.now())


def summaries_bring_up_to_date(*, limit, today=None):
    """Judge again every board volunteer whose summary is out of date, if there are at most
    `limit` (None: no limit); otherwise judge only those never judged and return how many
    are left. The board calls it with a small limit, the nightly task with none."""
    today = today or timezone.localdate()
    on_board = VolunteerProfile.objects.filter(user__is_active=True, status__in=(*NOT_YET_ACTIVE, Status.ACTIVE))
    judged = ReadinessSummary.objects.filter(volunteer_id=OuterRef("user_id"), judged_at__isnull=False)
    stale = list(
        profiles_out_of_date(on_board, today=today)
        .annotate(judged_before=Exists(judged))
        # What readiness_judge() reads of a profile (courses/requirements.py reads the First
        # Steps caseload): a field left out here costs one query per volunteer judged.
        .only("user_id", "placement_id", "joined_on", "first_steps_caseload")
    )
    if limit is not None and len(stale) > limit:
        never = [profile for profile in stale if not profile.judged_before]
        summaries_refresh(never, today=today)
        return len(stale) - len(never)
    summaries_refresh(stale, today=today)
    return 0

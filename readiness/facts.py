"""The facts readiness is judged on, gathered for many volunteers in a fixed number of queries.

Each function takes a list of volunteer ids and returns plain dictionaries keyed by id, so
the rules in rules.py never touch the database.
"""

import copy
from collections import defaultdict

from django.db.models import Count, F, FilteredRelation, OuterRef, Q, Subquery
from django.utils import timezone

from courses import catalogue, content_cache, requirements
from courses.models import PolicyAcknowledgement, PolicyPage
from courses.progress import progress_for
from courses.selectors import latest_version_id, with_current_version
from courses.translations import originals
from people.models import SupervisorAssignment, User
from readiness.models import CheckType, RequiredCourse
from supervision.models import Attendance, Attendee, Kind

FIRST_STEPS = requirements.FIRST_STEPS


def manager_list():
    """The manager's own list of required courses as (course, placement_id or None) pairs,
    in tree order; [] when they have not made one. Kept under the content version (courses.
    content_cache), which a change to the list replaces (readiness/signals.py), so it costs
    no query while nothing changes. Each caller gets courses of its own to mark."""
    rows = content_cache.cached(
        "readiness:manager-required-courses",
        lambda: [
            (row.course, row.placement_id)
            for row in RequiredCourse.objects.select_related("course")
            .prefetch_related("course__for_roles")
            .order_by("course__path")
        ],
    )
    return [(copy.copy(course), placement_id) for course, placement_id in rows]


def required_courses(*, live=None):
    """{placement_id or None or FIRST_STEPS: [courses]} (courses.requirements): the manager's
    list, or the default when it is empty.

    Both come from the content cache (courses.catalogue), or the live courses from the caller
    as `live` (every live course in a required category, with for_placements prefetched).
    """
    chosen = manager_list()
    if chosen:
        return requirements.required_by_placement([], chosen=chosen)
    return requirements.required_by_placement(catalogue.live_courses() if live is None else live)


def courses_for(profile, by_placement, roles):
    """The courses `profile` must have (courses.requirements), with `roles` from roles_of_many."""
    return requirements.required_of(by_placement, profile=profile, role_names=roles.get(profile.user_id, set()))


roles_of_many = requirements.role_names_of


def next_session_dates(modules):
    """{module_id: the date of its next classroom session}, from the modules progress_for read."""
    return {module.pk: timezone.localdate(module.next_session_at) for module in modules if module.next_session_at}


def policy_gaps(volunteer_ids):
    """(policies to acknowledge, {volunteer_id: [those not acknowledged at their current version]})."""
    policies = list(with_current_version(originals(PolicyPage.objects.live()).defer_streamfields().order_by("path")))
    acknowledged = defaultdict(set)
    rows = PolicyAcknowledgement.objects.filter(
        user_id__in=volunteer_ids, version_id=Subquery(latest_version_id(OuterRef("policy_id")))
    )
    for user_id, policy_id in rows.values_list("user_id", "policy_id"):
        acknowledged[user_id].add(policy_id)
    # A policy with no recorded version yet has nothing anyone could acknowledge.
    askable = [policy for policy in policies if policy.current_version_id is not None]
    return askable, {vid: [p for p in askable if p.pk not in acknowledged[vid]] for vid in volunteer_ids}


def policy_gaps_of(volunteer_id, policies):
    """policy_gaps() for one volunteer, from courses.selectors.policies_for(user=...)."""
    askable = [policy for policy in policies if policy.current_version_id is not None]
    return askable, {volunteer_id: [policy for policy in askable if not policy.acknowledged]}


def supervision_facts(volunteer_ids, *, now=None):
    """({volunteer_id: current supervisor's name}, {volunteer_id: 1:1s attended},
    {volunteer_id: start of the next booked 1:1}), in one query."""
    now = now or timezone.now()
    current = SupervisorAssignment.objects.current().filter(volunteer_id=OuterRef("pk"))
    attended = (
        Attendee.objects.filter(
            person_id=OuterRef("pk"), attendance=Attendance.ATTENDED, occurrence__series__kind=Kind.ONE_TO_ONE
        )
        .values("person_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    next_booked = (
        Attendee.objects.filter(
            person_id=OuterRef("pk"), active=True, starts_at__gt=now,
            occurrence__series__kind=Kind.ONE_TO_ONE, occurrence__cancelled_at=None,
        )
        .order_by("starts_at")
        .values("starts_at")[:1]
    )
    rows = (
        User.objects.filter(pk__in=volunteer_ids)
        .annotate(
            supervisor_name=Subquery(current.values("supervisor__full_name")[:1]),
            attended=Subquery(attended),
            next_booked=Subquery(next_booked),
        )
        .values_list("pk", "supervisor_name", "attended", "next_booked")
    )
    supervisors, counts, booked = {}, {}, {}
    for volunteer_id, supervisor_name, attended_count, next_at in rows:
        if supervisor_name is not None:
            supervisors[volunteer_id] = supervisor_name
        counts[volunteer_id] = attended_count or 0
        if next_at is not None:
            booked[volunteer_id] = next_at
    return supervisors, counts, booked


def check_facts(volunteer_ids):
    """(required check types, {(volunteer_id, check_type_id): (done_on, expires_on) of the newest
    received check}, {(volunteer_id, check_type_id): the check still waiting, as a dict}).

    One query: each required check type joined to these volunteers' records of it, if any.
    """
    records = FilteredRelation("records", condition=Q(records__volunteer_id__in=volunteer_ids))
    rows = (
        CheckType.objects.filter(required=True)
        .annotate(found=records)
        .annotate(
            volunteer_id=F("found__volunteer_id"), done_on=F("found__done_on"), expires_on=F("found__expires_on"),
            started_on=F("found__started_on"), chased_on=F("found__chased_on"),
            requested_from=F("found__requested_from"), recorded_at=F("found__recorded_at"),
        )
        .order_by("position", "name", "pk", "found__recorded_at", "found__id")
    )
    types, newest, waiting = {}, {}, {}
    for row in rows:
        types.setdefault(row.pk, row)
        if row.volunteer_id is None:
            continue
        key = row.volunteer_id, row.pk
        if row.done_on is None:
            waiting[key] = {"started_on": row.started_on, "chased_on": row.chased_on,
                            "requested_from": row.requested_from}
        elif key not in newest or row.done_on >= newest[key][0]:
            # The latest date done wins; on a tie, the one recorded last.
            newest[key] = (row.done_on, row.expires_on)
    return list(types.values()), newest, waiting


__all__ = [
    "check_facts",
    "courses_for",
    "next_session_dates",
    "policy_gaps",
    "policy_gaps_of",
    "progress_for",
    "required_courses",
    "supervision_facts",
]

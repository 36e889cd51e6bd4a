"""The facts readiness is judged on, gathered for many volunteers in a fixed number of queries.

Each function takes a list of volunteer ids and returns plain dictionaries keyed by id, so
the rules in rules.py never touch the database.
"""

from collections import defaultdict

from django.db.models import Count, F, FilteredRelation, OuterRef, Q, Subquery
from django.utils import timezone

from courses import catalogue
from courses.models import Category, PolicyAcknowledgement, PolicyPage
from courses.progress import progress_for
from courses.selectors import latest_version_id, with_current_version
from people.models import User
from readiness.models import CheckType, RequiredCourse
from supervision.models import Attendance, Attendee, Kind, SupervisorAssignment

# Without a manager's own list, these categories are required of everyone, and placement
# courses of the volunteers in their placements.
DEFAULT_CATEGORIES = (Category.INDUCTION, Category.REQUIRED)
# The key in required_courses() for the courses also needed by everyone who will hold a First
# Steps caseload, whatever their placement (courses marked `for_first_steps`).
FIRST_STEPS = "first-steps"


def required_courses(*, live=None):
    """{placement_id or None or FIRST_STEPS: [courses]}: the manager's list, or the default
    when it is empty. A course marked for First Steps counts for caseload holders in both.

    One query for the list; when it is empty, the live courses with their placements come
    from the cache (courses.catalogue), or from the caller as `live` (every live course in a
    required category, with for_placements prefetched).
    """
    rows = list(RequiredCourse.objects.select_related("course").order_by("course__path"))
    by_placement = defaultdict(list)
    if rows:
        for row in rows:
            if row.course.live:
                by_placement[row.placement_id].append(row.course)
                if row.course.for_first_steps and row.course not in by_placement[FIRST_STEPS]:
                    by_placement[FIRST_STEPS].append(row.course)
        return by_placement
    if live is None:
        live = catalogue.live_courses()
    for course in live:
        if course.category in DEFAULT_CATEGORIES and not course.for_placements.all():
            by_placement[None].append(course)
        elif course.category == Category.PLACEMENT:
            for placement in course.for_placements.all():
                by_placement[placement.pk].append(course)
        if course.for_first_steps and course.category in (*DEFAULT_CATEGORIES, Category.PLACEMENT):
            by_placement[FIRST_STEPS].append(course)
    return by_placement


def courses_for(profile, by_placement):
    """The courses `profile` must have: everyone's, their placement's, and, when they will hold
    a First Steps caseload, those marked for First Steps; each once, in order."""
    courses = by_placement.get(None, []) + by_placement.get(profile.placement_id, [])
    if profile.first_steps_caseload:
        courses += [course for course in by_placement.get(FIRST_STEPS, []) if course not in courses]
    return courses


def next_session_dates(modules):
    """{module_id: the date of its next classroom session}, from the modules progress_for read."""
    return {module.pk: timezone.localdate(module.next_session_at) for module in modules if module.next_session_at}


def policy_gaps(volunteer_ids):
    """(policies to acknowledge, {volunteer_id: [those not acknowledged at their current version]})."""
    policies = list(with_current_version(PolicyPage.objects.live().defer_streamfields().order_by("path")))
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


def supervision_facts(volunteer_ids):
    """({volunteer_id: current supervisor's name}, {volunteer_id: 1:1s attended}), in one query."""
    current = SupervisorAssignment.objects.current().filter(volunteer_id=OuterRef("pk"))
    attended = (
        Attendee.objects.filter(
            person_id=OuterRef("pk"), attendance=Attendance.ATTENDED, occurrence__series__kind=Kind.ONE_TO_ONE
        )
        .values("person_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    rows = (
        User.objects.filter(pk__in=volunteer_ids)
        .annotate(supervisor_name=Subquery(current.values("supervisor__full_name")[:1]), attended=Subquery(attended))
        .values_list("pk", "supervisor_name", "attended")
    )
    supervisors, counts = {}, {}
    for volunteer_id, supervisor_name, attended_count in rows:
        if supervisor_name is not None:
            supervisors[volunteer_id] = supervisor_name
        counts[volunteer_id] = attended_count or 0
    return supervisors, counts


def check_facts(volunteer_ids):
    """(required check types, {(volunteer_id, check_type_id): (done_on, expires_on) of the newest check}).

    One query: each required check type joined to these volunteers' records of it, if any.
    """
    records = FilteredRelation("records", condition=Q(records__volunteer_id__in=volunteer_ids))
    rows = (
        CheckType.objects.filter(required=True)
        .annotate(found=records)
        .annotate(volunteer_id=F("found__volunteer_id"), done_on=F("found__done_on"), expires_on=F("found__expires_on"))
        .order_by("position", "name", "pk", "found__done_on", "found__recorded_at")
    )
    types, newest = {}, {}
    for row in rows:
        types.setdefault(row.pk, row)
        if row.volunteer_id is not None:
            # Rows come oldest first, so the last one kept is the newest.
            newest[row.volunteer_id, row.pk] = (row.done_on, row.expires_on)
    return list(types.values()), newest


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

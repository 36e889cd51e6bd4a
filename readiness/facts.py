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
from people.models import SupervisorAssignment, User
from readiness.models import CheckType, RequiredCourse
from supervision.models import Attendance, Attendee, Kind

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
    rows = list(
        RequiredCourse.objects.select_related("course").prefetch_related("course__for_roles").order_by("course__path")
    )
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


def courses_for(profile, by_placement, roles=None):
    """The courses `profile` must have: everyone's, their placement's, and, when they will hold
    a First Steps caseload, those marked for First Steps; each once, in order. With `roles`
    ({user_id: role names}, from roles_of_many), a course's "Who must take it" counts too: a
    course for supervisors only is not required of a volunteer who is not one."""
    courses = by_placement.get(None, []) + by_placement.get(profile.placement_id, [])
    if profile.first_steps_caseload:
        courses += [course for course in by_placement.get(FIRST_STEPS, []) if course not in courses]
    if roles is None:
        return courses
    mine = roles.get(profile.user_id, set())
    return [
        course
        for course in courses
        if not course.for_roles.all() or any(group.name in mine for group in course.for_roles.all())
    ]


def roles_of_many(volunteer_ids, courses):
    """{volunteer_id: role names}, read (in one query) only when a course is for some roles only."""
    if not any(course.for_roles.all() for course in courses):
        return None
    roles = defaultdict(set)
    rows = User.groups.through.objects.filter(user_id__in=volunteer_ids).values_list("user_id", "group__name")
    for user_id, name in rows:
        roles[user_id].add(name)
    return roles


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

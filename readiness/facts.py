"""The facts readiness is judged on, gathered for many volunteers in a fixed number of queries.

Each function takes a list of volunteer ids and returns plain dictionaries keyed by id, so
the rules in rules.py never touch the database.
"""

from collections import defaultdict

from django.db.models import Count, Max, Min
from django.utils import timezone

from courses.models import Category, ClassroomSession, Course, PolicyAcknowledgement, PolicyPage, PolicyVersion
from courses.progress import progress_for
from readiness.models import CheckType, PreStartCheck, RequiredCourse
from supervision.models import Attendance, Attendee, Kind, SupervisorAssignment

# Without a manager's own list, these categories are required of everyone, and placement
# courses of the volunteers in their placements.
DEFAULT_CATEGORIES = (Category.INDUCTION, Category.REQUIRED)


def required_courses():
    """{placement_id or None: [courses]}: the manager's list, or the default when it is empty.

    One or two queries: the list, or the live courses with their placements.
    """
    rows = list(RequiredCourse.objects.select_related("course").order_by("course__path"))
    by_placement = defaultdict(list)
    if rows:
        for row in rows:
            if row.course.live:
                by_placement[row.placement_id].append(row.course)
        return by_placement
    courses = Course.objects.live().order_by("path").prefetch_related("for_placements")
    for course in courses:
        if course.category in DEFAULT_CATEGORIES and not course.for_placements.all():
            by_placement[None].append(course)
        elif course.category == Category.PLACEMENT:
            for placement in course.for_placements.all():
                by_placement[placement.pk].append(course)
    return by_placement


def courses_for(profile, by_placement):
    return by_placement.get(None, []) + by_placement.get(profile.placement_id, [])


def next_session_dates(modules):
    """{module_id: the date of its next classroom session with places or a waiting list}."""
    if not modules:
        return {}
    now = timezone.now()
    rows = (
        ClassroomSession.objects.filter(module__in=modules, starts_at__gt=now)
        .values("module_id")
        .annotate(first=Min("starts_at"))
    )
    return {row["module_id"]: timezone.localdate(row["first"]) for row in rows}


def policy_gaps(volunteer_ids):
    """(policies to acknowledge, {volunteer_id: [those not acknowledged at their current version]})."""
    policies = list(PolicyPage.objects.live().defer_streamfields().order_by("path"))
    current = dict(
        PolicyVersion.objects.filter(policy__in=policies)
        .values("policy_id")
        .annotate(latest=Max("id"))
        .values_list("policy_id", "latest")
    )
    acknowledged = defaultdict(set)
    rows = PolicyAcknowledgement.objects.filter(user_id__in=volunteer_ids, version_id__in=current.values())
    for user_id, policy_id in rows.values_list("user_id", "policy_id"):
        acknowledged[user_id].add(policy_id)
    # A policy with no recorded version yet has nothing anyone could acknowledge.
    askable = [policy for policy in policies if policy.pk in current]
    return askable, {vid: [p for p in askable if p.pk not in acknowledged[vid]] for vid in volunteer_ids}


def supervision_facts(volunteer_ids):
    """({volunteer_id: current supervisor}, {volunteer_id: 1:1s attended})."""
    supervisors = {
        assignment.volunteer_id: assignment.supervisor
        for assignment in SupervisorAssignment.objects.current()
        .filter(volunteer_id__in=volunteer_ids)
        .select_related("supervisor")
    }
    attended = dict(
        Attendee.objects.filter(
            person_id__in=volunteer_ids,
            attendance=Attendance.ATTENDED,
            occurrence__series__kind=Kind.ONE_TO_ONE,
        )
        .values("person_id")
        .annotate(n=Count("id"))
        .values_list("person_id", "n")
    )
    return supervisors, attended


def check_facts(volunteer_ids):
    """(required check types, {(volunteer_id, check_type_id): newest PreStartCheck})."""
    types = list(CheckType.objects.filter(required=True))
    newest = {}
    rows = PreStartCheck.objects.filter(volunteer_id__in=volunteer_ids, check_type__in=types).order_by(
        "done_on", "recorded_at"
    )
    for check in rows:
        newest[check.volunteer_id, check.check_type_id] = check
    return types, newest


__all__ = [
    "check_facts",
    "courses_for",
    "next_session_dates",
    "policy_gaps",
    "progress_for",
    "required_courses",
    "supervision_facts",
]

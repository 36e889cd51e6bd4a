"""Which courses a person must finish before they start: the one answer that My path, the
learning hub, readiness and the funder report share.

1. Which courses are required, and for which placement: by default every live course in a
   required category (Induction, Required, For a placement), for the placements it names or
   for every placement when it names none; or a manager's own list (kept by readiness and
   passed in as `chosen`), each course for one placement or for everyone.
2. Of those, a person must take the ones that are for them ("Who must take it"): for their
   role (or for every role), and for their placement, or for their First Steps caseload when
   the course is marked for First Steps.
"""

from collections import defaultdict

from django.db.models import Exists, OuterRef

from courses.models import REQUIRED_CATEGORIES
from people.models import User

# The key in required_by_placement() for the courses also needed by everyone who will hold a
# First Steps caseload, whatever their placement (courses marked `for_first_steps`).
FIRST_STEPS = "first-steps"

# Where the manager's own list comes from: readiness keeps it and hands it down when it is
# ready (readiness/apps.py), since courses never imports readiness. Without one, the default.
_manager_list = None


def manager_list_from(source):
    """Register `source`: a function giving the manager's list as (course, placement_id or
    None) pairs, empty when they have not made one."""
    global _manager_list
    _manager_list = source


def manager_list():
    """The manager's own list of required courses as (course, placement_id or None) pairs,
    or [] (the default rule applies)."""
    return _manager_list() if _manager_list is not None else []


def required_by_placement(courses, *, chosen=None):
    """{placement_id or None (everyone) or FIRST_STEPS: [courses]}, each list in tree order.

    `courses` are the live courses (with `for_roles` and `for_placements` prefetched), in tree
    order; `chosen`, when given, is the manager's list as (course, placement_id or None) pairs.
    """
    if chosen:
        pairs = [(course, placement_id) for course, placement_id in chosen if course.live]
    else:
        pairs = []
        for course in courses:
            if course.category not in REQUIRED_CATEGORIES:
                continue
            placements = [placement.pk for placement in course.for_placements.all()]
            pairs += [(course, placement_id) for placement_id in placements or [None]]
    by_placement = defaultdict(list)
    for course, placement_id in pairs:
        if course not in by_placement[placement_id]:
            by_placement[placement_id].append(course)
        if course.for_first_steps and course not in by_placement[FIRST_STEPS]:
            by_placement[FIRST_STEPS].append(course)
    return by_placement


def is_for_role(course, role_names):
    """"Who must take it": no roles named means everyone."""
    roles = course.for_roles.all()
    return not roles or any(group.name in role_names for group in roles)


def required_of(by_placement, *, profile, role_names):
    """The courses this person must take, each once, in tree order: everyone's, their
    placement's and, when they will hold a First Steps caseload, those marked for First Steps,
    leaving out those for other roles. `profile` is their volunteer profile, or None."""
    found = list(by_placement.get(None, []))
    if profile is not None:
        found += [course for course in by_placement.get(profile.placement_id, []) if course not in found]
        if profile.first_steps_caseload:
            found += [course for course in by_placement.get(FIRST_STEPS, []) if course not in found]
    return sorted((course for course in found if is_for_role(course, role_names)), key=lambda course: course.path)


def with_role_names(queryset, courses, *, person="pk"):
    """(`queryset` annotated, the role names): the queryset (of people, or of rows naming a
    person in the field `person`) with which of the roles named by `courses`' "Who must take
    it" each person holds, so their roles cost no query of their own; role_names_from(row,
    names) reads them back."""
    names = sorted({group.name for course in courses for group in course.for_roles.all()})
    held = {
        f"holds_role_{index}": Exists(
            User.groups.through.objects.filter(user_id=OuterRef(person), group__name=name)
        )
        for index, name in enumerate(names)
    }
    return queryset.annotate(**held), names


def role_names_from(row, names):
    return {name for index, name in enumerate(names) if getattr(row, f"holds_role_{index}", False)}


def role_names_of(user_ids, courses):
    """{user_id: role names}, read (in one query) only when one of `courses` is for some roles
    only; otherwise {} (no one's roles matter)."""
    if not any(course.for_roles.all() for course in courses):
        return {}
    roles = defaultdict(set)
    rows = User.groups.through.objects.filter(user_id__in=user_ids).values_list("user_id", "group__name")
    for user_id, name in rows:
        roles[user_id].add(name)
    return roles

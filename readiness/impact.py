"""How many volunteers a change an editor is about to publish moves from "ready" to "not yet".

Counted from the stored readiness summaries (who is ready now) and the one rule of which
courses a person must take (courses.requirements), applied to the course as it would be
published.
"""

from django.contrib.auth.models import Group
from django.utils import timezone

from courses import requirements
from courses.models import Course, CourseStatus, PolicyVersion
from people.models import Placement, VolunteerProfile
from readiness.models import ReadinessSummary, RequiredCourse


def _ready_profiles():
    ready = ReadinessSummary.objects.filter(ready=True).values("volunteer_id")
    return list(VolunteerProfile.objects.filter(user_id__in=ready))


def moved_by_course(course):
    """How many volunteers who are ready now must take `course` (an unsaved Course as it would
    be published: its category, "Who must take it" and First Steps mark) and have not finished
    it in date, so publishing it moves them to "not yet"."""
    profiles = _ready_profiles()
    if not profiles:
        return 0
    chosen = [(course, placement_id) for placement_id in RequiredCourse.objects.filter(course_id=course.pk)
              .values_list("placement_id", flat=True)]
    if not chosen and RequiredCourse.objects.exists():
        # The manager's own list decides, and this course is not on it.
        return 0
    by_placement = requirements.required_by_placement([course], chosen=chosen or None)
    roles = requirements.role_names_of([profile.user_id for profile in profiles], [course])
    needing = {
        profile.user_id
        for profile in profiles
        if requirements.required_of(by_placement, profile=profile, role_names=roles.get(profile.user_id, set()))
    }
    finished = set(
        CourseStatus.objects.filter(user_id__in=needing, course_id=course.pk, completed_on__isnull=False)
        .exclude(expires_on__lte=timezone.localdate())
        .values_list("user_id", flat=True)
    )
    return len(needing - finished)


def moved_by_policy(policy, *, asks_again):
    """How many volunteers who are ready now a policy's publishing moves to "not yet": everyone
    ready, when it is the policy's first version (`policy` None: a new one) or it asks everyone
    to read it again."""
    first = policy is None or not PolicyVersion.objects.filter(policy_id=policy.pk).exists()
    if not (first or asks_again):
        return 0
    return ReadinessSummary.objects.filter(ready=True).count()


def course_as_posted(page, data):
    """`page` (a Course) with the fields that decide who must take it as the edit form posted
    them, unsaved: what it would be once published."""
    course = Course.objects.get(pk=page.pk) if page.pk else Course()
    course.live = True
    course.category = data.get("category", course.category)
    course.for_first_steps = bool(data.get("for_first_steps"))
    # Parental relations are set in memory only, until the page is saved.
    course.for_roles = list(Group.objects.filter(pk__in=_ids(data.getlist("for_roles"))))
    course.for_placements = list(Placement.objects.filter(pk__in=_ids(data.getlist("for_placements"))))
    return course


def _ids(values):
    return [int(value) for value in values if str(value).isdigit()]

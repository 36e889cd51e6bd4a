"""Readiness for many volunteers at once, judged from the facts; nothing is stored here
(stored judgements: summaries.py)."""

from django.db.models import Q
from django.utils import timezone

from people.models import VolunteerProfile
from people.status import Status
from readiness import facts, rules
from readiness.models import ReadinessSettings
from readiness.states import Readiness

NOT_YET_ACTIVE = (Status.APPLICANT, Status.IN_TRAINING, Status.READY)


def readiness_judge(profiles, *, today=None, my_path=None):
    """{user_id: Readiness} for these volunteer profiles, judged now from the facts, in a
    fixed number of queries. It reads only: summaries.py stores what it finds.

    1. Read the settings, the required courses, policies, supervision and checks for all of
       them together.
    2. Judge each rule for each volunteer with the plain functions in rules.py.
    The projected date is the earliest day they could be ready if everything else were done.

    `my_path` is the one volunteer's "My path" (courses.selectors.my_path) when the page has
    read it already: its courses, progress and policies are used, not read again.
    """
    today = today or timezone.localdate()
    profiles = list(profiles)
    ids = [profile.user_id for profile in profiles]
    if not ids:
        return {}
    if my_path is not None and len(ids) != 1:
        raise ValueError("my_path is one volunteer's; ask for that volunteer alone.")
    config = ReadinessSettings.current()
    by_placement = facts.required_courses(live=my_path["courses"] if my_path else None)
    courses = {course.pk: course for items in by_placement.values() for course in items}
    progress = dict(my_path["progress"]) if my_path else {}
    unknown = [course for course in courses.values() if any((uid, course.pk) not in progress for uid in ids)]
    progress.update(facts.progress_for(ids, unknown))
    classroom_modules = {m for p in progress.values() for m in p.classroom_modules}
    next_dates = facts.next_session_dates(list(classroom_modules))
    if my_path:
        policies, unread = facts.policy_gaps_of(ids[0], my_path["policies"])
    else:
        policies, unread = facts.policy_gaps(ids)
    supervisors, attended, next_booked = facts.supervision_facts(ids)
    check_types, checks, waiting = facts.check_facts(ids)
    roles = facts.roles_of_many(ids, courses.values())

    result = {}
    for profile in profiles:
        uid = profile.user_id
        found = [
            rules.course_rule(
                progress=progress[uid, course.pk], today=today, warning_days=config.warning_days, next_dates=next_dates
            )
            for course in facts.courses_for(profile, by_placement, roles)
        ]
        found.append(rules.preparation_rule(joined_on=profile.joined_on, months=config.preparation_months, today=today))
        found.append(rules.supervisor_rule(supervisor_name=supervisors.get(uid)))
        found.append(rules.one_to_one_rule(
            attended=attended.get(uid, 0), needed=config.one_to_ones_needed, next_booked=next_booked.get(uid)
        ))
        found.append(rules.policy_rule(total=len(policies), unread=unread[uid]))
        for check_type in check_types:
            done_on, expires_on = checks.get((uid, check_type.pk), (None, None))
            found.append(
                rules.check_rule(
                    key=f"check:{check_type.pk}",
                    name=check_type.name,
                    kind=check_type.kind,
                    waiting=waiting.get((uid, check_type.pk)),
                    done_on=done_on,
                    expires_on=expires_on,
                    today=today,
                    warning_days=config.warning_days,
                )
            )
        result[uid] = Readiness(uid, found, today=today)
    return result


def board_profiles(*, statuses=NOT_YET_ACTIVE, placement=None, supervisor=None, search=""):
    profiles = (
        VolunteerProfile.objects.filter(status__in=statuses, user__is_active=True)
        .select_related("user", "placement")
        .order_by("user__full_name")
    )
    if placement:
        profiles = profiles.filter(placement__slug=placement)
    if supervisor:
        profiles = profiles.filter(
            user__supervisor_assignments__supervisor_id=supervisor, user__supervisor_assignments__ended_on=None
        )
    if search:
        profiles = profiles.filter(Q(user__full_name__icontains=search) | Q(user__email__icontains=search))
    return profiles

"""The demo organisation's progress towards readiness, so the board has something to show.

Chris has done everything and waits to be signed off; Dee did it all before starting; Bea
is half way; Alex has just begun. Running it again changes nothing that is already there.
"""

from datetime import datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import Attendance, ClassroomSession, Lesson, Module, PolicyPage, RegisterEntry
from courses.services import course_status_refresh, lesson_complete, policy_acknowledge
from people.demo import DOMAIN
from readiness.facts import courses_for, required_courses, roles_of_many
from readiness.models import CheckType, PreStartCheck

# (login, share of lessons done, classroom days attended, policies read, checks recorded)
PROGRESS = [
    ("chris", 1.0, 4, True, True),
    ("dee", 1.0, 4, True, True),
    ("bea", 0.5, 2, False, True),
    ("volunteer", 0.15, 0, False, False),
]


def _past_sessions(course, trainer, weeks_ago):
    """Classroom days already taught, one per module, so attendance can be recorded."""
    sessions = {}
    start = timezone.localdate() - timedelta(weeks=weeks_ago)
    for module in Module.objects.child_of(course).filter(classroom_day__isnull=False).order_by("path"):
        day = start + timedelta(days=7 * (module.classroom_day - 1))
        session, _created = ClassroomSession.objects.get_or_create(
            course=course,
            module=module,
            starts_at=timezone.make_aware(datetime.combine(day, time(10, 0))),
            defaults={
                "ends_at": timezone.make_aware(datetime.combine(day, time(15, 0))),
                "venue": "The Hub, Room 2",
                "capacity": 12,
                "trainer": trainer,
                "created_by": trainer,
            },
        )
        sessions[module] = session
    return sessions


def _learn(user, course, share, days, trainer, manager):
    lessons = list(Lesson.objects.live().descendant_of(course).order_by("path"))
    for lesson in lessons[: round(len(lessons) * share)]:
        quiz = lesson.knowledge_check()
        lesson_complete(user=user, lesson=lesson, score=100 if quiz is not None else None)
    if days:
        for module, session in _past_sessions(course, trainer, weeks_ago=10).items():
            if module.classroom_day <= days:
                RegisterEntry.objects.get_or_create(
                    session=session, user=user, defaults={"attendance": Attendance.PRESENT, "recorded_by": trainer}
                )
        course_status_refresh(users=[user], course=course)


def _checks_under_way(user, manager):
    """Alex's DBS check is applied for and a reference is asked for and chased: both waiting."""
    if PreStartCheck.objects.filter(volunteer=user).exists():
        return
    asked = user.volunteer_profile.joined_on + timedelta(days=2)
    for check_type in CheckType.objects.filter(required=True, kind__in=[CheckType.Kind.DBS, CheckType.Kind.REFERENCE]):
        is_reference = check_type.kind == CheckType.Kind.REFERENCE
        PreStartCheck.objects.create(
            volunteer=user, check_type=check_type, started_on=asked, recorded_by=manager,
            requested_from="Sam Jones, Hope Street Centre" if is_reference else "",
            chased_on=timezone.localdate() - timedelta(days=3) if is_reference else None,
        )
        if is_reference:
            break


def build():
    User = get_user_model()
    trainer = User.objects.filter(groups__name="Trainer").order_by("pk").first()
    manager = User.objects.filter(groups__name="Manager").order_by("pk").first()
    by_placement = required_courses()
    roles = roles_of_many(
        list(User.objects.values_list("pk", flat=True)), [c for items in by_placement.values() for c in items]
    )
    for login, share, days, policies, checks in PROGRESS:
        user = User.objects.filter(email=f"{login}@{DOMAIN}").select_related("volunteer_profile").first()
        if user is None or not hasattr(user, "volunteer_profile"):
            continue
        for course in courses_for(user.volunteer_profile, by_placement, roles):
            _learn(user, course, share, days, trainer, manager)
        if policies:
            for policy in PolicyPage.objects.live():
                policy_acknowledge(user=user, policy=policy)
        if checks:
            done = user.volunteer_profile.joined_on + timedelta(days=14)
            for check_type in CheckType.objects.filter(required=True):
                if not PreStartCheck.objects.filter(volunteer=user, check_type=check_type).exists():
                    PreStartCheck.objects.create(
                        volunteer=user,
                        check_type=check_type,
                        done_on=min(done, timezone.localdate()),
                        expires_on=done + relativedelta(months=check_type.renewal_months)
                        if check_type.renewal_months
                        else None,
                        recorded_by=manager,
                    )
        elif login == "volunteer":
            _checks_under_way(user, manager)

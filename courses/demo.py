"""The demo organisation's learning: the seeded courses and policies, and a few upcoming
classroom days for the induction. Running it again changes nothing that is already there."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import loading
from courses.models import ClassroomSession, Course, Module


def build():
    from courses.content import COURSES, POLICIES

    loaded = loading.build(courses=COURSES, policies=POLICIES)
    trainer = get_user_model().objects.filter(groups__name="Trainer").order_by("pk").first()
    induction = Course.objects.filter(category="induction").order_by("path").first()
    if trainer and induction and not ClassroomSession.objects.exists():
        start = timezone.localdate() + timedelta(days=14)
        for offset, module in enumerate(Module.objects.child_of(induction).filter(classroom_day__isnull=False)):
            day = start + timedelta(days=7 * offset)
            ClassroomSession.objects.create(
                course=induction,
                module=module,
                starts_at=timezone.make_aware(datetime.combine(day, time(10, 0))),
                ends_at=timezone.make_aware(datetime.combine(day, time(16, 0))),
                venue="The Hub, Room 2",
                capacity=12,
                trainer=trainer,
                created_by=trainer,
            )
    return loaded

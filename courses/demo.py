"""The demo organisation's learning: the seeded courses and policies, and a few upcoming
classroom days for the induction. Running it again changes nothing that is already there."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import loading, loading_welsh
from courses.models import ClassroomSession, Course, Module
from courses.translations import originals


def build():
    from courses.content import COURSES, POLICIES

    loaded = loading.build(courses=COURSES, policies=POLICIES)
    welsh = loading_welsh.welsh_content()
    if welsh is not None:
        loading_welsh.build_welsh(courses=welsh[0], policies=welsh[1])
    trainer = get_user_model().objects.filter(groups__name="Trainer").order_by("pk").first()
    induction = originals(Course.objects.filter(category="induction")).order_by("path").first()
    if trainer and induction and not ClassroomSession.objects.exists():
        start = timezone.localdate() + timedelta(days=14)
        taught_on = {}
        # Modules that share a classroom day are taught that day, one in the morning, one after lunch.
        for module in Module.objects.child_of(induction).filter(classroom_day__isnull=False).order_by("path"):
            day = start + timedelta(days=7 * (module.classroom_day - 1))
            starts, ends = (time(13, 30), time(16, 0)) if day in taught_on else (time(10, 0), time(12, 30))
            taught_on[day] = module
            ClassroomSession.objects.create(
                course=induction,
                module=module,
                starts_at=timezone.make_aware(datetime.combine(day, starts)),
                ends_at=timezone.make_aware(datetime.combine(day, ends)),
                venue="The Hub, Room 2",
                capacity=12,
                trainer=trainer,
                created_by=trainer,
            )
    return loaded

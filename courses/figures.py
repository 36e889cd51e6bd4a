"""Training figures for a period, as plain counts, for the reports readiness composes
(readiness/reports.py). Which courses a volunteer needs is readiness's rule, so the caller
names the courses and the learners."""

from django.db.models import Count, Q
from django.utils import timezone

from courses.models import CourseStatus


def courses_completed(*, course_ids, learner_ids, start, end, today=None):
    """{course_id: {"in_period": completed between `start` and `end` (dates, both included) by
    anyone, "up_to_date": completed and still in date today among `learner_ids`}}, in one query. `learner_ids` may be
    a list or a subquery of user ids (the database then reads them itself)."""
    today = today or timezone.localdate()
    in_date = Q(user_id__in=learner_ids, completed_on__isnull=False) & (
        Q(expires_on__isnull=True) | Q(expires_on__gt=today)
    )
    counts = (
        CourseStatus.objects.filter(course_id__in=course_ids)
        .values("course_id")
        .annotate(
            up_to_date=Count("id", filter=in_date),
            in_period=Count("id", filter=Q(completed_on__range=(start, end))),
        )
    )
    return {row["course_id"]: {"in_period": row["in_period"], "up_to_date": row["up_to_date"]} for row in counts}

"""What an editor is told in the content editor about readiness, before they publish."""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages

from courses.models import Course, CourseStatus, PolicyPage
from readiness.models import ReadinessSummary


def ready_now_without(course):
    """How many volunteers who are ready to start now have not finished `course` (or it has
    run out): those a course made required for them would move to "not yet"."""
    finished = CourseStatus.objects.filter(
        user_id=OuterRef("volunteer_id"), course=course, completed_on__isnull=False
    ).exclude(expires_on__lte=timezone.localdate())
    return ReadinessSummary.objects.filter(ready=True).exclude(Exists(finished)).count()


@hooks.register("before_edit_page")
def say_how_publishing_changes_readiness(request, page):
    if request.method != "GET":
        return None
    specific_class = page.specific_class
    if specific_class is Course:
        count = ready_now_without(page)
        if count:
            messages.warning(
                request,
                ngettext(
                    "Readiness: %(count)s volunteer who is ready to start now has not finished this course. "
                    "If you publish it as Induction, Required or For a placement (for them), they move to "
                    "“not yet” until they finish it.",
                    "Readiness: %(count)s volunteers who are ready to start now have not finished this course. "
                    "If you publish it as Induction, Required or For a placement (for them), they move to "
                    "“not yet” until they finish it.",
                    count,
                )
                % {"count": count},
            )
    elif specific_class is PolicyPage:
        count = ReadinessSummary.objects.filter(ready=True).count()
        if count:
            messages.warning(
                request,
                ngettext(
                    "Readiness: if you tick “ask everyone to read it again” and publish, %(count)s volunteer "
                    "who is ready to start now moves to “not yet” until they read it again.",
                    "Readiness: if you tick “ask everyone to read it again” and publish, %(count)s volunteers "
                    "who are ready to start now move to “not yet” until they read it again.",
                    count,
                )
                % {"count": count},
            )
    return None

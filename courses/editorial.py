"""What content editors read about their pages: the state of every course and policy, and how
many learners' records a page carries before they delete or move it."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from courses.models import (
    Certificate,
    ClassroomSession,
    Course,
    CourseStatus,
    Lesson,
    LessonCompletion,
    PolicyAcknowledgement,
    PolicyPage,
    QuizAttempt,
    ReflectionAnswer,
)


@dataclass
class ContentRow:
    page: Page
    kind: str
    status: str
    status_tag: str
    scheduled_for: datetime | None
    edited_at: datetime | None
    edited_by: str
    edit_url: str


def _status(page, scheduled_for):
    if scheduled_for is not None:
        return _("Scheduled"), "govuk-tag--blue"
    if page.live and page.has_unpublished_changes:
        return _("Live, with a draft"), "govuk-tag--yellow"
    if page.live:
        return _("Live"), "govuk-tag--green"
    return _("Draft"), "govuk-tag--grey"


def content_overview():
    """Every course and policy with its status (live, draft, scheduled), when it was last edited
    and by whom, in three queries however many there are."""
    pages = list(
        Page.objects.type(Course, PolicyPage)
        .select_related("latest_revision__user", "content_type")
        .order_by("content_type_id", "path")
    )
    scheduled = dict(
        Revision.page_revisions.filter(
            object_id__in=[str(page.pk) for page in pages], approved_go_live_at__isnull=False
        ).values_list("object_id", "approved_go_live_at")
    )
    rows = []
    for page in pages:
        scheduled_for = scheduled.get(str(page.pk))
        status, tag = _status(page, scheduled_for)
        revision = page.latest_revision
        editor = revision.user if revision is not None else None
        rows.append(
            ContentRow(
                page=page,
                kind=_("Policy") if page.content_type.model == "policypage" else _("Course"),
                status=status,
                status_tag=tag,
                scheduled_for=scheduled_for,
                edited_at=page.latest_revision_created_at,
                edited_by=(editor.get_full_name() or editor.email) if editor is not None else "",
                edit_url=f"/cms/pages/{page.pk}/edit/",
            )
        )
    return {
        "courses": [row for row in rows if row.kind == _("Course")],
        "policies": [row for row in rows if row.kind == _("Policy")],
    }


@dataclass
class LearnerRecords:
    people: int
    completions: int
    certificates: int

    def __bool__(self):
        return self.people > 0


def learner_records_for(page):
    """How many people have records of learning on `page` or anything below it: lessons done,
    knowledge checks tried, courses started, certificates, policies acknowledged."""
    lessons = Lesson.objects.descendant_of(page, inclusive=True).values("pk")
    course_ids = list(Course.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    policies = PolicyPage.objects.descendant_of(page, inclusive=True).values("pk")
    people = set(LessonCompletion.objects.filter(lesson__in=lessons).values_list("user_id", flat=True))
    people |= set(QuizAttempt.objects.filter(lesson__in=lessons).values_list("user_id", flat=True))
    people |= set(PolicyAcknowledgement.objects.filter(policy__in=policies).values_list("user_id", flat=True))
    people |= set(
        CourseStatus.objects.filter(course_id__in=course_ids)
        .filter(Q(lessons_done__gt=0) | Q(days_attended__gt=0))
        .values_list("user_id", flat=True)
    )
    return LearnerRecords(
        people=len(people),
        completions=LessonCompletion.objects.filter(lesson__in=lessons).count(),
        certificates=Certificate.objects.filter(course_id__in=course_ids).count(),
    )


def classroom_sessions_under(page):
    """How many classroom sessions (past, to come or cancelled) belong to `page` or a page
    inside it: they keep bookings and registers, so such a page cannot be deleted."""
    return ClassroomSession.objects.filter(
        Q(course_id__in=Course.objects.descendant_of(page, inclusive=True).values("pk"))
        | Q(module_id__in=Page.objects.descendant_of(page, inclusive=True).values("pk"))
    ).count()


def _course_of(page):
    return Course.objects.ancestor_of(page, inclusive=True).first()


def _refresh_later(course_id, user_ids):
    """After the change is saved, store each learner's progress on the course afresh, so what
    they see adds up with the lessons the course has now."""
    if not user_ids:
        return

    def refresh():
        from django.contrib.auth import get_user_model

        from courses import services

        course = Course.objects.filter(pk=course_id).first()
        if course is not None:
            users = list(get_user_model().objects.filter(pk__in=user_ids))
            services.course_status_refresh(users=users, course=course)

    transaction.on_commit(refresh)


def records_keep_for_deleted_lesson(*, lesson):
    """A lesson is about to be deleted: its learners' records keep its title and course."""
    course = _course_of(lesson)
    completions = LessonCompletion.objects.filter(lesson=lesson)
    user_ids = list(completions.values_list("user_id", flat=True))
    completions.filter(course=None).update(course=course)
    completions.update(lesson_title=lesson.title)
    QuizAttempt.objects.filter(lesson=lesson).update(lesson_title=lesson.title)
    ReflectionAnswer.objects.filter(lesson=lesson).update(lesson_title=lesson.title)
    if course is not None:
        _refresh_later(course.pk, user_ids)


def records_keep_for_deleted_policy(*, policy):
    PolicyAcknowledgement.objects.filter(policy=policy).update(policy_title=policy.title)


def records_stay_with_course(*, page, parent_before, parent_after):
    """`page` (a lesson or a module) is about to move. What learners did in one course stays
    with that course: a completion moving to another course would count there without the
    learner having done it in that course, so it is kept, with the lesson's title, where it was
    earned; their knowledge check tries and reflections stay behind with it, so the lesson
    starts afresh in its new course."""
    course_before = _course_of(parent_before)
    course_after = _course_of(parent_after)
    if course_before is None or course_before.pk == getattr(course_after, "pk", None):
        return
    user_ids = set()
    for lesson in Lesson.objects.descendant_of(page, inclusive=True).only("pk", "title"):
        completions = LessonCompletion.objects.filter(lesson=lesson)
        user_ids |= set(completions.values_list("user_id", flat=True))
        completions.update(lesson=None, lesson_title=lesson.title, course=course_before)
        QuizAttempt.objects.filter(lesson=lesson).update(lesson=None, lesson_title=lesson.title)
        ReflectionAnswer.objects.filter(lesson=lesson).update(lesson=None, lesson_title=lesson.title)
    _refresh_later(course_before.pk, user_ids)

"""Personal data courses keeps: learning, knowledge checks, certificates, classroom days
(privacy/inventory.py collects this module, as the admin collects admin.py)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import (
    Booking,
    BookingState,
    Certificate,
    CourseStatus,
    LessonCompletion,
    PolicyAcknowledgement,
    QuizAttempt,
    ReflectionAnswer,
    RegisterEntry,
)
from privacy import erasers
from privacy.inventory import Kind, label, local, name_of, register


def _classroom_bookings_erase(rows, person, now):
    """Give up places on sessions still to come (the waiting list moves up), then forget bookings."""
    from courses.services import booking_cancel

    live = rows.filter(state__in=[BookingState.BOOKED, BookingState.WAITING], session__starts_at__gt=now)
    for booking in live:
        booking_cancel(booking=booking)
    return erasers.delete(rows, person, now)


register(
    Kind(
        "lesson_completions", "courses.LessonCompletion", ("user",),
        lambda p: LessonCompletion.objects.filter(user=p).select_related("lesson"),
        erasers.keep,
        _("Which lessons they finished, and when, is kept for training reports."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("completed_at", local("completed_at")),
                 ("score", "score")),
        description=_("Online lessons they finished."),
    ),
    Kind(
        "quiz_attempts", "courses.QuizAttempt", ("user",),
        lambda p: QuizAttempt.objects.filter(user=p).select_related("lesson"),
        erasers.delete,
        _("Their knowledge check answers are deleted."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("submitted_at", local("submitted_at")),
                 ("score", "score"), ("pass_mark", "pass_mark"), ("passed", "passed"),
                 ("questions", "questions"), ("answers", "answers")),
        retention="quiz_attempts",
        description=_("Each try at a knowledge check, with the questions and their answers."),
    ),
    Kind(
        "reflections", "courses.ReflectionAnswer", ("user",),
        lambda p: ReflectionAnswer.objects.filter(user=p).select_related("lesson"),
        erasers.delete,
        _("Their reflection answers are deleted."),
        columns=(("id", "id"), ("lesson", "lesson_name"), ("prompt", "prompt"), ("text", "text"),
                 ("updated_at", local("updated_at"))),
        retention="reflections",
        description=_("What they wrote in answer to reflection questions in lessons."),
    ),
    Kind(
        "course_progress", "courses.CourseStatus", ("user",),
        lambda p: CourseStatus.objects.filter(user=p).select_related("course"),
        erasers.keep,
        _("Which courses they completed, and when, is kept for training reports."),
        columns=(("id", "id"), ("course", "course.title"), ("lessons_done", "lessons_done"),
                 ("lessons_total", "lessons_total"), ("days_attended", "days_attended"),
                 ("days_total", "days_total"), ("completed_on", "completed_on"), ("expires_on", "expires_on")),
        description=_("Where they stand on each course."),
    ),
    Kind(
        "policy_acknowledgements", "courses.PolicyAcknowledgement", ("user",),
        lambda p: PolicyAcknowledgement.objects.filter(user=p).select_related("policy"),
        erasers.delete,
        _("Records of the policies they read are deleted."),
        columns=(("id", "id"), ("policy", "policy_name"), ("acknowledged_at", local("acknowledged_at"))),
        description=_("Policies they said they had read."),
    ),
    Kind(
        "certificates", "courses.Certificate", ("user",),
        lambda p: Certificate.objects.filter(user=p),
        erasers.delete,
        _("Their certificates are deleted (a certificate prints their name)."),
        columns=(("id", "id"), ("course", "course_title"), ("name_printed", "learner_name"),
                 ("completed_on", "completed_on"), ("expires_on", "expires_on"), ("code", "code"),
                 ("issued_at", local("issued_at"))),
        description=_("Certificates issued to them."),
    ),
    Kind(
        "classroom_bookings", "courses.Booking", ("user",),
        lambda p: Booking.objects.filter(user=p).select_related("session__course"),
        _classroom_bookings_erase,
        _("Places they booked on classroom days still to come are given up; their bookings are deleted."),
        columns=(("id", "id"), ("course", "session.course.title"), ("starts_at", lambda b: timezone.localtime(
            b.session.starts_at)), ("venue", "session.venue"), ("state", label("state")),
                 ("created_at", local("created_at")), ("cancelled_at", local("cancelled_at"))),
        description=_("Places they booked on classroom days."),
    ),
    Kind(
        "classroom_register", "courses.RegisterEntry", ("user",),
        lambda p: RegisterEntry.objects.filter(user=p).select_related("session__course", "recorded_by"),
        erasers.blank("reason"),
        _("Whether they attended each classroom day is kept for reports; reasons written down are deleted."),
        columns=(("id", "id"), ("course", "session.course.title"),
                 ("starts_at", lambda r: timezone.localtime(r.session.starts_at)),
                 ("attendance", label("attendance")), ("reason", "reason"),
                 ("recorded_by", name_of("recorded_by")), ("recorded_at", local("recorded_at"))),
        description=_("The register of classroom days they were booked on."),
    ),
    acted_on={
        "courses.ClassroomSession.trainer": "who trains a classroom day",
        "courses.ClassroomSession.created_by": "who scheduled a classroom day",
        "courses.RegisterEntry.recorded_by": "who took a register",
    },
)

"""Writes about learning: completions, knowledge checks, reflections, course status,
certificates, classroom bookings and registers, policy acknowledgements.

Each function validates before it saves and raises ValidationError with a message a person
can act on; when it raises, nothing already recorded has changed.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import catalogue, quiz, rules, tasks
from courses.blocks import QuestionKind
from courses.models import (
    Attendance,
    Booking,
    BookingState,
    Certificate,
    ClassroomSession,
    Course,
    CourseStatus,
    LessonCompletion,
    PolicyAcknowledgement,
    PolicyVersion,
    QuizAttempt,
    ReflectionAnswer,
    RegisterEntry,
)
from courses.progress import progress_for
from outbox.queue import enqueue
from people import dates, inputs


def _require_live(lesson):
    if not lesson.live:
        raise ValidationError(_("This lesson is not published, so nothing was saved."), code="not_live")


def _start_renewal_if_due(*, user, course, since):
    """Begin a renewal cycle when this person's course has expired and none has begun yet."""
    status = CourseStatus.objects.select_for_update().filter(user=user, course=course).first()
    if status is not None and status.renewal_due and not _renewing(status):
        status.cycle_started_at = since
        status.save(update_fields=["cycle_started_at"])
    return status


def _renewing(status):
    started = status.cycle_started_at
    return started is not None and timezone.localdate(started) >= status.expires_on


def course_status_refresh(*, users, course, last_lesson=None, statuses=None):
    """Store where each person stands on a course, and complete it when the rule is met.

    1. Read progress for everyone at once (`progress_for`).
    2. A course completes once: when all its work is done and it is not already completed,
       or when it has expired and a renewal cycle has been finished.
    3. Completing sets the expiry (completion + validity), clears the reminder, and issues
       a certificate. Adding lessons later never un-completes a course.

    `statuses` are the stored statuses the caller has just read (and locked), if it has.
    """
    if course is None:
        return []
    progress = progress_for(users, [course], statuses=statuses, next_sessions=False)
    today = timezone.localdate()
    now = timezone.now()
    refreshed = []
    for user in users:
        item = progress[user.pk, course.pk]
        status = item.status or CourseStatus.objects.get_or_create(user=user, course=course)[0]
        status.lessons_done = item.lessons_done
        status.lessons_total = item.lessons_total
        status.days_attended = item.days_attended
        status.days_total = item.days_total
        status.updated_at = now
        if last_lesson is not None:
            status.last_lesson = last_lesson
        renewal_finished = status.renewal_due and _renewing(status)
        if item.all_done and (status.completed_on is None or renewal_finished):
            status.completed_on = today
            status.expires_on = dates.months_after(today, course.validity_months) if course.validity_months else None
            status.reminder_sent_at = None
            certificate_issue(user=user, course=course, completed_on=today, expires_on=status.expires_on)
        status.save()
        refreshed.append(status)
    return refreshed


def certificate_issue(*, user, course, completed_on, expires_on):
    return Certificate.objects.create(
        user=user,
        course=course,
        learner_name=user.full_name or user.email,
        course_title=course.title,
        accreditation=course.accreditation_statement,
        completed_on=completed_on,
        expires_on=expires_on,
    )


def lesson_complete(*, user, lesson, score=None):
    """Record that a person finished a lesson. Doing it twice changes nothing; during a
    renewal it moves the old completion on to now."""
    _require_live(lesson)
    if score is None and lesson.knowledge_check() is not None:
        raise ValidationError(_("Pass the knowledge check to finish this lesson."), code="quiz_needed")
    course = catalogue.course_of(lesson)
    now = timezone.now()
    with transaction.atomic():
        status = _start_renewal_if_due(user=user, course=course, since=now) if course else None
        cycle_start = status.cycle_started_at if status else None
        completion = None
        if cycle_start is not None:
            completion = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
        if completion is None:
            # A completion already there is kept, and so is one a second click has just
            # made: the INSERT is then skipped, not an error, so it needs no look first and
            # no savepoint around it.
            new = LessonCompletion(user=user, lesson=lesson, completed_at=now, score=score)
            LessonCompletion.objects.bulk_create([new], ignore_conflicts=True)
        elif completion.completed_at < cycle_start:
            completion.completed_at = now
            completion.score = score
            completion.save(update_fields=["completed_at", "score"])
        known = {(user.pk, course.pk): status} if status else {}
        course_status_refresh(users=[user], course=course, last_lesson=lesson, statuses=known)


def _chosen(question, answers):
    """The option ids chosen for one question, checked against that question's own options."""
    chosen = answers.get(question["id"]) or []
    if isinstance(chosen, str):
        chosen = [chosen]
    chosen = [choice for choice in chosen if choice]
    if not chosen:
        raise ValidationError(_("Answer every question, then press “Check my answers”."), code="missing")
    known = {option["id"] for option in question["options"]}
    if any(choice not in known for choice in chosen):
        raise ValidationError(
            _("Some answers did not belong to this lesson’s questions. Nothing was saved; please try again."),
            code="foreign",
        )
    if question["kind"] != QuestionKind.MULTIPLE and len(chosen) > 1:
        raise ValidationError(_("Choose only one answer for “%(question)s”.") % {"question": question["text"]})
    return set(chosen)


def quiz_attempt_submit(*, user, lesson, answers, seed=""):
    """Mark a knowledge check, store the attempt with a snapshot of the questions, and finish
    the lesson when the pass mark is reached. `answers` maps question id → option ids;
    `seed` is the one the options were shuffled by, so the snapshot keeps the order shown."""
    _require_live(lesson)
    questions = lesson.knowledge_check()
    seed = seed if quiz.valid_seed(seed) else ""
    if questions and seed:
        questions = quiz.in_order(questions, seed)
    if not questions:
        raise ValidationError(_("This lesson has no knowledge check."), code="no_quiz")
    unknown = set(answers) - {question["id"] for question in questions}
    if unknown:
        raise ValidationError(
            _("Some answers did not belong to this lesson’s questions. Nothing was saved; please try again."),
            code="foreign",
        )
    snapshot = []
    right = 0
    for question in questions:
        chosen = _chosen(question, answers)
        correct = {option["id"] for option in question["options"] if option["correct"]}
        is_right = chosen == correct
        right += is_right
        snapshot.append(
            {
                "id": question["id"],
                "text": question["text"],
                "kind": question["kind"],
                "hint": question.get("hint", ""),
                "right": is_right,
                "options": [
                    {
                        "id": option["id"],
                        "text": option["text"],
                        "correct": bool(option["correct"]),
                        "feedback": option["feedback"] or "",
                        "chosen": option["id"] in chosen,
                    }
                    for option in question["options"]
                ],
            }
        )
    score = round(100 * right / len(questions))
    with transaction.atomic():
        attempt = QuizAttempt.objects.create(
            user=user,
            lesson=lesson,
            revision_id=lesson.live_revision_id,
            answers={question["id"]: sorted(_chosen(question, answers)) for question in questions},
            seed=seed,
            questions=snapshot,
            score=score,
            pass_mark=lesson.pass_mark,
            passed=score >= lesson.pass_mark,
        )
        if attempt.passed:
            lesson_complete(user=user, lesson=lesson, score=score)
    return attempt


def reflection_save(*, user, lesson, block_id, text):
    """Keep a learner's private answer to a reflection prompt (saving again replaces it)."""
    _require_live(lesson)
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Write your answer before saving."), code="empty")
    inputs.validate_no_control_characters(text)
    prompts = {child.id: child.value["prompt"] for child in lesson.body if child.block_type == "reflection"}
    if block_id not in prompts:
        raise ValidationError(_("That question is no longer on this lesson."), code="unknown_prompt")
    answer, _created = ReflectionAnswer.objects.update_or_create(
        user=user,
        lesson=lesson,
        block_id=block_id,
        defaults={"prompt": prompts[block_id], "text": text, "updated_at": timezone.now()},
    )
    return answer


def session_schedule(*, by, course, module, starts_at, ends_at, venue, capacity, trainer):
    if not rules.can_schedule_sessions(by):
        raise ValidationError(_("Only trainers and managers can schedule classroom sessions."))
    if module.get_parent().pk != course.pk:
        raise ValidationError(_("That module is not part of that course."), code="wrong_module")
    if ends_at <= starts_at:
        raise ValidationError(_("The session must end after it starts."), code="ends_before_start")
    if starts_at <= timezone.now():
        raise ValidationError(_("Choose a date and time in the future."), code="past")
    if capacity < 1:
        raise ValidationError(_("A session needs at least one place."), code="no_places")
    if not rules.can_teach(trainer):
        raise ValidationError(_("%(name)s is not a trainer.") % {"name": trainer}, code="not_trainer")
    return ClassroomSession.objects.create(
        course=course,
        module=module,
        starts_at=starts_at,
        ends_at=ends_at,
        venue=venue.strip(),
        capacity=capacity,
        trainer=trainer,
        created_by=by,
    )


def prerequisites_missing(*, user, course):
    """The live courses that must be finished before this one, that `user` has not finished."""
    wanted = [item.pk for item in Course.objects.get(pk=course.pk).prerequisites.all()]
    if not wanted:
        return []
    prerequisites = list(Course.objects.live().filter(pk__in=wanted).order_by("path"))
    done = progress_for([user], prerequisites, next_sessions=False)
    return [course for course in prerequisites if not done[user.pk, course.pk].is_complete]


def booking_create(*, user, session, join_waiting_list=False):
    """Book a place, or a place on the waiting list when the session is full and they ask.
    A course's prerequisites must be finished first; the message names them."""
    missing = prerequisites_missing(user=user, course=session.course)
    if missing:
        raise ValidationError(
            _("Before you book this day, finish %(courses)s. Then you can book it.")
            % {"courses": ", ".join(course.title for course in missing)},
            code="prerequisites",
        )
    with transaction.atomic():
        session = ClassroomSession.objects.select_for_update().get(pk=session.pk)
        if session.is_cancelled:
            raise ValidationError(_("This session is cancelled. Choose another date."), code="cancelled")
        if session.is_past:
            raise ValidationError(_("This session has already started, so it cannot be booked."), code="past")
        existing = Booking.objects.filter(
            session=session, user=user, state__in=[BookingState.BOOKED, BookingState.WAITING]
        ).first()
        if existing is not None:
            if existing.state == BookingState.BOOKED:
                message = _("You are already booked on this session.")
            else:
                message = _("You are already on the waiting list for this session.")
            raise ValidationError(message, code="already_booked")
        booked = Booking.objects.filter(session=session, state=BookingState.BOOKED).count()
        if booked < session.capacity:
            return Booking.objects.create(session=session, user=user, state=BookingState.BOOKED)
        if not join_waiting_list:
            raise ValidationError(_("This session is full. You can join the waiting list instead."), code="full")
        last = Booking.objects.filter(session=session, state=BookingState.WAITING).aggregate(n=Max("waiting_position"))
        return Booking.objects.create(
            session=session, user=user, state=BookingState.WAITING, waiting_position=(last["n"] or 0) + 1
        )


def booking_cancel(*, booking):
    """Cancel a booking. A freed place goes to the first person waiting, who is e-mailed."""
    with transaction.atomic():
        ClassroomSession.objects.select_for_update().get(pk=booking.session_id)
        booking = Booking.objects.get(pk=booking.pk)
        if booking.state == BookingState.CANCELLED:
            raise ValidationError(_("This booking was already cancelled."), code="already_cancelled")
        if booking.session.is_past:
            raise ValidationError(_("This session has already started, so the booking cannot be cancelled."))
        was_booked = booking.state == BookingState.BOOKED
        position = booking.waiting_position
        booking.state = BookingState.CANCELLED
        booking.waiting_position = None
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["state", "waiting_position", "cancelled_at"])
        waiting = Booking.objects.filter(session_id=booking.session_id, state=BookingState.WAITING)
        promoted = None
        if was_booked:
            promoted = waiting.order_by("waiting_position", "id").first()
            if promoted is not None:
                position = promoted.waiting_position
                promoted.state = BookingState.BOOKED
                promoted.waiting_position = None
                promoted.promoted_at = timezone.now()
                promoted.save(update_fields=["state", "waiting_position", "promoted_at"])
        if position is not None:
            waiting.filter(waiting_position__gt=position).update(waiting_position=F("waiting_position") - 1)
    if promoted is not None:
        enqueue(tasks.send_place_offered, promoted.pk)
    return promoted


def register_take(*, session, by, marks):
    """Record the register for a session. `marks` maps user id → (attendance, reason).

    Only people booked on the session can be marked; taking it again corrects earlier marks.
    """
    if not rules.can_take_register(by, session):
        raise ValidationError(_("Only this session’s trainer or a manager can take its register."), code="not_allowed")
    if timezone.localdate(session.starts_at) > timezone.localdate():
        raise ValidationError(_("You can take the register from the day of the session."), code="too_early")
    booked = {
        booking.user_id: booking.user
        for booking in Booking.objects.filter(session=session, state=BookingState.BOOKED).select_related("user")
    }
    if not marks:
        raise ValidationError(_("Mark at least one person present, late or absent."), code="empty")
    for user_id, (attendance, _reason) in marks.items():
        if user_id not in booked:
            raise ValidationError(_("Someone on this register is not booked on the session."), code="not_booked")
        if attendance not in Attendance.values:
            raise ValidationError(_("Choose present, late or absent for everyone you mark."), code="bad_mark")
    now = timezone.now()
    course = Course.objects.get(pk=session.course_id)
    attendees = []
    with transaction.atomic():
        for user_id, (attendance, reason) in marks.items():
            RegisterEntry.objects.update_or_create(
                session=session,
                user_id=user_id,
                defaults={
                    "attendance": attendance,
                    "reason": (reason or "").strip() if attendance == Attendance.ABSENT else "",
                    "recorded_by": by,
                    "recorded_at": now,
                },
            )
            if attendance != Attendance.ABSENT:
                _start_renewal_if_due(user=booked[user_id], course=course, since=session.starts_at)
            attendees.append(booked[user_id])
        course_status_refresh(users=attendees, course=course)


def policy_version_record(*, policy, revision):
    """Called when a policy is published: its first version, and any revision marked "ask
    everyone to read it again", makes earlier acknowledgements out of date."""
    first = not PolicyVersion.objects.filter(policy=policy).exists()
    if first or policy.ask_to_reacknowledge:
        version, _created = PolicyVersion.objects.get_or_create(
            revision=revision, defaults={"policy": policy, "note": policy.version_note}
        )
        return version
    return None


def policy_acknowledge(*, user, policy):
    if not policy.live:
        raise ValidationError(_("This policy is not published."), code="not_live")
    version = PolicyVersion.objects.filter(policy=policy).order_by("-id").first()
    if version is None:
        raise ValidationError(_("This policy has no published version to acknowledge yet."), code="no_version")
    ack, _created = PolicyAcknowledgement.objects.get_or_create(user=user, version=version, defaults={"policy": policy})
    return ack

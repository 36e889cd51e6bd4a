from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import rules, services, session_lists, sessions
from courses.certificates import certificate_pdf, course_title_for_reader
from courses.forms import RegisterForm, SessionCancelForm, SessionChangeForm, SessionForm
from courses.models import (
    Booking,
    BookingState,
    Certificate,
    ClassroomSession,
    Course,
    Lesson,
    PolicyPage,
    QuizAttempt,
    ReflectionAnswer,
)
from courses.translations import in_reading_language
from people.guards import add_errors, posted, require, show_errors


def _back_to(page, request, anchor=""):
    url = page.get_url(request) if page.live else None
    return redirect(f"{url}{anchor}" if url else "home")


# Where a knowledge check keeps a try that could not be marked, so the learner loses nothing.
QUIZ_DRAFT = "quiz-draft-%s"


@login_required
@require_POST
def quiz_submit(request, pk):
    """Mark a try and go back to the knowledge check, which shows how it went (a try that
    could not be marked comes back with its answers and the reason)."""
    # Marked against the questions as the learner read them (Welsh or English); recorded on the
    # English lesson either way.
    lesson = in_reading_language(get_object_or_404(Lesson, pk=pk))
    answers = {key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")}
    seed = request.POST.get("seed", "")
    try:
        services.quiz_attempt_submit(user=request.user, lesson=lesson, answers=answers, seed=seed)
    except ValidationError as error:
        if not lesson.live:
            show_errors(request, error)
        else:
            request.session[QUIZ_DRAFT % lesson.pk] = {"answers": answers, "seed": seed, "errors": error.messages}
    return _back_to(lesson, request, "#knowledge-check")


@login_required
@require_POST
def lesson_complete(request, pk):
    lesson = get_object_or_404(Lesson, pk=pk)
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Lesson done. Well done."))
    return _back_to(lesson, request)


@login_required
@require_POST
def reflection_save(request, pk, block_id):
    lesson = in_reading_language(get_object_or_404(Lesson, pk=pk))
    try:
        services.reflection_save(user=request.user, lesson=lesson, block_id=block_id, text=request.POST.get("text"))
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Your answer is saved. Only you can read it."))
    return _back_to(lesson, request, f"#reflection-{block_id}")


@login_required
def attempt_detail(request, pk):
    attempt = get_object_or_404(QuizAttempt.objects.select_related("user", "lesson"), pk=pk)
    require(rules.can_view_attempt(request.user, attempt))
    return render(request, "courses/attempt_detail.html", {"attempt": attempt})


@login_required
def reflection_detail(request, pk):
    answer = get_object_or_404(ReflectionAnswer.objects.select_related("lesson"), pk=pk)
    require(rules.can_view_reflection(request.user, answer))
    return render(request, "courses/reflection_detail.html", {"answer": answer})


@login_required
def session_list(request):
    wanted = request.GET.get("course", "")
    course = Course.objects.live().filter(pk=wanted).first() if wanted.isdigit() else None
    sessions = list(session_lists.upcoming_sessions(course=course))
    mine = {
        booking.session_id: booking
        for booking in Booking.objects.filter(
            user=request.user, session__in=sessions, state__in=[BookingState.BOOKED, BookingState.WAITING]
        )
    }
    for session in sessions:
        session.my_booking = mine.get(session.pk)
        session.full = session.booked >= session.capacity
    return render(
        request,
        "courses/session_list.html",
        {
            "groups": session_lists.today_and_later(sessions),
            "course": course,
            "can_book": rules.can_book_sessions(request.user),
        },
    )


@login_required
@require_POST
def session_book(request, pk):
    require(rules.can_book_sessions(request.user))
    session = get_object_or_404(ClassroomSession, pk=pk)
    try:
        booking = services.booking_create(
            user=request.user, session=session, join_waiting_list=request.POST.get("waiting_list") == "1"
        )
    except ValidationError as error:
        show_errors(request, error)
        return redirect("courses:session_list")
    if booking.state == BookingState.WAITING:
        messages.success(
            request,
            _("You are on the waiting list, number %(position)s. We will e-mail you if a place comes free.")
            % {"position": booking.waiting_position},
        )
    else:
        messages.success(request, _("You are booked. It is on “My path”."))
    return redirect("home")


@login_required
@require_POST
def booking_cancel(request, pk):
    booking = get_object_or_404(Booking.objects.select_related("session"), pk=pk)
    require(rules.can_cancel_booking(request.user, booking))
    try:
        services.booking_cancel(booking=booking)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Your booking is cancelled."))
    return redirect("home")


@login_required
def session_new(request):
    require(rules.can_schedule_sessions(request.user))
    form = SessionForm(posted(request), initial={"trainer": request.user.pk})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        module = data["module"]
        try:
            services.session_schedule(
                by=request.user,
                course=Course.objects.ancestor_of(module).first(),
                module=module,
                starts_at=data["starts_at"],
                ends_at=data["ends_at"],
                venue=data["venue"],
                capacity=data["capacity"],
                trainer=data["trainer"],
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Session scheduled. Volunteers can book it now."))
            return redirect("home")
    return render(request, "courses/session_new.html", {"form": form})


@login_required
def session_edit(request, pk):
    """A trainer changes a session's time, venue, places or trainer, or cancels it."""
    session = get_object_or_404(ClassroomSession.objects.select_related("course", "module", "trainer"), pk=pk)
    require(rules.can_take_register(request.user, session))
    form = SessionChangeForm.for_session(session, posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            sessions.session_update(session=session, by=request.user, starts_at=data["starts_at"],
                                    ends_at=data["ends_at"], venue=data["venue"], capacity=data["capacity"],
                                    trainer=data["trainer"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Session saved. Anyone booked has been told of any new time or venue."))
            return redirect("home")
    return render(request, "courses/session_edit.html", {
        "session": session, "form": form, "cancel_form": SessionCancelForm(),
    })


@login_required
@require_POST
def session_cancel(request, pk):
    session = get_object_or_404(ClassroomSession.objects.select_related("course", "module"), pk=pk)
    require(rules.can_take_register(request.user, session))
    form = SessionCancelForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Keep the reason to 300 characters or fewer."))
        moved = sessions.session_cancel(session=session, by=request.user, reason=form.cleaned_data["reason"])
    except ValidationError as error:
        show_errors(request, error)
        return redirect("courses:session_edit", pk=session.pk)
    messages.success(request, _("Session cancelled. %(moved)d people moved to the next date; everyone booked "
                                "has been e-mailed.") % {"moved": len(moved)})
    return redirect("home")


@login_required
def register(request, pk):
    session = get_object_or_404(ClassroomSession.objects.select_related("course", "module", "trainer"), pk=pk)
    require(rules.can_take_register(request.user, session))
    bookings = session_lists.register_for(session)
    form = RegisterForm(posted(request), bookings=bookings)
    if request.method == "POST" and form.is_valid():
        try:
            services.register_take(session=session, by=request.user, marks=form.marks())
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Register saved."))
            return redirect("courses:register", pk=session.pk)
    return render(request, "courses/register.html", {"session": session, "form": form, "bookings": bookings})


@login_required
def certificate_download(request, pk):
    certificate = get_object_or_404(Certificate, pk=pk)
    require(rules.can_view_certificate(request.user, certificate))
    response = HttpResponse(certificate_pdf(certificate, request=request), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response


def certificate_verify(request, code):
    certificate = Certificate.objects.filter(code=code.strip().upper()).first()
    return render(
        request,
        "courses/verify.html",
        {"certificate": certificate, "code": code,
         "course_title": course_title_for_reader(certificate) if certificate else ""},
        status=200 if certificate else 404,
    )


@login_required
@require_POST
def policy_acknowledge(request, pk):
    policy = get_object_or_404(PolicyPage, pk=pk)
    try:
        services.policy_acknowledge(user=request.user, policy=policy)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Thank you. We have recorded that you have read and understood this policy."))
    return _back_to(policy, request)

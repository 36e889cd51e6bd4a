from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audit.models import AccessLog
from audit.services import access_record_read
from outreach import selectors as outreach_selectors
from people.guards import add_errors, require, show_errors
from supervision import ical, rules, selectors, services
from supervision.forms import (
    ActionForm,
    AskToMoveForm,
    AttendanceForm,
    CancelForm,
    MoveForm,
    RecordForm,
    SlotForm,
    TopicsForm,
    WhenForm,
)
from supervision.models import Action, Attendee, Kind, MoveRequest, Occurrence, OneToOneRecord


def _occurrence(pk):
    return get_object_or_404(
        Occurrence.objects.select_related("series__organiser").prefetch_related(
            Prefetch("attendees", queryset=Attendee.objects.select_related("person"))
        ),
        pk=pk,
    )


def _volunteer_of(occurrence):
    others = [a.person for a in occurrence.attendees.all() if a.person_id != occurrence.series.organiser_id]
    return others[0] if others else None


def caseload_review(occurrence, volunteer):
    """The supervisee's First Steps caseload since their last 1:1 (or two weeks before this one)."""
    previous = (
        Occurrence.objects.filter(series__kind=Kind.ONE_TO_ONE, attendees__person=volunteer,
                                  starts_at__lt=occurrence.starts_at)
        .order_by("-starts_at").values_list("starts_at", flat=True).first()
    )
    return outreach_selectors.review_for(volunteer, since=previous or occurrence.starts_at - timedelta(days=14))


@login_required
def meetings(request):
    now = timezone.now()
    return render(request, "supervision/meetings.html", {
        "occurrences": selectors.meetings_for(request.user, days=42),
        "next_steps": outreach_selectors.next_steps_for(request.user, start=now, end=now + timedelta(days=42)),
        "can_create": rules.can_create_series(request.user),
    })


@login_required
@never_cache
def meeting(request, pk):
    occurrence = _occurrence(pk)
    is_one_to_one = occurrence.series.kind == Kind.ONE_TO_ONE
    volunteer = _volunteer_of(occurrence) if is_one_to_one else None
    require(rules.can_view_meeting(request.user, occurrence), subject=volunteer,
            kind=AccessLog.Kind.RECORD if is_one_to_one else AccessLog.Kind.PAGE)
    record = OneToOneRecord.objects.filter(occurrence=occurrence).first() if is_one_to_one else None
    context = {
        "occurrence": occurrence,
        "series": occurrence.series,
        "meeting_title": occurrence.title_for(request.user),
        "is_one_to_one": is_one_to_one,
        "volunteer": volunteer,
        "record": record,
        "now": timezone.now(),
        "can_manage": rules.can_manage_meeting(request.user, occurrence),
        "can_write_record": rules.can_write_record(request.user, occurrence),
        "can_see_notes": bool(record) and rules.can_view_confidential_notes(request.user, record),
        "can_see_shared": bool(record) and rules.can_view_shared_record(request.user, record),
        "can_ask_to_move": rules.can_ask_to_move(request.user, occurrence),
        "move_requests": occurrence.move_requests.select_related("requested_by"),
    }
    if is_one_to_one and volunteer and (
        context["can_write_record"] or request.user.pk == volunteer.pk
    ):
        context["open_actions"] = Action.objects.open().filter(volunteer=volunteer).select_related("owner")
    if context["can_manage"]:
        context["attendance_form"] = AttendanceForm(attendees=[a for a in occurrence.attendees.all() if a.active])
        context["topics_form"] = TopicsForm(initial={"topics": occurrence.topics})
    if is_one_to_one and volunteer and context["can_write_record"]:
        context["caseload_review"] = caseload_review(occurrence, volunteer)
    if context["can_see_notes"] or "open_actions" in context:
        access_record_read(request=request, kind=AccessLog.Kind.RECORD, subject=volunteer,
                           object_id=record.pk if record else None)
    return render(request, "supervision/meeting.html", context)


@login_required
@require_POST
def attendance(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_manage_meeting(request.user, occurrence))
    form = AttendanceForm(request.POST, attendees=[a for a in occurrence.attendees.all() if a.active])
    if form.is_valid():
        try:
            services.attendance_record(occurrence=occurrence, marks=form.marks(), by=request.user)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Attendance saved."))
    else:
        messages.error(request, _("Choose one answer for each person."))
    return redirect("supervision:meeting", pk=pk)


@login_required
@require_POST
def topics(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_manage_meeting(request.user, occurrence))
    form = TopicsForm(request.POST)
    if form.is_valid():
        try:
            services.topics_record(occurrence=occurrence, topics=form.cleaned_data["topics"], by=request.user)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Topics saved."))
    return redirect("supervision:meeting", pk=pk)


@login_required
@never_cache
def record(request, pk):
    occurrence = _occurrence(pk)
    volunteer = _volunteer_of(occurrence) if occurrence.series.kind == Kind.ONE_TO_ONE else None
    require(rules.can_write_record(request.user, occurrence), subject=volunteer, kind=AccessLog.Kind.RECORD)
    existing = OneToOneRecord.objects.filter(occurrence=occurrence).first()
    form = RecordForm(request.POST or None, instance=existing)
    if request.method == "POST" and form.is_valid():
        try:
            services.one_to_one_record_save(occurrence=occurrence, volunteer=volunteer, by=request.user,
                                            **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("1:1 record saved."))
            return redirect("supervision:meeting", pk=pk)
    access_record_read(request=request, kind=AccessLog.Kind.RECORD, subject=volunteer,
                       object_id=existing.pk if existing else None)
    return render(request, "supervision/record.html", {
        "form": form, "occurrence": occurrence, "volunteer": volunteer, "page_title": _("1:1 record"),
        "caption": str(volunteer), "submit_label": _("Save the record"),
        "back_url": reverse("supervision:meeting", args=[pk]),
        "open_actions": Action.objects.open().filter(volunteer=volunteer).select_related("owner"),
    })


@login_required
def action_add(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_write_record(request.user, occurrence))
    existing = OneToOneRecord.objects.filter(occurrence=occurrence).first()
    if existing is None:
        messages.error(request, _("Save the 1:1 record first, then add actions."))
        return redirect("supervision:record", pk=pk)
    volunteer = _volunteer_of(occurrence)
    form = ActionForm(request.POST or None, people=[volunteer, request.user])
    if request.method == "POST" and form.is_valid():
        try:
            services.action_add(record=existing, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Action added. It will show at each 1:1 until it is done."))
            return redirect("supervision:meeting", pk=pk)
    return render(request, "supervision/action_add.html", {
        "form": form, "occurrence": occurrence, "page_title": _("Add an agreed action"), "caption": str(volunteer),
        "submit_label": _("Add action"), "back_url": reverse("supervision:meeting", args=[pk]),
    })


@login_required
@require_POST
def action_done(request, pk):
    action = get_object_or_404(Action.objects.select_related("volunteer"), pk=pk)
    require(rules.can_complete_action(request.user, action), subject=action.volunteer, kind=AccessLog.Kind.RECORD)
    try:
        services.action_complete(action=action, by=request.user)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(request, _("Action marked as done."))
    # Back to the page the button was on, but never to another site ("//elsewhere.example").
    back = request.POST.get("next", "")
    on_this_site = back.startswith("/") and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()})
    return redirect(back if on_this_site else "supervision:index")


@login_required
def move(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_manage_meeting(request.user, occurrence))
    local = timezone.localtime(occurrence.starts_at)
    form = MoveForm(request.POST or None, initial={"day": local.date(), "time": local.time()})
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["scope"] == MoveForm.FOLLOWING:
                services.series_split(occurrence=occurrence, starts_at=form.starts_at(), by=request.user)
            else:
                services.occurrence_move(occurrence=occurrence, starts_at=form.starts_at(), by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Meeting moved."))
            return redirect("supervision:meetings")
    return render(request, "supervision/move.html", {
        "form": form, "occurrence": occurrence, "page_title": _("Move a meeting"),
        "caption": occurrence.series.shown_title,
        "submit_label": _("Move"), "back_url": reverse("supervision:meeting", args=[pk]),
    })


@login_required
def cancel(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_manage_meeting(request.user, occurrence))
    form = CancelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["scope"] == MoveForm.FOLLOWING:
                services.series_cancel_following(occurrence=occurrence, by=request.user)
            else:
                services.occurrence_cancel(occurrence=occurrence, by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Meeting cancelled."))
            return redirect("supervision:meetings")
    return render(request, "supervision/cancel.html", {
        "form": form, "occurrence": occurrence, "page_title": _("Cancel a meeting"),
        "caption": occurrence.series.shown_title, "submit_label": _("Cancel the meeting"),
        "back_url": reverse("supervision:meeting", args=[pk]),
    })


@login_required
def ask_to_move(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_view_meeting(request.user, occurrence) and rules.can_ask_to_move(request.user, occurrence))
    start = timezone.localtime(occurrence.starts_at).date()
    slots = [
        s for s in services.free_slots(supervisor=occurrence.series.organiser, volunteer=request.user,
                                       first_day=start - timedelta(days=3), days=10)
        if s != occurrence.starts_at
    ]
    form = AskToMoveForm(request.POST or None, slots=slots)
    if request.method == "POST" and form.is_valid():
        try:
            services.move_request_create(occurrence=occurrence, volunteer=request.user,
                                         wanted_start=form.cleaned_data["slot"], reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your supervisor has been asked. You will get an e-mail when they reply."))
            return redirect("supervision:meeting", pk=pk)
    return render(request, "supervision/ask_to_move.html", {
        "form": form, "occurrence": occurrence, "page_title": _("Ask to move this 1:1"),
        "submit_label": _("Ask my supervisor"), "back_url": reverse("supervision:meeting", args=[pk]),
    })


@login_required
def move_request(request, pk):
    move = get_object_or_404(
        MoveRequest.objects.select_related("occurrence__series__organiser", "requested_by"), pk=pk
    )
    require(rules.can_answer_move_request(request.user, move))
    answer = request.POST.get("answer")
    offer = WhenForm(request.POST if request.method == "POST" and answer != "accept" else None)
    if request.method == "POST":
        try:
            if answer == "accept":
                services.move_request_accept(request=move, by=request.user)
            elif answer != "offer":
                raise ValidationError(_("Choose to accept the time asked for, or offer another time."))
            elif offer.is_valid():
                services.move_request_offer(request=move, starts_at=offer.starts_at(), by=request.user)
            else:
                raise ValidationError(_("Give the date and time you can offer instead."))
        except ValidationError as error:
            add_errors(offer, error)
        else:
            messages.success(request, _("The 1:1 has been moved and you have both been sent an e-mail."))
            return redirect("supervision:team")
    slots = services.free_slots(supervisor=move.occurrence.series.organiser, volunteer=move.requested_by,
                                first_day=timezone.localdate(), days=10)
    return render(request, "supervision/move_request.html", {
        "move": move, "offer": offer, "slots": SlotForm(slots=slots).fields["slot"].choices,
    })


@login_required
def meeting_ics(request, pk):
    occurrence = _occurrence(pk)
    require(rules.can_view_meeting(request.user, occurrence))
    response = HttpResponse(ical.calendar_for([occurrence], name=occurrence.title_for(request.user),
                                              person=request.user),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="meeting-{occurrence.pk}.ics"'
    return response

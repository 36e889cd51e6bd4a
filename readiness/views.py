import csv
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from people.guards import add_errors, posted, require, show_errors
from people.models import User, VolunteerProfile
from people.roles import Role
from readiness import board as readiness_board
from readiness import board_rows, distance, facts, first_steps, permissions, reports, selectors, services, summaries
from readiness.forms import (
    BoardFilterForm,
    ChaseForm,
    CheckForm,
    CheckTypeForm,
    ReadinessSettingsForm,
    ReportPeriodForm,
    RequiredCourseForm,
    SignOffForm,
    StartCheckForm,
)
from readiness.models import CheckType, PreStartCheck, ReadinessSettings, RequiredCourse, SignOff


def _supervisors():
    """(id, name) of everyone who may be picked in the board's supervisor filter."""
    return (User.objects.filter(groups__name=Role.SUPERVISOR.value, is_active=True).order_by("full_name")
            .values_list("pk", "full_name"))


def board_context(request):
    """The board's rows for the filters in the query string (also the manager's dashboard)."""
    form = BoardFilterForm(request.GET or None, supervisors=_supervisors())
    context = {"form": form, "board": None}
    filters = {}
    if request.GET:
        if not form.is_valid():
            return context
        filters = form.cleaned_data
    context["board"] = readiness_board.board(
        placement=filters.get("placement") or None,
        supervisor=filters.get("supervisor"),
        status=filters.get("status") or None,
        search=filters.get("q", ""),
        sort=filters.get("sort") or "name",
        page=readiness_board.page_number(request.GET.get("page")),
        renewals_page=readiness_board.page_number(request.GET.get("renewals")),
    )
    board_rows.rendered("page", context["board"].page.rows)
    board_rows.rendered("renewals", context["board"].renewals.rows)
    return context


@login_required
def board(request):
    require(permissions.can_view_board(request.user))
    return render(request, "readiness/board.html", board_context(request))


def _profile_for(request, user_id):
    profile = get_object_or_404(VolunteerProfile.objects.select_related("user", "placement"), user_id=user_id)
    require(permissions.can_view_checklist(request.user, profile), subject=profile.user)
    return profile


def _check_rows(user_id, readiness):
    """Each check type with its state on the checklist and the check waiting, if any."""
    waiting = {
        check.check_type_id: check
        for check in PreStartCheck.objects.filter(volunteer_id=user_id, done_on=None)
    }
    states = {rule.key: rule for rule in readiness.rules}
    return [
        {"type": check_type, "rule": states.get(f"check:{check_type.pk}"), "waiting": waiting.get(check_type.pk)}
        for check_type in CheckType.objects.all()
    ]


@login_required
def checklist(request, user_id):
    profile = _profile_for(request, user_id)
    readiness = selectors.readiness_judge([profile])[profile.user_id]
    can_record = permissions.can_record_checks(request.user, profile)
    context = {
        "profile": profile,
        "readiness": readiness,
        "sign_offs": SignOff.objects.filter(volunteer_id=user_id).select_related("signed_by"),
        "check_rows": _check_rows(user_id, readiness) if can_record else [],
        "checks": PreStartCheck.objects.filter(volunteer_id=user_id, done_on__isnull=False)
        .select_related("check_type", "recorded_by").order_by("-done_on", "-recorded_at"),
        "can_record": can_record,
        "can_sign_off": permissions.can_sign_off(request.user, profile) and profile.status in services.SIGN_OFF_FROM,
        "check_form": CheckForm(),
        "sign_off_form": SignOffForm(),
    }
    return render(request, "readiness/checklist.html", context)


@login_required
def record_check(request, user_id):
    profile = _profile_for(request, user_id)
    require(permissions.can_record_checks(request.user, profile), subject=profile.user)
    form = CheckForm(posted(request), initial={"check_type": request.GET.get("check")})
    if request.method == "POST" and form.is_valid():
        try:
            services.pre_start_check_record(volunteer=profile.user, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Check recorded."))
            return redirect("readiness:checklist", user_id=user_id)
    return render(request, "readiness/record_check.html", {"form": form, "profile": profile})


@login_required
def start_check(request, user_id):
    """A check applied for or requested: it shows as waiting until it is received."""
    profile = _profile_for(request, user_id)
    require(permissions.can_record_checks(request.user, profile), subject=profile.user)
    form = StartCheckForm(posted(request), initial={"check_type": request.GET.get("check"),
                                                     "started_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.pre_start_check_start(volunteer=profile.user, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Recorded. It shows as waiting until you record it as received."))
            return redirect("readiness:checklist", user_id=user_id)
    return render(request, "readiness/start_check.html", {"form": form, "profile": profile})


@login_required
@require_POST
def chase_check(request, user_id):
    profile = _profile_for(request, user_id)
    require(permissions.can_record_checks(request.user, profile), subject=profile.user)
    form = ChaseForm(request.POST)
    check = (
        services.waiting_check(volunteer=profile.user, check_type=form.cleaned_data["check_type"])
        if form.is_valid() else None
    )
    if check is None:
        messages.error(request, _("That check is not waiting, so there is nothing to chase."))
    else:
        try:
            services.pre_start_check_chase(check=check, by=request.user)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("Noted: chased today."))
    return redirect("readiness:checklist", user_id=user_id)


@login_required
def sign_off(request, user_id):
    profile = _profile_for(request, user_id)
    require(permissions.can_sign_off(request.user, profile), subject=profile.user)
    readiness = selectors.readiness_judge([profile])[profile.user_id]
    form = SignOffForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.volunteer_sign_off(
                volunteer=profile.user, by=request.user, readiness=readiness, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(
                request,
                _("%(name)s is signed off and can start as a peer supporter.") % {"name": profile.user.full_name},
            )
            return redirect("readiness:board")
    return render(request, "readiness/sign_off.html", {"form": form, "profile": profile, "readiness": readiness})


@login_required
def settings_page(request):
    require(permissions.can_change_rules(request.user))
    current = ReadinessSettings.current()
    form = ReadinessSettingsForm(posted(request), instance=current)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Readiness rules saved."))
        return redirect("readiness:settings")
    context = {
        "form": form,
        "check_types": CheckType.objects.all(),
        "check_type_form": CheckTypeForm(),
        "required_courses": RequiredCourse.objects.select_related("course", "placement").order_by("course__path"),
        "required_course_form": RequiredCourseForm(),
        "default_courses": facts.required_courses() if not RequiredCourse.objects.exists() else None,
    }
    return render(request, "readiness/settings.html", context)


@login_required
@require_POST
def add_check_type(request):
    require(permissions.can_change_rules(request.user))
    form = CheckTypeForm(request.POST)
    if form.is_valid():
        form.save()
        messages.success(request, _("Check added."))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("readiness:settings")


@login_required
@require_POST
def add_required_course(request):
    require(permissions.can_change_rules(request.user))
    form = RequiredCourseForm(request.POST)
    if form.is_valid():
        if not RequiredCourse.objects.exists():
            services.required_courses_from_defaults()
        RequiredCourse.objects.get_or_create(**form.cleaned_data)
        messages.success(request, _("Course added to the readiness rules."))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("readiness:settings")


@login_required
@require_POST
def remove_required_course(request, pk):
    require(permissions.can_change_rules(request.user))
    row = get_object_or_404(RequiredCourse, pk=pk)
    row.delete()
    messages.success(request, _("%(course)s is no longer needed before starting.") % {"course": row.course.title})
    return redirect("readiness:settings")


def _period_form(request):
    today = timezone.localdate()
    default = {"start": (today - timedelta(days=90)).isoformat(), "end": today.isoformat()}
    return ReportPeriodForm(request.GET if "start" in request.GET or "end" in request.GET else default)


@login_required
def report(request):
    require(permissions.can_view_reports(request.user))
    form = _period_form(request)
    context = {"form": form}
    if form.is_valid():
        data = reports.report(reports.Period(form.cleaned_data["start"], form.cleaned_data["end"]))
        context.update(
            data=data,
            protection_rule=reports.PROTECTION_RULE,
            training_bars=reports.bars(data["training"], "trained", "course"),
            held_bars=reports.bars(data["one_to_ones"]["bands"], "shown", "band"),
            wellbeing_bars=reports.bars(data["wellbeing"]["bands"], "shown", "band"),
            caseload_bars=reports.bars(data["caseloads"]["rows"], "shown", "band"),
            query=request.GET.urlencode() or f"start={form.data['start']}&end={form.data['end']}",
        )
    return render(request, "readiness/report.html", context, status=200 if form.is_valid() else 400)


@login_required
def report_csv(request):
    require(permissions.can_view_reports(request.user))
    form = _period_form(request)
    if not form.is_valid():
        return render(request, "readiness/report.html", {"form": form}, status=400)
    period = reports.Period(form.cleaned_data["start"], form.cleaned_data["end"])
    return _csv_download(f"waymark-report-{period.start}-to-{period.end}.csv", reports.csv_rows(reports.report(period)))


def _period_report_page(request, *, build, template):
    """A report over a chosen period: the form, and the figures when the period is valid."""
    require(permissions.can_view_reports(request.user))
    form = _period_form(request)
    context = {"form": form}
    if form.is_valid():
        context.update(
            data=build(reports.Period(form.cleaned_data["start"], form.cleaned_data["end"])),
            query=request.GET.urlencode() or f"start={form.data['start']}&end={form.data['end']}",
        )
    return render(request, template, context, status=200 if form.is_valid() else 400)


def _period_report_csv(request, *, build, rows, template, name):
    """The same report as a spreadsheet; an invalid period shows the form with its message."""
    require(permissions.can_view_reports(request.user))
    form = _period_form(request)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    period = reports.Period(form.cleaned_data["start"], form.cleaned_data["end"])
    return _csv_download(f"{name}-{period.start}-to-{period.end}.csv", rows(build(period)))


@login_required
def first_steps_report(request):
    return _period_report_page(request, build=first_steps.report, template="readiness/first_steps_report.html")


@login_required
def first_steps_report_csv(request):
    return _period_report_csv(request, build=first_steps.report, rows=first_steps.csv_rows,
                              template="readiness/first_steps_report.html", name="first-steps")


@login_required
def distance_report(request):
    return _period_report_page(request, build=distance.report, template="readiness/distance_report.html")


@login_required
def distance_report_csv(request):
    return _period_report_csv(request, build=distance.report, rows=distance.csv_rows,
                              template="readiness/distance_report.html", name="distance-travelled")


def _csv_download(filename, rows):
    """A report's rows as a spreadsheet download, each cell made safe from formula injection."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    for row in rows:
        writer.writerow([reports.csv_safe(cell) for cell in row])
    return response


@login_required
def mine(request):
    """A volunteer's own full list of what is left before they can start."""
    profile = VolunteerProfile.objects.select_related("placement").filter(user=request.user).first()
    require(profile is not None and profile.status in selectors.NOT_YET_ACTIVE)
    readiness = summaries.readiness_stored_or_judged([profile])[profile.user_id]
    return render(request, "readiness/mine.html", {
        "readiness": readiness,
        "done": [rule for rule in readiness.rules if rule.passing],
    })

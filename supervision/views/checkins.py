from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache

from audit.models import AccessLog
from audit.services import access_record_read
from outreach import selectors as outreach_selectors
from people.guards import add_errors, require
from people.selectors import current_supervisor_of
from supervision import rules, selectors, services, who5
from supervision.chart import own_trend_chart
from supervision.forms import CheckInForm, FlagResolveForm
from supervision.models import Action, CheckIn, Flag, OneToOneRecord


@login_required
@never_cache
def checkin(request):
    require(rules.can_check_in(request.user))
    promise = selectors.contact_promise()
    # Once Waymark holds their First Steps caseload, it is not asked for: it is counted.
    held = outreach_selectors.caseload_counts([request.user.pk]).get(request.user.pk)
    caseload = held["caseload"] if held else None
    form = CheckInForm(
        request.POST or None, ask_caseload=rules.supports_people(request.user), caseload=caseload,
        contact_promise=promise,
    )
    if request.method == "POST" and form.is_valid():
        try:
            checkin = services.checkin_submit(volunteer=request.user, answers=form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            thanks = _("Thank you. Your check-in is saved.")
            if checkin.contact_requested:
                thanks = f"{thanks} {promise}"
            messages.success(request, thanks)
            return redirect("supervision:my_wellbeing")
    return render(request, "supervision/checkin.html", {
        "form": form, "caseload": caseload, "intro": who5.INTRO, "plain_intro": who5.PLAIN_INTRO, "credit": who5.CREDIT,
        "welsh_note": who5.WELSH_NOTE, "measure_language": who5.MEASURE_LANGUAGE,
        "who5_fields": [f for f, _s in who5.ITEMS], "help": selectors.help_numbers(),
    })


@login_required
@never_cache
def mine(request):
    """A volunteer's own supervision: meetings, actions, what their supervisor shared, check-ins."""
    require(rules.can_check_in(request.user))
    checkins = list(CheckIn.objects.filter(volunteer=request.user).order_by("-submitted_at")[:12])
    return render(request, "supervision/mine.html", {
        "supervisor": current_supervisor_of(request.user),
        "meetings": selectors.meetings_for(request.user),
        "actions": Action.objects.open().filter(volunteer=request.user).select_related("owner"),
        "shared": OneToOneRecord.objects.filter(volunteer=request.user).exclude(shared_notes="")
        .select_related("occurrence").order_by("-occurrence__starts_at")[:10],
        "latest": checkins[0] if checkins else None,
        "checked_in": selectors.checked_in_this_week(request.user),
    })


@login_required
@never_cache
def my_wellbeing(request):
    """A volunteer's own wellbeing over time, in their words: no thresholds, no flags."""
    require(rules.can_check_in(request.user))
    checkins = list(CheckIn.objects.filter(volunteer=request.user).order_by("-submitted_at")[:12])
    recovery = dict(who5.RECOVERY_ANSWERS)
    for item in checkins:
        item.recovery_words = recovery.get(item.recovery, "")
    return render(request, "supervision/my_wellbeing.html", {
        "checkins": checkins,
        "latest": checkins[0] if checkins else None,
        "chart": own_trend_chart(checkins),
        "checked_in": selectors.checked_in_this_week(request.user),
        "help": selectors.help_numbers(),
        "credit": who5.CREDIT,
    })


@login_required
@never_cache
def flag(request, pk):
    """Follow up the check-in that raised this flag: one record of what was done closes
    every flag it raised, and each stays listed with it."""
    item = get_object_or_404(Flag.objects.select_related("volunteer", "checkin"), pk=pk)
    require(rules.can_resolve_flag(request.user, item), subject=item.volunteer, kind=AccessLog.Kind.CHECKIN,
            object_id=item.checkin_id)
    raised = list(item.checkin.flags.select_related("resolved_by").order_by("-urgent", "id"))
    form = FlagResolveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            closed = services.checkin_follow_up(checkin=item.checkin, by=request.user,
                                                resolution=form.cleaned_data["resolution"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, ngettext("Recorded. %(n)d flag is closed.", "Recorded. %(n)d flags are closed.",
                                               len(closed)) % {"n": len(closed)})
            return redirect("supervision:volunteer", pk=item.volunteer_id)
    access_record_read(request=request, kind=AccessLog.Kind.CHECKIN, subject=item.volunteer,
                       object_id=item.checkin_id)
    return render(request, "supervision/flag.html", {
        "flag": item, "raised": raised, "still_open": [f for f in raised if f.resolved_at is None],
        "form": form, "page_title": _("Follow up a check-in"), "caption": str(item.volunteer),
        "submit_label": _("Record and close the flags"),
        "back_url": reverse("supervision:volunteer", args=[item.volunteer_id]),
    })

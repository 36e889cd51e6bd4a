from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from people.guards import add_errors, require
from people.permissions import is_manager
from supervision import recurrence, rules, services
from supervision.forms import RhythmForm, SeriesDetailsForm, SeriesForm, SeriesMembersForm
from supervision.models import Kind, MeetingSeries
from supervision.rhythm import BY_KEY, TEMPLATES
from supervision.services.rhythm import suggested_first_day


@login_required
def series_list(request):
    require(rules.can_create_series(request.user))
    series = MeetingSeries.objects.select_related("organiser").order_by("kind", "title")
    if not is_manager(request.user):
        series = series.filter(organiser=request.user)
    rows = [(s, recurrence.describe(s.rrule)) for s in series]
    return render(request, "supervision/series_list.html", {
        "rows": rows, "can_apply_rhythm": rules.can_apply_rhythm(request.user),
    })


@login_required
def series_new(request):
    require(rules.can_create_series(request.user))
    form = SeriesForm(request.POST or None, initial={"day": timezone.localdate() + timedelta(days=1)})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            series = services.series_create(
                kind=data["kind"], title=data["title"], organiser=request.user, dtstart=form.starts_at(),
                rrule=data["rrule"], duration_minutes=data["duration_minutes"], place=data["place"],
                online_link=data["online_link"], members=list(data["members"]),
                all_volunteers=data["all_volunteers"], skip_bank_holidays=data["skip_bank_holidays"], by=request.user,
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("“%(title)s” is in everyone's diary.") % {"title": series.shown_title})
            return redirect("supervision:series_list")
    return render(request, "supervision/series_new.html", {
        "form": form, "page_title": _("Add a meeting series"), "submit_label": _("Add to everyone's diary"),
        "back_url": reverse("supervision:series_list"),
    })


@login_required
def series_edit(request, pk):
    series = get_object_or_404(MeetingSeries, pk=pk)
    require(rules.can_manage_series(request.user, series))
    form = SeriesDetailsForm(request.POST or None, initial={
        "title": series.shown_title, "place": series.place, "online_link": series.online_link,
    })
    if request.method == "POST" and form.is_valid():
        try:
            services.series_update_details(series=series, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Meeting details saved."))
            return redirect("supervision:series_list")
    upcoming = series.occurrences.filter(ends_at__gt=timezone.now()).order_by("starts_at")[:12]
    members_form = series.kind != Kind.ONE_TO_ONE
    return render(request, "supervision/series_edit.html", {
        "form": form, "series": series, "upcoming": upcoming, "rule": recurrence.describe(series.rrule),
        "members_form": members_form,
        "page_title": series.shown_title, "submit_label": _("Save details"),
        "back_url": reverse("supervision:series_list"),
    })


@login_required
def series_members(request, pk):
    """Add or remove people from a group series from a date on; earlier meetings stay."""
    series = get_object_or_404(MeetingSeries, pk=pk)
    require(rules.can_manage_series(request.user, series) and series.kind != Kind.ONE_TO_ONE)
    form = SeriesMembersForm(request.POST or None, organiser=series.organiser, initial={
        "members": list(series.members.values_list("pk", flat=True)), "from_day": timezone.localdate(),
    })
    if request.method == "POST" and form.is_valid():
        try:
            added, removed = services.series_members_change(
                series=series, members=list(form.cleaned_data["members"]), from_day=form.cleaned_data["from_day"],
                by=request.user,
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Saved: %(added)d added, %(removed)d removed, from %(day)s.") % {
                "added": len(added), "removed": len(removed),
                "day": formats.date_format(form.cleaned_data["from_day"], "j F Y"),
            })
            return redirect("supervision:series_edit", pk=series.pk)
    return render(request, "supervision/series_members.html", {
        "form": form, "series": series, "page_title": _("Change who is in this series"), "caption": series.shown_title,
        "submit_label": _("Save"), "back_url": reverse("supervision:series_edit", args=[series.pk]),
    })


@login_required
def rhythm(request):
    require(rules.can_apply_rhythm(request.user))
    return render(request, "supervision/rhythm.html", {"templates": TEMPLATES})


@login_required
def rhythm_apply(request, key):
    require(rules.can_apply_rhythm(request.user))
    template = BY_KEY.get(key)
    if template is None:
        raise Http404
    form = RhythmForm(
        request.POST or None, template=template,
        initial={"day": suggested_first_day(template, timezone.localdate()), "time": template.starts_at,
                 "organiser": request.user.pk},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.rhythm_apply(
                key=key, first_day=data["day"], starts_at=data["time"], organiser=data["organiser"],
                by=request.user, place=data["place"], online_link=data["online_link"],
                skip_bank_holidays=data["skip_bank_holidays"],
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("%(count)s meeting series created. You can change them below.")
                             % {"count": len(created)})
            return redirect("supervision:series_list")
    return render(request, "supervision/rhythm_apply.html", {
        "form": form, "template": template, "page_title": template.title, "submit_label": _("Create"),
        "back_url": reverse("supervision:rhythm"),
    })

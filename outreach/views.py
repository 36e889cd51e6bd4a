from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audit.models import AccessLog
from audit.services import access_record
from outreach import permissions, selectors, services
from outreach.distance.chart import star_chart
from outreach.distance.selectors import journey_of
from outreach.forms import AssignForm, ContactForm, ReferralForm, ReviewForm, SourceForm, StageForm, StepBackForm
from outreach.models import FirstStepper, ReferralSource, Stage
from people.guards import add_errors, require, show_errors


def about(first_stepper):
    """What a refusal about this person logs: whose caseload it was, and which person."""
    return {"subject": first_stepper.peer_supporter, "kind": AccessLog.Kind.FIRST_STEPPER,
            "object_id": first_stepper.pk}


def _first_stepper(pk):
    return get_object_or_404(FirstStepper.objects.select_related("peer_supporter", "source"), pk=pk, erased_at=None)


def _back(request, fallback):
    back = request.POST.get("next", "")
    on_this_site = back.startswith("/") and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()})
    return redirect(back if on_this_site else fallback)


@login_required
@never_cache
def caseload(request):
    """The peer supporter's own people, soonest next contact first: their First Steps diary."""
    if permissions.can_manage_caseloads(request.user) and not permissions.can_see_own_caseload(request.user):
        return redirect("outreach:manage")
    require(permissions.can_see_own_caseload(request.user))
    people = selectors.caseload_for(request.user)
    past = [p for p in selectors.caseload_for(request.user, include_past=True) if not p.is_active]
    today = timezone.localdate()
    return render(request, "outreach/caseload.html", {
        "people": people,
        "past": past,
        "due": [p for p in people if p.next_contact_at and timezone.localtime(p.next_contact_at).date() <= today],
        "can_refer": permissions.can_record_referral(request.user),
    })


@login_required
def referral_new(request):
    require(permissions.can_record_referral(request.user))
    manager = permissions.can_manage_caseloads(request.user)
    form = ReferralForm(request.POST or None, can_assign=manager)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        holder = data.pop("peer_supporter", None) if manager else request.user
        try:
            person = services.referral_record(by=request.user, peer_supporter=holder, **data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Referral for %(name)s saved.") % {"name": person})
            if manager:
                return redirect("outreach:manage")
            return redirect("outreach:first_stepper", pk=person.pk)
    return render(request, "outreach/referral.html", {
        "form": form, "page_title": _("Record a referral"), "submit_label": _("Save the referral"),
        "back_url": reverse("outreach:manage" if manager else "outreach:caseload"),
    })


@login_required
@never_cache
def first_stepper(request, pk):
    person = _first_stepper(pk)
    require(permissions.can_view_first_stepper(request.user, person), **about(person))
    if not permissions.is_own(request.user, person):
        access_record(request=request, kind=AccessLog.Kind.FIRST_STEPPER, subject=person.peer_supporter,
                      object_id=person.pk)
    selectors.first_stepper_facts(person)
    journey = journey_of(person)
    return render(request, "outreach/first_stepper.html", {
        "journey": journey,
        "star_chart": star_chart(journey["rows"], top=journey.get("scale_max", 10), single=journey.get("single")),
        "person": person,
        "contacts": selectors.contacts_of(person),
        "history": person.stage_changes.select_related("by"),
        "reviews": person.reviews.select_related("by"),
        "can_work": permissions.can_work_with(request.user, person),
        "can_assign": permissions.can_manage_caseloads(request.user),
        "can_erase": permissions.can_erase(request.user, person),
        "stage_form": StageForm(initial={"stage": person.stage}),
        "stages": Stage.choices,
    })


@login_required
@never_cache
def contact_new(request, pk):
    """Log a contact in a few taps: what happened is the only thing that must be chosen; the
    next contact is filled in (two days on) and can be changed."""
    person = _first_stepper(pk)
    require(permissions.can_work_with(request.user, person), **about(person))
    form = ContactForm(request.POST or None, needs_next=person.is_active)
    if request.method == "POST" and form.is_valid():
        try:
            contact = services.contact_log(first_stepper=person, by=request.user, **form.service_kwargs())
        except ValidationError as error:
            add_errors(form, error)
        else:
            if selectors.missed_call_prompt(contact) and contact.next_at:
                messages.warning(request, _("They did not answer. Text them the next time you will call: %(when)s.")
                                 % {"when": timezone.localtime(contact.next_at).strftime("%A %d %B, %H:%M")})
            else:
                messages.success(request, _("Contact saved."))
            return redirect("outreach:first_stepper", pk=person.pk)
    return render(request, "outreach/contact.html", {"form": form, "person": person})


@login_required
@require_POST
def stage(request, pk):
    person = _first_stepper(pk)
    require(permissions.can_work_with(request.user, person), **about(person))
    form = StageForm(request.POST)
    if form.is_valid():
        services.stage_change(first_stepper=person, stage=form.cleaned_data["stage"], by=request.user)
        messages.success(request, _("Stage saved."))
    else:
        messages.error(request, _("Choose a stage from the list."))
    return redirect("outreach:first_stepper", pk=pk)


@login_required
def step_back(request, pk):
    person = _first_stepper(pk)
    require(permissions.can_work_with(request.user, person), **about(person))
    form = StepBackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.first_stepper_step_back(first_stepper=person, reason=form.cleaned_data["reason"],
                                             by=request.user)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("You have stepped back. Send %(name)s a last message: the door is always "
                                        "open, and they can get in touch at any time.") % {"name": person})
            return redirect("outreach:first_stepper", pk=pk)
    return render(request, "outreach/form_page.html", {
        "form": form, "page_title": _("Step back"), "caption": str(person), "submit_label": _("Step back"),
        "back_url": reverse("outreach:first_stepper", args=[pk]),
        "intro": _("Knowing when to stop is part of the work. Their history stays, and they can come back at any "
                   "time."),
    })


def _simple_action(service, success):
    @login_required
    @require_POST
    def view(request, pk):
        person = _first_stepper(pk)
        require(permissions.can_work_with(request.user, person), **about(person))
        try:
            service(first_stepper=person, by=request.user)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, success)
        return redirect("outreach:first_stepper", pk=pk)

    return view


re_engage = _simple_action(services.first_stepper_re_engage, _("Welcome back: they are on your caseload again."))
told_about_data = _simple_action(services.first_stepper_told_about_data,
                                 _("Saved: you told them how their information is looked after."))
opt_out = _simple_action(services.first_stepper_opt_out,
                         _("Saved: they asked not to be contacted. Nobody will be prompted to contact them."))


@login_required
@require_POST
def review(request, pk):
    """A supervisor's review of one person, made from the 1:1 page."""
    person = _first_stepper(pk)
    require(permissions.can_review(request.user, person), **about(person))
    form = ReviewForm(request.POST)
    if form.is_valid():
        services.review_record(first_stepper=person, by=request.user, **form.cleaned_data)
        messages.success(request, _("Review of %(name)s saved.") % {"name": person})
    else:
        messages.error(request, _("Choose carry on, change the approach or step back."))
    return _back(request, reverse("outreach:first_stepper", args=[pk]))


@login_required
@never_cache
def manage(request):
    require(permissions.can_manage_caseloads(request.user))
    show = request.GET.get("show", "current")
    if show not in ("current", "unassigned", "move_on", "all"):
        show = "current"
    people = selectors.all_first_steppers(search=request.GET.get("q", "").strip(), show=show)
    return render(request, "outreach/manage.html", {
        "people": people, "show": show, "q": request.GET.get("q", ""),
        "move_on_count": len(selectors.all_first_steppers(show="move_on")) if show != "move_on" else len(people),
    })


@login_required
def assign(request, pk):
    person = _first_stepper(pk)
    require(permissions.can_manage_caseloads(request.user), **about(person))
    form = AssignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.first_stepper_assign(first_stepper=person, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("%(name)s is now on %(holder)s's caseload.")
                             % {"name": person, "holder": form.cleaned_data["peer_supporter"]})
            return redirect("outreach:manage")
    return render(request, "outreach/form_page.html", {
        "form": form, "page_title": _("Choose a peer supporter"), "caption": str(person),
        "submit_label": _("Save"), "back_url": reverse("outreach:manage"),
        "intro": _("Only active volunteers marked to hold a First Steps caseload can be chosen. Mark them on "
                   "their page under People: readiness then asks for the phone and text training."),
    })


@login_required
def sources(request):
    require(permissions.can_manage_caseloads(request.user))
    form = SourceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.referral_source_add(name=form.cleaned_data["name"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Added to the list."))
            return redirect("outreach:sources")
    return render(request, "outreach/sources.html", {"form": form, "sources": ReferralSource.objects.all()})


@login_required
@require_POST
def source_toggle(request, pk):
    require(permissions.can_manage_caseloads(request.user))
    source = get_object_or_404(ReferralSource, pk=pk)
    services.referral_source_toggle(source=source)
    messages.success(request, _("Saved."))
    return redirect("outreach:sources")


@login_required
def erase(request, pk):
    person = _first_stepper(pk)
    require(permissions.can_erase(request.user, person), **about(person))
    if request.method == "POST":
        if request.POST.get("name", "").strip() != person.name:
            messages.error(request, _("Type their name exactly as shown to confirm."))
        else:
            services.first_stepper_erase(first_stepper=person)
            messages.success(request, _("Their details are erased. The contact counts stay, with no name."))
            return redirect("outreach:manage")
    return render(request, "outreach/erase.html", {"person": person})


@login_required
def export(request, pk):
    """Everything held about one first stepper, for a request to see it."""
    from django.http import JsonResponse

    from outreach.export import first_stepper_export

    person = _first_stepper(pk)
    require(permissions.can_erase(request.user, person), **about(person))
    access_record(request=request, kind=AccessLog.Kind.FIRST_STEPPER, subject=person.peer_supporter,
                  object_id=person.pk)
    response = JsonResponse(first_stepper_export(person), json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="first-stepper-{person.pk}.json"'
    response["Cache-Control"] = "no-store"
    return response

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from audit.models import AccessLog
from people import permissions, selectors, services
from people.forms import (
    AcceptInvitationForm,
    FirstStepsForm,
    InvitationForm,
    PlacementForm,
    RolesForm,
    StatusChangeForm,
    StepBackForm,
)
from people.guards import add_errors, posted, require
from people.models import Invitation, Placement, User, VolunteerProfile
from people.roles import Role


@login_required
def people_list(request):
    require(permissions.can_manage_people(request.user))
    search = request.GET.get("q", "").strip()
    role = request.GET.get("role", "")
    if role and role not in Role.values:
        messages.error(request, _("There is no role called “%(role)s”. Showing everyone.") % {"role": role})
        role = ""
    return render(
        request,
        "people/people_list.html",
        {
            "people": selectors.people_for_manager(search=search, role=role),
            "invitations": selectors.pending_invitations(),
            "search": search,
            "role": role,
            "roles": Role.choices,
        },
    )


@login_required
def invite(request):
    require(permissions.can_invite(request.user))
    form = InvitationForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            invitation = services.invitation_create(invited_by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
            return redirect("people:list")
    return render(request, "people/invite.html", {"form": form})


@login_required
@require_POST
def invitation_revoke(request, pk):
    require(permissions.can_invite(request.user))
    invitation = get_object_or_404(Invitation, pk=pk)
    services.invitation_revoke(invitation=invitation)
    messages.success(request, _("The invitation for %(email)s no longer works.") % {"email": invitation.email})
    return redirect("people:list")


def _in_invitation_language(request, invitation):
    """Until the newcomer picks a language on the page themselves, the page their invitation
    leads to speaks the language the manager chose for it, as the e-mail did."""
    if invitation is not None and invitation.language and settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
        translation.activate(invitation.language)
        request.LANGUAGE_CODE = invitation.language


def invitation_accept(request, token):
    invitation, problem = services.invitation_for_token(token)
    _in_invitation_language(request, invitation)
    if problem:
        return render(
            request,
            "people/invitation_problem.html",
            {"problem": problem, "invitation": invitation},
            status=410 if invitation else 404,
        )
    form = AcceptInvitationForm(posted(request), invitation=invitation)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.invitation_accept(invitation=invitation, password=form.cleaned_data["password1"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            # The link reached her at this address, which confirms it: no second e-mail, and
            # she is signed in at once rather than asked to sign in again.
            login(request, user, backend="people.backends.AllauthBackend")
            messages.success(request, _("Welcome to Waymark. Your password is set and you are signed in."))
            return redirect("home")
    return render(request, "people/invitation_accept.html", {"form": form, "invitation": invitation})


@login_required
def person(request, pk):
    subject = get_object_or_404(User, pk=pk)
    require(permissions.can_view_person(request.user, subject), subject=subject)
    subject = selectors.person_with_history(pk)
    profile = getattr(subject, "volunteer_profile", None)
    context = {"subject": subject, "profile": profile,
               "can_read_access_log": permissions.can_read_access_log(request.user)}
    if permissions.can_manage_people(request.user):
        context["roles_form"] = RolesForm(initial={"roles": [g.name for g in subject.groups.all()]})
        if profile:
            context["status_form"] = StatusChangeForm(profile=profile)
    return render(request, "people/person.html", context)


ACCESS_LOG_PAGE_SIZE = 50


@login_required
@never_cache
@require_safe
def access_log(request, pk):
    """Who looked at this person's 1:1 records and check-ins (or, with ?show=by, what they
    looked at), newest first, refused attempts included. Read only: rows never change."""
    subject = get_object_or_404(User, pk=pk)
    require(permissions.can_read_access_log(request.user), subject=subject)
    by_them = request.GET.get("show") == "by"
    rows = AccessLog.objects.by(subject) if by_them else AccessLog.objects.about(subject)
    page = Paginator(rows.select_related("actor", "subject"), ACCESS_LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "people/access_log.html", {"subject": subject, "page": page, "by_them": by_them})


@login_required
def status_change(request, pk):
    profile = get_object_or_404(VolunteerProfile.objects.select_related("user"), user_id=pk)
    require(permissions.can_change_status(request.user, profile))
    form = StatusChangeForm(posted(request), profile=profile)
    if request.method == "POST" and form.is_valid():
        try:
            services.volunteer_status_change(profile=profile, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Status changed."))
            return redirect("people:person", pk=pk)
    return render(request, "people/status_change.html", {"form": form, "profile": profile})


@login_required
def roles_change(request, pk):
    subject = get_object_or_404(User, pk=pk)
    require(permissions.can_manage_people(request.user))
    form = RolesForm(posted(request), initial={"roles": list(subject.groups.values_list("name", flat=True))})
    if request.method == "POST" and form.is_valid():
        services.roles_set(user=subject, roles=form.cleaned_data["roles"])
        messages.success(request, _("Roles saved."))
        return redirect("people:person", pk=pk)
    return render(request, "people/roles_change.html", {"form": form, "subject": subject})


@login_required
def first_steps_change(request, pk):
    profile = get_object_or_404(VolunteerProfile.objects.select_related("user"), user_id=pk)
    require(permissions.can_manage_people(request.user))
    form = FirstStepsForm(posted(request), initial={"first_steps_caseload": profile.first_steps_caseload})
    if request.method == "POST" and form.is_valid():
        services.volunteer_first_steps_set(profile=profile, holds=form.cleaned_data["first_steps_caseload"])
        messages.success(request, _("Saved."))
        return redirect("people:person", pk=pk)
    return render(request, "people/first_steps_change.html", {"form": form, "profile": profile})


@login_required
def step_back(request):
    profile = getattr(request.user, "volunteer_profile", None)
    require(profile is not None and permissions.can_ask_to_step_back(request.user, profile))
    form = StepBackForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.volunteer_step_back(profile=profile, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("You have stepped back. Your manager has been told and will be in touch."))
            return redirect("home")
    return render(request, "people/step_back.html", {"form": form, "profile": profile})


@login_required
def placements(request):
    require(permissions.can_manage_placements(request.user))
    form = PlacementForm(posted(request))
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Placement added."))
        return redirect("people:placements")
    return render(request, "people/placements.html", {"form": form, "placements": Placement.objects.all()})

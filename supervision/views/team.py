from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from audit.models import AccessLog
from audit.services import access_record_read, access_record_reads
from people.guards import add_errors, require
from people.models import SupervisorAssignment
from people.permissions import has_role, is_manager
from people.roles import Role
from people.selectors import current_supervisor_of
from supervision import rules, selectors, services, team_rows
from supervision.chart import trend_chart
from supervision.forms import AssignForm
from supervision.models import Action, CheckIn, Flag, OneToOneRecord

User = get_user_model()


@login_required
def index(request):
    if rules.can_see_team(request.user):
        return redirect("supervision:team")
    require(has_role(request.user, Role.VOLUNTEER))
    return redirect("supervision:mine")


def log_wellbeing_shown(request, rows):
    """The team table shows each supervisee's latest WHO-5 and open flags: one check-in row
    in the access log for each person whose wellbeing it shows, in one INSERT."""
    access_record_reads(request=request, kind=AccessLog.Kind.CHECKIN, shown=[
        (row["volunteer"], row["latest"].pk if row["latest"] else None)
        for row in rows if row["latest"] or row["open_flags"]
    ])


def team_context(request, *, supervisor):
    """The team table (one supervisor's, or everyone's) and the 1:1s the signed-in person was
    asked to move: "My team" and the supervisor's dashboard show the same."""
    rows = selectors.team_for(supervisor=supervisor)
    log_wellbeing_shown(request, rows)
    team_rows.rendered(rows, everyone=supervisor is None)
    return {"rows": rows, "move_requests": selectors.open_move_requests_for(request.user)}


@login_required
@never_cache
def team(request):
    require(rules.can_see_team(request.user))
    supervisor = None if is_manager(request.user) else request.user
    return render(request, "supervision/team.html", {
        **team_context(request, supervisor=supervisor), "everyone": supervisor is None,
    })


@login_required
@never_cache
def volunteer(request, pk):
    person = get_object_or_404(User, pk=pk)
    require(rules.can_see_volunteer(request.user, person), subject=person)
    checkins = list(CheckIn.objects.filter(volunteer=person).order_by("-submitted_at")[:12])
    # Check-ins, flags, actions and the list of 1:1s on one page: logged as one "page" read.
    access_record_read(request=request, kind=AccessLog.Kind.PAGE, subject=person)
    return render(request, "supervision/volunteer.html", {
        "person": person,
        "supervisor": current_supervisor_of(person),
        "checkins": checkins,
        "chart": trend_chart(checkins),
        "flags": Flag.objects.filter(volunteer=person).select_related("checkin", "resolved_by")
        .order_by("-checkin__submitted_at", "checkin_id", "-urgent", "id")[:30],
        "actions": Action.objects.open().filter(volunteer=person).select_related("owner"),
        "records": OneToOneRecord.objects.filter(volunteer=person).select_related("occurrence__series")
        .order_by("-occurrence__starts_at")[:20],
        "meetings": selectors.meetings_for(person),
        "can_book": rules.can_book_for(request.user, request.user, person),
        "live_one_to_one": services.live_one_to_one(supervisor=request.user, volunteer=person),
        "can_assign": rules.can_manage_assignments(request.user),
        "history": SupervisorAssignment.objects.filter(volunteer=person).select_related("supervisor"),
    })


@login_required
def assignments(request):
    require(rules.can_manage_assignments(request.user))
    current = {
        a.volunteer_id: a for a in SupervisorAssignment.objects.current().select_related("supervisor")
    }
    volunteers = User.objects.filter(is_active=True, groups__name=Role.VOLUNTEER.value).order_by("full_name")
    rows = [(v, current.get(v.pk)) for v in volunteers]
    return render(request, "supervision/assignments.html", {"rows": rows})


@login_required
def assign(request, pk):
    require(rules.can_manage_assignments(request.user))
    person = get_object_or_404(User, pk=pk, groups__name=Role.VOLUNTEER.value)
    form = AssignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.supervisor_assign(volunteer=person, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("%(supervisor)s now supervises %(volunteer)s.")
                             % {"supervisor": form.cleaned_data["supervisor"], "volunteer": person})
            return redirect("supervision:assignments")
    return render(request, "supervision/assign.html", {
        "form": form, "current": current_supervisor_of(person), "caption": person.full_name,
        "page_title": _("Choose a supervisor"), "submit_label": _("Save"),
        "back_url": reverse("supervision:assignments"),
    })

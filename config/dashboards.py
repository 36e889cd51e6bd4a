"""The dashboard at `/`: one per role, each built from the app that owns its facts.

This is the one place that knows every app's dashboard, as config/urls.py knows every URL.
"""

from django.db.models import Count

from courses import selectors as courses_selectors
from courses.forms import SessionForm
from people.models import VolunteerProfile
from people.roles import Role
from people.status import Status
from supervision import selectors as supervision_selectors


def volunteer(request):
    profile = getattr(request.user, "volunteer_profile", None)
    context = {
        "profile": profile,
        "can_step_back": profile is not None and profile.status in (Status.ACTIVE, Status.IN_TRAINING),
    }
    # Supervision: the "My supervision" card (supervision/_my_supervision_card.html).
    context["supervision"] = supervision_selectors.my_supervision_card(request.user)
    # Courses: required courses, classroom days, policies, certificates, renewals.
    context["path"] = courses_selectors.my_path(user=request.user, request=request)
    return context


def supervisor(request):
    return {
        "rows": supervision_selectors.team_for(supervisor=request.user),
        "move_requests": supervision_selectors.open_move_requests_for(request.user),
    }


def trainer(request):
    return {
        "sessions": courses_selectors.sessions_for_trainer(request.user),
        "session_form": SessionForm(initial={"trainer": request.user.pk}),
    }


def manager(request):
    counts = dict(
        VolunteerProfile.objects.exclude(user__is_active=False)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    not_yet_active = (
        VolunteerProfile.objects.filter(status__in=[Status.APPLICANT, Status.IN_TRAINING, Status.READY])
        .select_related("user", "placement")
        .order_by("joined_on")
    )
    return {
        "status_counts": [(status, counts.get(status.value, 0)) for status in Status],
        "not_yet_active": not_yet_active,
    }


def content_editor(request):
    return {}


DASHBOARDS = {
    Role.VOLUNTEER: ("dashboards/volunteer.html", volunteer),
    Role.SUPERVISOR: ("dashboards/supervisor.html", supervisor),
    Role.TRAINER: ("dashboards/trainer.html", trainer),
    Role.MANAGER: ("dashboards/manager.html", manager),
    Role.CONTENT_EDITOR: ("dashboards/content_editor.html", content_editor),
}

"""The dashboard at `/`: one per role, each built from the app that owns its facts.

This is the one place that knows every app's dashboard, as config/urls.py knows every URL.
"""

from courses import selectors as courses_selectors
from courses.forms import SessionForm
from people.roles import Role
from people.status import Status
from readiness import selectors as readiness_selectors
from readiness import views as readiness_views
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
    # Readiness: "what's left before I can start", for someone who has not started yet.
    if profile is not None and profile.status in readiness_selectors.NOT_YET_ACTIVE:
        context["readiness"] = readiness_selectors.readiness_for([profile])[profile.user_id]
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


def content_editor(request):
    return {}


DASHBOARDS = {
    Role.VOLUNTEER: ("dashboards/volunteer.html", volunteer),
    Role.SUPERVISOR: ("dashboards/supervisor.html", supervisor),
    Role.TRAINER: ("dashboards/trainer.html", trainer),
    Role.MANAGER: ("readiness/board.html", readiness_views.board_context),
    Role.CONTENT_EDITOR: ("dashboards/content_editor.html", content_editor),
}

"""The dashboard at `/`: one per role, each built from the app that owns its facts.

This is the one place that knows every app's dashboard, as config/urls.py knows every URL.
"""

from django.utils.translation import gettext as _

from courses import editorial as courses_editorial
from courses import selectors as courses_selectors
from courses import session_lists as courses_session_lists
from courses.forms import SessionForm
from people.models import VolunteerProfile
from people.roles import Role
from people.status import Status
from readiness import selectors as readiness_selectors
from readiness import summaries as readiness_summaries
from readiness import views as readiness_views
from supervision import selectors as supervision_selectors
from supervision.selectors import help_numbers
from supervision.views.team import team_context


def _profile_of(user):
    # With the placement the page shows, and kept on the user for whatever asks for it next.
    profile = VolunteerProfile.objects.select_related("placement").filter(user=user).first()
    if profile is not None:
        user.volunteer_profile = profile
    return profile


def next_step(*, supervision, path):
    """The one thing "My path" leads with, in order of urgency: a check-in that is due, then
    the next thing in training (a classroom day to book, a lesson, a policy); None when the
    volunteer is up to date."""
    if supervision is not None and not supervision["checked_in"]:
        return {"kind": "checkin"}
    return courses_selectors.next_in_training(path)


def volunteer(request):
    profile = _profile_of(request.user)
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
        found = readiness_summaries.readiness_stored_or_judged([profile], my_path=context["path"])
        context["readiness"] = found[profile.user_id]
    context["next_step"] = next_step(supervision=context["supervision"], path=context["path"])
    context["help"] = help_numbers()
    return context


def supervisor(request):
    return team_context(request, supervisor=request.user)


def trainer(request):
    return {
        "sessions": courses_session_lists.today_and_later(courses_session_lists.sessions_for_trainer(request.user)),
        "session_form": SessionForm(initial={"trainer": request.user.pk}),
    }


def content_editor(request):
    # Courses: every course and policy with its status and last edit, linking into the editor.
    overview = courses_editorial.content_overview()
    return {"sections": [(_("Courses"), overview["courses"]), (_("Policies"), overview["policies"])]}


DASHBOARDS = {
    Role.VOLUNTEER: ("dashboards/volunteer.html", volunteer),
    Role.SUPERVISOR: ("dashboards/supervisor.html", supervisor),
    Role.TRAINER: ("dashboards/trainer.html", trainer),
    Role.MANAGER: ("readiness/board.html", readiness_views.board_context),
    Role.CONTENT_EDITOR: ("dashboards/content_editor.html", content_editor),
}

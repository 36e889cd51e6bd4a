"""Before an editor publishes a change that moves volunteers from "ready" to "not yet" (a
course made required for them, a policy asked again), they are told how many and asked to
confirm; publishing anything else is not interrupted."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail import hooks

from courses.models import Course, PolicyPage
from readiness import impact

CONFIRMED = "readiness-confirmed"
# Sent by the browser for this request only; the confirmation page carries its own.
NOT_REPEATED = {"csrfmiddlewaretoken", "once_key", CONFIRMED}


def _confirm_if_readiness_changes(request, page_class, page):
    if request.method != "POST" or not request.POST.get("action-publish") or request.POST.get(CONFIRMED):
        return None
    if page_class is Course:
        count = impact.moved_by_course(impact.course_as_posted(page, request.POST))
        reason = _("They must now finish this course before they start.")
    elif page_class is PolicyPage:
        count = impact.moved_by_policy(page, asks_again=bool(request.POST.get("ask_to_reacknowledge")))
        reason = _("They must read this policy (again) before they start.")
    else:
        return None
    if not count:
        return None
    repeated = [name for name in request.POST if name not in NOT_REPEATED]
    fields = [(name, value) for name in repeated for value in request.POST.getlist(name)]
    return TemplateResponse(
        request,
        "readiness/admin/confirm_publish.html",
        {
            "count": count,
            "reason": reason,
            "title": request.POST.get("title") or getattr(page, "title", ""),
            "action": request.get_full_path(),
            "fields": fields,
            "draft_fields": [(name, value) for name, value in fields if name != "action-publish"],
        },
    )


@hooks.register("before_edit_page")
def confirm_publishing_a_change_to_readiness(request, page):
    return _confirm_if_readiness_changes(request, page.specific_class, page)


@hooks.register("before_create_page")
def confirm_publishing_a_new_page_that_changes_readiness(request, parent_page, page_class):
    return _confirm_if_readiness_changes(request, page_class, None)

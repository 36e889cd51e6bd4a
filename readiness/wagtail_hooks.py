"""Before an editor publishes a change that moves volunteers from "ready" to "not yet" (a
course made required for them, a policy asked again), they are told how many and asked to
confirm; publishing anything else is not interrupted.

The confirm step is in the page editor, also when the editor schedules the change (Publish
with a go-live date set): what goes live then is what they confirmed. The page list's bulk
"Publish" has no such step, so it publishes nothing when one of its pages would move
anyone, and says to publish that page from the editor.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

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


def _moved_by_draft(page):
    """How many ready volunteers publishing `page`'s latest draft would move to "not yet"."""
    page_class = page.specific_class
    if page_class not in (Course, PolicyPage):
        return 0
    revision = page.get_latest_revision()
    draft = revision.as_object() if revision is not None else page.specific
    if page_class is Course:
        draft.live = True
        return impact.moved_by_course(draft)
    return impact.moved_by_policy(draft, asks_again=draft.ask_to_reacknowledge)


@hooks.register("before_bulk_action")
def bulk_publish_refuses_changes_to_readiness(request, action_type, objects, action_class_instance):
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live())
    moving = [(page, count) for page in pages if (count := _moved_by_draft(page))]
    for page, count in moving:
        messages.error(
            request,
            ngettext(
                "Publishing “%(title)s” would move %(count)d volunteer who is ready to start now to “not yet”. "
                "Publish it from its editor, where you can confirm. Nothing was published.",
                "Publishing “%(title)s” would move %(count)d volunteers who are ready to start now to “not yet”. "
                "Publish it from its editor, where you can confirm. Nothing was published.",
                count,
            )
            % {"title": page.title, "count": count},
            buttons=[messages.button(f"/cms/pages/{page.pk}/edit/", _("Edit"))],
        )
    return redirect(action_class_instance.next_url) if moving else None

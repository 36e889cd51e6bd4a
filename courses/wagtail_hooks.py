from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.ui.components import Component

from courses.models import ContentCorrection


@hooks.register("before_serve_document")
def documents_are_for_signed_in_people(document, request):
    """Course documents are for people with an account, like the pages that link to them."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


class CorrectionsPanel(Component):
    """On the editor's dashboard: seeded pages with a safety correction waiting as a draft."""

    name = "content_corrections"
    template_name = "courses/admin/corrections_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # The newest correction of each page: a later one was made from the one before.
        newest = {}
        waiting = ContentCorrection.objects.waiting().select_related("page").order_by("page__path", "-created_at")
        for correction in waiting:
            newest.setdefault(correction.page_id, correction)
        context["corrections"] = list(newest.values())
        return context


@hooks.register("construct_homepage_panels")
def add_corrections_panel(request, panels):
    panels.insert(0, CorrectionsPanel())


@hooks.register("before_edit_page")
def say_a_correction_is_waiting(request, page):
    """Tell the editor of a page with a correction waiting what it is and how to take it."""
    if request.method != "GET":
        return None
    correction = ContentCorrection.objects.waiting().filter(page_id=page.pk).order_by("-created_at").first()
    if correction is None:
        return None
    text = _(
        "A safety correction to this page is waiting as a draft. What you see below is the corrected draft; "
        "the live page has not changed. Compare it with the live page (History, then Compare), copy back any "
        "change of your own, then publish."
    )
    if correction.editor_changed:
        text += " " + _("Someone had edited this page before, so check their changes are kept.")
    messages.warning(request, text)
    return None

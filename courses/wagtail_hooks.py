from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from courses import editorial, publishing
from courses.models import ContentCorrection, Lesson, PolicyPage


@hooks.register("before_serve_document")
def documents_are_for_signed_in_people(document, request):
    """Course documents are for people with an account, like the pages that link to them."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return None


def _refuse(request, problems_by_page, back_to):
    for page, problems in problems_by_page.items():
        messages.error(
            request,
            _("“%(title)s” cannot go live yet: %(problems)s Nothing was published.")
            % {"title": page.title, "problems": " ".join(problems)},
            buttons=[messages.button(f"/cms/pages/{page.pk}/edit/", _("Edit"))],
        )
    return redirect(back_to)


def _as_published(pages):
    """Each page as it would go live: its latest revision (what publishing would make live)."""
    for page in pages:
        revision = page.get_latest_revision()
        yield revision.as_object() if revision is not None else page.specific


@hooks.register("before_bulk_action")
def bulk_publish_checks_every_page(request, action_type, objects, action_class_instance):
    """The page list's "Publish" applies the same check as the edit form, to every page it
    would publish (and the drafts below them when asked), and publishes none if one fails."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live())
    problems = publishing.pages_problems(_as_published(pages))
    if problems:
        return _refuse(request, problems, action_class_instance.next_url)
    return None


@hooks.register("before_copy_page")
def copies_go_live_only_when_complete(request, page):
    """ "Copy" with "Publish copies" puts the pages live at once: check them first."""
    if request.method != "POST" or not request.POST.get("publish_copies"):
        return None
    pages = [page]
    if request.POST.get("copy_subpages"):
        pages += list(page.get_descendants().live())
    # A copy goes live with the page's live content.
    problems = publishing.pages_problems(p.specific for p in pages if p.live)
    if problems:
        return _refuse(request, problems, request.get_full_path())
    return None


class ContentOverviewPanel(Component):
    """The content editor's home in the admin: every course and policy, its status and last edit."""

    name = "waymark_content_overview"
    template_name = "courses/admin/content_overview_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        overview = editorial.content_overview()
        return {"sections": [(_("Courses"), overview["courses"]), (_("Policies"), overview["policies"])]}


@hooks.register("construct_homepage_panels")
def courses_and_policies_first(request, panels):
    panels.insert(0, ContentOverviewPanel())


def _tell_about_records(request, page, doing):
    records = editorial.learner_records_for(page)
    if not records:
        return
    who = ngettext(
        "1 person has learning records on “%(title)s” or the pages inside it (%(completions)s lessons finished).",
        "%(people)s people have learning records on “%(title)s” or the pages inside it "
        "(%(completions)s lessons finished).",
        records.people,
    )
    if doing == "delete":
        text = who + " " + _(
            "Deleting keeps their records and their %(certificates)s certificates, with the page’s title, "
            "but no one can open the page again."
        )
    else:
        text = who + " " + _(
            "Lessons finished stay with the course they were finished in: moved to another course, "
            "they count there only when done again."
        )
    messages.warning(
        request,
        text
        % {
            "people": records.people,
            "title": page.title,
            "completions": records.completions,
            "certificates": records.certificates,
        },
    )


@hooks.register("before_delete_page")
def say_who_a_delete_affects(request, page):
    if request.method == "GET":
        _tell_about_records(request, page, "delete")


# Before the records message: a page that cannot be deleted is not "kept with its title".
@hooks.register("before_delete_page", order=-1)
def keep_pages_with_classroom_sessions(request, page):
    """A course or module with classroom sessions keeps them (and their registers): the editor
    is told why it cannot be deleted and what to do instead, rather than meeting an error."""
    sessions = editorial.classroom_sessions_under(page)
    if not sessions:
        return None
    return TemplateResponse(request, "courses/admin/cannot_delete.html", {"page": page, "sessions": sessions})


@hooks.register("before_move_page")
def say_who_a_move_affects(request, page, destination):
    if request.method == "GET":
        _tell_about_records(request, page, "move")


class OpensTheEditor(ExplorableIndexView):
    """Lessons and policies have no pages inside them: choosing one in the page explorer opens it
    in the editor rather than an empty list."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("wagtailadmin_pages:edit", kwargs["parent_page_id"])


class LeafPageViewSet(PageViewSet):
    index_view_class = OpensTheEditor

    @cached_property
    def parent_models(self):
        return [self.model]


@hooks.register("register_admin_viewset")
def lessons_and_policies_open_in_the_editor():
    return [
        LeafPageViewSet("lesson_pages", model=Lesson),
        LeafPageViewSet("policy_pages", model=PolicyPage),
    ]


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

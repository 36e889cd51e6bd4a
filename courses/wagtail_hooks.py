from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

from courses import publishing


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

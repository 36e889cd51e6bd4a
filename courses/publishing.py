"""What may go live: one check for every route that publishes a page.

The edit form, the page list's "Publish" bulk action, scheduled publishing, "Revert" and
"Copy" (with "Publish copies") all end by saving the page with ``live=True``; the learning
pages refuse that save while their content is incomplete (courses.models.pages.SignedInPage).
A draft may be half-written (Wagtail defers "required" checks when saving a draft); only what
learners would see must be complete.
"""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _
from wagtail.fields import StreamField
from wagtail.models import Page


def _messages_of(error):
    if hasattr(error, "messages") and not hasattr(error, "block_errors"):
        return list(error.messages)
    messages = []
    for item in getattr(error, "non_block_errors", []) or []:
        messages += _messages_of(item) if isinstance(item, ValidationError) else [str(item)]
    return messages


def _describe(block, value, error, where):
    """Plain sentences for a block validation error, each saying where the problem is."""
    found = []
    for message in _messages_of(error):
        found.append(f"{where}: {message}" if where else message)
    block_errors = getattr(error, "block_errors", None) or {}
    for key, child_error in block_errors.items():
        if isinstance(child_error, list | tuple) or child_error.__class__.__name__ == "ErrorList":
            child_error = child_error[0] if len(child_error) else None
            if child_error is None:
                continue
        child_block, child_value, label = _child(block, value, key)
        place = f"{where} › {label}" if where else label
        found += _describe(child_block, child_value, child_error, place)
    return found


def _child(block, value, key):
    from wagtail import blocks

    if isinstance(block, blocks.StreamBlock):
        try:
            child = value[key]
        except (IndexError, KeyError, TypeError):
            return None, None, _("Part %(number)s") % {"number": key + 1}
        return (
            child.block,
            child.value,
            _("Part %(number)s (%(kind)s)")
            % {
                "number": key + 1,
                "kind": str(child.block.label).lower(),
            },
        )
    if isinstance(block, blocks.StructBlock):
        child_block = block.child_blocks.get(key)
        label = child_block.label if child_block is not None else key
        return child_block, (value or {}).get(key) if hasattr(value, "get") else None, str(label)
    if isinstance(block, blocks.ListBlock):
        items = list(value) if value is not None else []
        child_value = items[key] if isinstance(key, int) and key < len(items) else None
        label = _("number %(number)s") % {"number": key + 1} if isinstance(key, int) else str(key)
        return block.child_block, child_value, label
    return None, None, str(key)


def publish_problems(page):
    """What stops `page` going live, in plain sentences: each StreamField checked as fully as
    the edit form checks it when publishing (nothing deferred). Empty when it may go live."""
    problems = []
    for field in page._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        value = getattr(page, field.name)
        try:
            field.stream_block.clean(value)
        except ValidationError as error:
            found = _describe(field.stream_block, value, error, "")
            problems += found or [_("Something in the page is not complete.")]
    return problems


def pages_problems(pages):
    """{page: [problems]} for each page that may not go live as it is now."""
    found = {}
    for page in pages:
        problems = publish_problems(page.specific if hasattr(page, "specific") else page)
        if problems:
            found[page] = problems
    return found


class NotReadyToPublish(ValidationError):
    """Raised when a learning page would be saved live with incomplete content."""

    def __init__(self, page, problems):
        self.page = page
        self.problems = problems
        message = _("“%(title)s” cannot go live yet: %(problems)s") % {
            "title": page.title,
            "problems": " ".join(problems),
        }
        # As a dictionary, so Wagtail's admin API can report it like any other form error.
        super().__init__({NON_FIELD_ERRORS: [message]})


def scheduled_changes_publish():
    """Put live what editors scheduled, and take down what has expired (Wagtail's
    publish_scheduled), after taking off the schedule any change that may not go live: it would
    otherwise fail every minute. The person who scheduled it is told by e-mail.

    Returns how many scheduled changes were refused."""
    from django.core.management import call_command
    from django.utils import timezone
    from wagtail.models import Revision

    refused = 0
    for revision in Revision.objects.filter(approved_go_live_at__lt=timezone.now()).select_related("user"):
        content = revision.as_object()
        if not isinstance(content, Page) or not hasattr(content, "publish_problems"):
            continue
        problems = content.publish_problems()
        if not problems:
            continue
        # Claimed, so two runs at once tell the editor once.
        claimed = Revision.objects.filter(pk=revision.pk, approved_go_live_at__isnull=False).update(
            approved_go_live_at=None
        )
        if claimed == 1:
            refused += 1
            _tell_scheduler(revision=revision, page=content, problems=problems)
    call_command("publish_scheduled", stdout=_Quiet())
    return refused


class _Quiet:
    def write(self, text):
        return len(text)

    def flush(self):
        pass


def _tell_scheduler(*, revision, page, problems):
    import logging

    from django.conf import settings

    from outbox.emails import email_from_templates

    logging.getLogger(__name__).warning("Scheduled change to page %s not published: %s", page.pk, problems)
    if revision.user is None or not revision.user.email:
        return
    context = {
        "page": page,
        "problems": problems,
        "link": f"{settings.SITE_URL}/cms/pages/{page.pk}/edit/",
        "person": revision.user,
    }
    email_from_templates("courses/email/schedule_refused", context, [revision.user.email]).send()

"""Personal data that the libraries Waymark uses keep (accounts and sign-ins, the content
admin, Django's admin), and privacy's own erasure record. Each Waymark app declares its own
in <app>/personal_data.py; privacy/inventory.py collects them all."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.utils.translation import gettext_lazy as _
from wagtail.admin.models import EditingSession, FormState
from wagtail.models import APIToken, Comment, CommentReply, ModelLogEntry, Page, PageSubscription, UploadedFile
from wagtail.users.models import UserProfile

from privacy import erasers
from privacy.inventory import Kind, label, local, mentioning, register

register(
    Kind(
        "email_addresses", "account.EmailAddress", ("user",),
        lambda p: EmailAddress.objects.filter(user=p),
        erasers.delete,
        _("Their e-mail addresses are deleted."),
        columns=(("id", "id"), ("email", "email"), ("verified", "verified"), ("primary", "primary")),
        description=_("E-mail addresses on their account."),
    ),
    Kind(
        "two_step_sign_in", "mfa.Authenticator", ("user",),
        lambda p: Authenticator.objects.filter(user=p),
        erasers.delete,
        _("Their two-step sign-in (authenticator app and recovery codes) is deleted."),
        columns=(("id", "id"), ("type", label("type")), ("created_at", local("created_at")),
                 ("last_used_at", local("last_used_at"))),
        description=_("Two-step sign-in methods set up (the secrets themselves are never exported)."),
    ),
    Kind(
        "sign_ins", "usersessions.UserSession", ("user",),
        lambda p: UserSession.objects.filter(user=p),
        erasers.sign_ins,
        _("They are signed out everywhere and the list of their sign-ins is deleted."),
        columns=(("id", "id"), ("created_at", local("created_at")), ("last_seen_at", local("last_seen_at")),
                 ("ip", "ip"), ("user_agent", "user_agent")),
        retention="sessions",
        description=_("Sign-ins: when, from which internet address and which browser."),
    ),
    Kind(
        "sessions", "sessions.Session", (),
        lambda p: Session.objects.none(),
        erasers.sessions,
        _("Any other session they still have is ended."),
        not_exported=_("Session keys are secrets; sign_ins lists each sign-in."),
        retention="sessions",
    ),
    Kind(
        "cms_comments", "wagtailcore.Comment", ("user",),
        lambda p: Comment.objects.filter(user=p).select_related("page"),
        erasers.delete,
        _("Comments they wrote in the content admin are deleted."),
        columns=(("id", "id"), ("page", "page.title"), ("text", "text"), ("created_at", local("created_at"))),
        description=_("Comments they wrote on course or policy pages in the content admin."),
    ),
    Kind(
        "cms_comment_replies", "wagtailcore.CommentReply", ("user",),
        lambda p: CommentReply.objects.filter(user=p),
        erasers.delete,
        _("Replies they wrote to comments in the content admin are deleted."),
        columns=(("id", "id"), ("comment_id", "comment_id"), ("text", "text"), ("created_at", local("created_at"))),
        description=_("Replies they wrote to comments in the content admin."),
    ),
    Kind(
        "cms_preferences", "wagtailusers.UserProfile", ("user",),
        lambda p: UserProfile.objects.filter(user=p),
        erasers.cms_profile, _("Their content admin settings and picture are deleted."),
        not_exported=_("Display settings of the content admin (language, time zone, picture) only."),
    ),
    Kind(
        "cms_subscriptions", "wagtailcore.PageSubscription", ("user",),
        lambda p: PageSubscription.objects.filter(user=p),
        erasers.delete, _("Their content admin notification choices are deleted."),
        not_exported=_("Which pages' comments they chose to be e-mailed about."),
    ),
    Kind(
        "cms_editing_sessions", "wagtailadmin.EditingSession", ("user",),
        lambda p: EditingSession.objects.filter(user=p),
        erasers.delete, _("Notes of which pages they had open are deleted."),
        not_exported=_("Kept for a few minutes to warn two editors of the same page."),
    ),
    Kind(
        "cms_form_drafts", "wagtailadmin.FormState", ("user",),
        lambda p: FormState.objects.filter(user=p),
        erasers.delete, _("Unsaved drafts of content admin forms are deleted."),
        not_exported=_("Unsaved edits of a content page, about the content."),
    ),
    Kind(
        "cms_api_tokens", "wagtailcore.APIToken", ("user",),
        lambda p: APIToken.objects.filter(user=p),
        erasers.delete, _("Their content admin API keys are deleted."),
        not_exported=_("Keys are secrets."),
    ),
    Kind(
        "cms_uploads_in_progress", "wagtailcore.UploadedFile", ("uploaded_by_user",),
        lambda p: UploadedFile.objects.filter(uploaded_by_user=p),
        erasers.uploaded_files, _("Files they were part way through uploading are deleted."),
        not_exported=_("Files part way through being added as documents or images, about the content."),
    ),
    Kind(
        "cms_page_locks", "wagtailcore.Page", ("locked_by",),
        lambda p: Page.objects.filter(locked_by=p),
        erasers.page_locks, _("Pages they locked for editing are unlocked."),
        not_exported=_("A lock on a page while it is edited."),
    ),
    Kind(
        "admin_history_names", "admin.LogEntry", (),
        mentioning(LogEntry, "object_repr"),
        erasers.history_labels("object_repr"), _("Their name is taken out of the admin's history of changes."),
        not_exported=_("The superusers' admin history: what was changed, not about the person."),
    ),
    Kind(
        "cms_history_names", "wagtailcore.ModelLogEntry", (),
        mentioning(ModelLogEntry, "label"),
        erasers.history_labels("label"), _("Their name is taken out of the content admin's history."),
        not_exported=_("The content admin's history: what was changed, not about the person."),
    ),
    acted_on={
        "privacy.ErasureRecord.by": "who carried out an erasure",
        "wagtailcore.Page.owner": "who created a content page",
        "wagtailcore.Revision.user": "who saved a version of content",
        "wagtailcore.PageLogEntry.user": "who changed a content page",
        "wagtailcore.ModelLogEntry.user": "who changed content",
        "wagtailcore.WorkflowState.requested_by": "who asked for content to be approved",
        "wagtailcore.TaskState.finished_by": "who approved content",
        "wagtailcore.Comment.resolved_by": "who resolved a content comment",
        "wagtaildocs.Document.uploaded_by_user": "who added a document",
        "wagtailimages.Image.uploaded_by_user": "who added an image",
        "admin.LogEntry.user": "a superuser's change in the admin (superusers cannot be erased here)",
    },
)

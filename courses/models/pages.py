"""Wagtail pages: the learning hub, courses, modules, lessons, and policies.

Pages hold content only. What a learner does (completions, attempts, answers, bookings)
lives in plain models with foreign keys to the page.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction

from courses import content_cache, publishing
from courses.blocks import LessonBodyBlock, PolicyBodyBlock

# What a learner sees beside each page type's content (their progress, answers, bookings),
# {page class: function(page, request) -> dict}, filled in by courses.page_contexts when the
# app is ready: pages hold content and never import the reads that import them.
LEARNER_CONTEXT = {}


class Category(models.TextChoices):
    INDUCTION = "induction", _("Induction")
    REQUIRED = "required", _("Required")
    ONGOING = "ongoing", _("Ongoing learning")
    PLACEMENT = "placement", _("For a placement")


# Courses in these categories must be done (by the people they are for) before starting.
REQUIRED_CATEGORIES = (Category.INDUCTION, Category.REQUIRED, Category.PLACEMENT)


class Delivery(models.TextChoices):
    ONLINE = "online", _("Online")
    CLASSROOM = "classroom", _("In a classroom")
    BLENDED = "blended", _("Online and in a classroom")


class LearningPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's words ("as seen by the public") are not true here: learning is for signed-in people.
        if "title" in self.fields:
            self.fields["title"].help_text = _("The title learners see.")
        if "slug" in self.fields:
            self.fields["slug"].help_text = _(
                "The last part of the page’s address in the learning site. Changing it breaks links people saved."
            )


class SignedInPage(Page):
    """Learning pages are for signed-in people only."""

    base_form_class = LearningPageForm
    # Nothing here is found by search engines (robots.txt, sign-in), so the Promote tab keeps
    # only the page's address.
    promote_panels = [FieldPanel("slug")]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)

    def publish_problems(self):
        """What stops this page going live, in plain sentences (courses.publishing)."""
        return publishing.publish_problems(self)

    @classmethod
    def from_db(cls, db, field_names, values):
        page = super().from_db(db, field_names, values)
        page._stored_live_revision_id = page.__dict__.get("live_revision_id")
        return page

    def save(self, *args, clean=True, **kwargs):
        # Every route that publishes (edit form, bulk action, schedule, revert, copy, API) ends
        # here with live=True and a new live revision (or a new page); drafts are saved with
        # live=False or clean=False. Moving or renaming what is already live is not publishing.
        going_live = self.live and getattr(self, "_stored_live_revision_id", object()) != self.live_revision_id
        if clean and going_live:
            problems = self.publish_problems()
            if problems:
                raise publishing.NotReadyToPublish(self, problems)
        return super().save(*args, clean=clean, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        learner_context = LEARNER_CONTEXT.get(type(self))
        if learner_context is not None:
            context.update(learner_context(self, request))
        return context

    def get_view_restrictions(self):
        """Wagtail asks this before serving a page, at two queries a time. Waymark's pages are
        for signed-in people anyway and editors seldom restrict one further, so while no page
        has a restriction at all the (cached) answer is none; once one does, Wagtail checks."""
        if not content_cache.view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class LearningHub(SignedInPage):
    intro = models.TextField(blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.Course", "courses.PoliciesIndex"]
    max_count = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("learning hub")

    def route(self, request, path_components):
        """Find the page at a path under the hub in one query (every page on the path; the last
        one's own fields come from courses.content_cache) instead of Wagtail's two for each level.
        None of the page types under the hub routes on its own."""
        if not path_components:
            return super().route(request, path_components)
        url_paths = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        found = {page.url_path: page for page in Page.objects.descendant_of(self).filter(url_path__in=url_paths)}
        if len(found) != len(url_paths):
            raise Http404
        parent = self
        for url_path in url_paths[:-1]:
            found[url_path]._cached_parent_obj = parent
            parent = found[url_path]
        page = content_cache.specific_page(found[url_paths[-1]])
        # As Wagtail does, so templates that ask for the parent page cost no query.
        page._cached_parent_obj = parent
        return page.route(request, [])


class Course(SignedInPage):
    summary = models.TextField(_("summary"))
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=Category.choices,
        default=Category.REQUIRED,
        help_text=_(
            "Induction, Required and For a placement courses must be finished before a volunteer is "
            "ready to start. Changing this changes who is ready to start."
        ),
    )
    delivery = models.CharField(_("delivery"), max_length=20, choices=Delivery.choices, default=Delivery.ONLINE)
    estimated_minutes = models.PositiveIntegerField(_("estimated time in minutes"), default=60)
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), default=0, help_text=_("0 means it never needs renewing.")
    )
    for_roles = ParentalManyToManyField(
        Group,
        blank=True,
        related_name="+",
        help_text=_(
            "Who must take it. Leave empty for everyone. For a required course, this changes who is ready to start."
        ),
    )
    for_placements = ParentalManyToManyField(
        "people.Placement",
        blank=True,
        related_name="+",
        help_text=_(
            "Only for people in these placements. Leave empty for every placement. "
            "For a required course, this changes who is ready to start."
        ),
    )
    for_first_steps = models.BooleanField(
        _("also for First Steps caseloads"),
        default=False,
        help_text=_(
            "Also required before starting of everyone who will hold a First Steps caseload, whatever their "
            "placement. This changes who is ready to start."
        ),
    )
    prerequisites = ParentalManyToManyField("courses.Course", blank=True, related_name="+")
    accreditation = models.TextField(
        _("accreditation statement"), blank=True, help_text=_("Printed on the certificate.")
    )

    parent_page_types = ["courses.LearningHub"]
    subpage_types = ["courses.Module"]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("delivery"),
                FieldPanel("estimated_minutes"),
                FieldPanel("validity_months"),
                FieldPanel("accreditation"),
            ],
            heading=_("About the course"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("for_roles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("for_placements", widget=forms.CheckboxSelectMultiple),
                FieldPanel("for_first_steps"),
                FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who takes it"),
        ),
    ]

    class Meta:
        verbose_name = _("course")

    @property
    def is_required(self):
        return self.category in REQUIRED_CATEGORIES

    @property
    def accreditation_statement(self):
        """The course's accreditation statement, naming the accrediting body when the
        organisation has set one (WAYMARK_ACCREDITATION_BODY); never a claim with no name."""
        if not self.accreditation:
            return ""
        body = settings.WAYMARK_ACCREDITATION_BODY
        if not body:
            return self.accreditation
        return _("Accredited by %(body)s.") % {"body": body} + " " + self.accreditation


class Module(SignedInPage):
    summary = models.TextField(_("summary"), blank=True)
    classroom_day = models.PositiveSmallIntegerField(
        _("classroom day"),
        null=True,
        blank=True,
        help_text=_("If this module is taught in a classroom, which day (1 to 4). Attending is needed to finish."),
    )

    parent_page_types = ["courses.Course"]
    subpage_types = ["courses.Lesson"]

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("classroom_day")]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module is a heading on its course's page, not a page of its own.
        from django.shortcuts import redirect

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")


class Lesson(SignedInPage):
    estimated_minutes = models.PositiveIntegerField(_("estimated time in minutes"), default=15)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, help_text=_("The score needed in the knowledge check to finish the lesson.")
    )
    body = StreamField(LessonBodyBlock(), blank=True)

    parent_page_types = ["courses.Module"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("pass_mark"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def knowledge_check(self):
        """The lesson's knowledge check as a list of questions with their stable ids, or None."""
        for child in self.body:
            if child.block_type == "knowledge_check":
                return [
                    {
                        "id": question.id,
                        "kind": question.value["kind"],
                        "text": question.value["text"],
                        "hint": question.value.get("hint") or "",
                        "options": [
                            {"id": option.id, **dict(option.value)} for option in question.value["options"].bound_blocks
                        ],
                    }
                    for question in child.value["questions"].bound_blocks
                ]
        return None

    def reflection_ids(self):
        return {child.id for child in self.body if child.block_type == "reflection"}


class PoliciesIndex(SignedInPage):
    intro = models.TextField(blank=True)

    parent_page_types = ["courses.LearningHub"]
    subpage_types = ["courses.PolicyPage"]
    max_count = 1

    content_panels = Page.content_panels + [FieldPanel("intro")]

    class Meta:
        verbose_name = _("policies index")


class PolicyPageForm(LearningPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Asking everyone again is a choice made for each revision, never carried over; so is the
        # note of what changed, unless it belongs to a draft not published yet.
        self.initial["ask_to_reacknowledge"] = False
        if not getattr(self.instance, "has_unpublished_changes", False):
            self.initial["version_note"] = ""


class PolicyPage(SignedInPage):
    summary = models.TextField(_("summary"))
    version_note = models.CharField(
        _("what changed"), max_length=250, blank=True, help_text=_("A short note about this version.")
    )
    ask_to_reacknowledge = models.BooleanField(
        _("ask everyone to read it again"),
        default=False,
        help_text=_(
            "Tick when the change matters: once you publish, earlier acknowledgements are out of date, and "
            "volunteers who have not read it again are not ready to start."
        ),
    )
    body = StreamField(PolicyBodyBlock(), blank=True)

    parent_page_types = ["courses.PoliciesIndex"]
    subpage_types = []
    base_form_class = PolicyPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("version_note"), FieldPanel("ask_to_reacknowledge")], heading=_("This version")),
    ]

    class Meta:
        verbose_name = _("policy")
        verbose_name_plural = _("policies")

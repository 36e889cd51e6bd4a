"""The blocks an editor builds a lesson or a policy from.

Knowledge-check questions and options are ListBlock items, so each carries a UUID that
Wagtail keeps across revisions. Attempts store those ids (and a snapshot of the wording),
which is why editing a quiz later never breaks an earlier attempt.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class CalloutKind:
    TIP = "tip"
    WARNING = "warning"
    WORRIED = "worried"
    CHOICES = [
        (TIP, _("Tip")),
        (WARNING, _("Warning")),
        (WORRIED, _("If you are worried about someone")),
    ]


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    CHOICES = [
        (SINGLE, _("Choose one answer")),
        (MULTIPLE, _("Choose all the answers that are right")),
        (TRUE_FALSE, _("True or false")),
    ]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        form_classname = "title"
        description = _("A heading that starts a new part of the lesson.")


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/text.html"
        description = _("Paragraphs of teaching text, with lists and links.")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_("Describe the picture for someone who cannot see it. Required."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        description = _("A picture with a description for screen readers.")


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=_("The address of the video, for example on YouTube or Vimeo."))
    title = blocks.CharBlock(max_length=200, help_text=_("What the video is about."))
    transcript = blocks.TextBlock(required=False, help_text=_("A written version, for people who cannot listen."))

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        description = _("An embedded video, with a title and transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=200, help_text=_("What the document is, in a few words."))

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document.html"
        description = _("A document learners can download.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=CalloutKind.CHOICES, default=CalloutKind.TIP)
    title = blocks.CharBlock(max_length=200)
    text = blocks.TextBlock()

    class Meta:
        icon = "warning"
        label_format = "{title}"
        template = "courses/blocks/callout.html"
        description = _("A box that stands out: a tip, a warning, or what to do if you are worried about someone.")


class NationBlock(blocks.StructBlock):
    """Text that differs between England and Wales, such as the law or a help line. Learners see
    the version for where the organisation works (the WAYMARK_NATION setting)."""

    england = TextBlock(label=_("In England"))
    wales = TextBlock(label=_("In Wales"))

    class Meta:
        icon = "site"
        template = "courses/blocks/nation.html"
        description = _("Text that is different in England and in Wales, such as the law or a help line.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["in_wales"] = settings.WAYMARK_NATION == "wales"
        return context


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(help_text=_("A question for the learner to think about and answer privately."))

    class Meta:
        icon = "openquote"
        template = "courses/blocks/reflection.html"
        description = _("A question the learner answers in private. Only they can read the answer.")


def _words_comparison():
    """Comparing revisions shows what an editor chose in words ("Choose one answer", "Right
    answer"), not the stored values (`single`, `True`)."""
    from django.utils.html import escape
    from wagtail.admin.compare import BlockComparison, diff_text

    class InWords(BlockComparison):
        def htmlvalue(self, val):
            return escape(self.block.in_words(val))

        def htmldiff(self):
            return diff_text(self.block.in_words(self.val_a), self.block.in_words(self.val_b)).to_html()

    return InWords


class KindBlock(blocks.ChoiceBlock):
    def in_words(self, value):
        return str(dict(QuestionKind.CHOICES).get(value, value or ""))

    def get_comparison_class(self):
        return _words_comparison()


class RightAnswerBlock(blocks.BooleanBlock):
    def in_words(self, value):
        return str(_("Right answer") if value else _("Not a right answer"))

    def get_comparison_class(self):
        return _words_comparison()


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = RightAnswerBlock(required=False, help_text=_("Tick if this answer is right."))
    feedback = blocks.TextBlock(required=False, help_text=_("Shown after the learner answers, if they chose this."))

    class Meta:
        icon = "radio-full"
        # Shown on a collapsed answer, so an editor can find it without opening each one.
        label_format = "{text}"


EMPTY_OPTION = {"text": "", "correct": False, "feedback": ""}


class QuestionBlock(blocks.StructBlock):
    kind = KindBlock(choices=QuestionKind.CHOICES, default=QuestionKind.SINGLE)
    text = blocks.TextBlock()
    # A question needs at least two answers, so a new one starts with two to fill in.
    options = blocks.ListBlock(OptionBlock(), min_num=2, default=[EMPTY_OPTION, EMPTY_OPTION])
    hint = blocks.CharBlock(
        required=False,
        max_length=300,
        help_text=_(
            "What to re-read if this is answered wrongly, for example: Re-read “Keeping the group safe”. "
            "Never give the answer. If left empty, Waymark points to the part of the lesson that matches."
        ),
    )

    class Meta:
        icon = "help"
        label_format = "{text}"

    def in_words(self, value):
        if not value:
            return ""
        kind = self.child_blocks["kind"].in_words(value.get("kind"))
        right = self.child_blocks["options"].child_block.child_blocks["correct"]
        answers = "; ".join(
            f"{option.get('text', '')} ({right.in_words(option.get('correct'))})"
            for option in value.get("options") or []
        )
        return f"{value.get('text', '')} [{kind}] {answers}"

    def get_comparison_class(self):
        return _words_comparison()

    def clean(self, value):
        value = super().clean(value)
        # A draft may be half-written; publishing checks the answers (courses.publishing).
        if getattr(self, "is_deferred_validation", False):
            return value
        right = sum(1 for option in value["options"] if option["correct"])
        if right == 0:
            raise ValidationError(_("Mark at least one answer as right."))
        if value["kind"] != QuestionKind.MULTIPLE and right > 1:
            raise ValidationError(_("Only one answer can be right for this kind of question."))
        return value


class KnowledgeCheckBlock(blocks.StructBlock):
    intro = blocks.TextBlock(required=False, help_text=_("A sentence before the questions."))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "tick-inverse"
        template = "courses/blocks/knowledge_check.html"
        description = _("Questions the learner must pass to finish the lesson. The pass mark is set on the lesson.")

    def in_words(self, value):
        if not value:
            return ""
        question_block = self.child_blocks["questions"].child_block
        lines = [value.get("intro") or ""]
        lines += [
            f"{number}. {question_block.in_words(question)}"
            for number, question in enumerate(value.get("questions") or [], start=1)
        ]
        return "\n".join(line for line in lines if line)

    def get_comparison_class(self):
        return _words_comparison()


class PolicyBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    nation = NationBlock()
    callout = CalloutBlock()
    document = DocumentBlock()


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = TextBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    nation = NationBlock()
    callout = CalloutBlock()
    reflection = ReflectionBlock()
    knowledge_check = KnowledgeCheckBlock()

    class Meta:
        block_counts = {"knowledge_check": {"max_num": 1}}

"""Lesson content blocks: one StructBlock per unit of teaching content."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        label = _("Heading")
        description = _("A section heading within the lesson.")
        preview_value = {"text": "Vətəndaşın qarşılanması", "level": "h2"}


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image.html"
        label = _("Image with caption")
        description = _("An illustration with alternative text and a caption.")


class VideoBlock(blocks.StructBlock):
    """A video file served by the site itself (no third-party player or CDN)."""

    video = DocumentChooserBlock(
        label=_("Video file"), help_text=_("An MP4 or WebM file from the documents.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("The spoken text, for people who cannot listen."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        label = _("Video")
        description = _("An embedded video with an optional transcript.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    description = blocks.CharBlock(
        label=_("Description"), required=False, max_length=300
    )

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document.html"
        label = _("Document download")
        description = _("A file to download, such as a regulation or a form.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("standard", _("Service standard")),
            ("legal", _("Legal note")),
            ("tip", _("Good practice")),
            ("warning", _("Warning")),
        ],
        default="standard",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=250,
        help_text=_("E.g. the rule or law it comes from."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(self.child_blocks["kind"].field.choices).get(
            value["kind"], ""
        )
        return context

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout.html"
        label = _("Callout")
        description = _("A highlighted service standard, legal note, tip or warning.")
        preview_value = {
            "kind": "standard",
            "title": "Nəzakətlilik",
            "text": "<p>Vətəndaşı ayağa qalxaraq və gülümsəyərək qarşılayın.</p>",
        }


class ProcedureStepBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("What to do"), features=RICH_TEXT_FEATURES)
    screenshot = ImageChooserBlock(label=_("Screenshot"), required=False)
    screenshot_alt = blocks.CharBlock(
        label=_("Screenshot description"), required=False, max_length=250
    )


class ProcedureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Procedure"), max_length=200)
    system = blocks.CharBlock(
        label=_("System"),
        required=False,
        max_length=100,
        help_text=_("The e-government system used, e.g. ASAN Login."),
    )
    steps = blocks.ListBlock(ProcedureStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "courses/blocks/procedure.html"
        label = _("Numbered procedure")
        description = _("Step-by-step walk-through of an e-government process.")


class QuizBlock(blocks.PageChooserBlock):
    """A quiz of this course, shown as a card that leads to it."""

    def __init__(self, **kwargs):
        super().__init__(page_type="quizzes.QuizPage", **kwargs)

    class Meta:
        icon = "form"
        template = "courses/blocks/quiz.html"
        label = _("Quiz")
        description = _("A quiz of this course; passing it can complete the lesson.")


class H5PBlock(SnippetChooserBlock):
    """The first form of the H5P block (the package alone); kept for the migrations
    that name it. Lessons use H5PActivityBlock."""

    def __init__(self, **kwargs):
        super().__init__("h5p.H5PPackage", **kwargs)


class H5PActivityBlock(blocks.StructBlock):
    """An H5P package, played in an isolated frame (courses/h5p), and what of it
    completes the lesson. Older lessons stored the package id alone."""

    package = SnippetChooserBlock("h5p.H5PPackage", label=_("H5P activity"))
    completes_when = blocks.ChoiceBlock(
        label=_("Completes the lesson when"),
        choices=[
            ("passed", _("Passed: the employee scores at least the pass mark")),
            ("completed", _("Completed: the employee finishes it, whatever the score")),
        ],
        default="passed",
        help_text=_(
            "Content types without questions (dialog cards, image comparison, text, "
            "video) never report completion: a lesson holding one is marked as done "
            "by the employee. Types without a score, such as the accordion, need "
            "“completed”."
        ),
    )
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"),
        min_value=0,
        max_value=100,
        default=80,
        required=False,
        help_text=_("For “passed”: the lowest score that completes the lesson."),
    )

    class Meta:
        icon = "code"
        template = "h5p/block.html"
        label = _("Interactive activity (H5P)")
        description = _(
            "An H5P package; completing or passing it can complete the lesson (not "
            "the course)."
        )

    def to_python(self, value):
        return super().to_python(self.upgraded(value))

    def bulk_to_python(self, values):
        """The packages come from the cache, kept until a package (or the page
        tree) changes: a lesson shows its activities without a query for them."""
        values = [self.upgraded(v) for v in values]
        ids = [value.get("package") for value in values]
        others = [
            {k: v for k, v in value.items() if k != "package"} for value in values
        ]
        converted = super().bulk_to_python(others)
        packages = packages_by_id({id_ for id_ in ids if id_ is not None})
        for value, id_ in zip(converted, ids, strict=True):
            value["package"] = packages.get(id_)
        return converted

    @staticmethod
    def upgraded(value):
        """A value stored before blocks had a rule: the package id alone."""
        if isinstance(value, int):
            return {"package": value, "completes_when": "completed", "pass_mark": None}
        return value

    def clean(self, value):
        value = super().clean(value)
        passed = value.get("completes_when") == "passed"
        if passed and value.get("pass_mark") is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "pass_mark": ValidationError(
                        _("Give the pass mark, or choose “completed”.")
                    )
                }
            )
        package = value.get("package")
        if passed and package is not None and completion().never_scored(package):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "completes_when": ValidationError(
                        _("This content type gives no score: choose “completed”.")
                    )
                }
            )
        return value

    def cannot_complete(self, value):
        """The lesson falls back to “Mark as done” with this block in it."""
        package = value.get("package")
        return package is not None and not completion().can_complete(package, value)


def completion():
    from courses.h5p import completion

    return completion


def packages_by_id(ids):
    """``{id: H5PPackage}`` of the packages that exist among ``ids``."""
    from courses.h5p.models import H5PPackage
    from courses.routing import cached_many

    if not ids:
        return {}
    return cached_many(
        "h5p-package", sorted(ids), lambda missing: H5PPackage.objects.in_bulk(missing)
    )


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="courses/blocks/text.html",
    )
    image = ImageWithCaptionBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    procedure = ProcedureBlock()
    quiz = QuizBlock()
    h5p = H5PActivityBlock()

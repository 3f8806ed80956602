"""Certificate templates: the look and the words of a certificate, and which courses
use which template.

Translation: a template is one row with its words per language in fields (``title``,
``title_ru``, ``title_en``…), as the project's other reference data, not Wagtail
``TranslatableMixin`` copies. A certificate is printed in its holder's language from
the same template, so a course chooses one template whatever the language, each
certificate records the one template (and version) it came from, and an empty
translation falls back to Azerbaijani.

The course → template choice lives here (``CertificateTemplateCourse``, edited on the
template) because ``courses`` must not import ``certificates``; a course without a
choice uses the default template.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.models import Orderable, PreviewableMixin

from people.translation import TranslatedField

from ..placeholders import known_list, validate_placeholders

hex_colour = RegexValidator(
    r"^#[0-9a-fA-F]{6}$",
    _("Enter a colour as # and six hexadecimal digits, e.g. #0b4f8a."),
)


def image_field(verbose_name, help_text=""):
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


def text_fields(verbose, max_length=None, validators=()):
    """The Azerbaijani field and its optional Russian and English translations."""
    field = models.CharField if max_length else models.TextField
    size = {"max_length": max_length} if max_length else {}
    validators = list(validators)
    return (
        field(verbose[0], **size, validators=validators),
        field(verbose[1], **size, blank=True, validators=validators),
        field(verbose[2], **size, blank=True, validators=validators),
    )


PLACEHOLDER_HELP = format_lazy(_("Placeholders: {known}."), known=known_list())


class CertificateTemplate(PreviewableMixin, ClusterableModel):
    class PageSize(models.TextChoices):
        A4 = "A4", "A4"
        A5 = "A5", "A5"
        LETTER = "letter", "Letter"

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape")
        PORTRAIT = "portrait", _("Portrait")

    name = models.CharField(
        _("name"), max_length=120, help_text=_("For the administration only.")
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used by every course that has not chosen a template."),
    )
    page_size = models.CharField(
        _("page size"), max_length=10, choices=PageSize.choices, default=PageSize.A4
    )
    orientation = models.CharField(
        _("orientation"),
        max_length=10,
        choices=Orientation.choices,
        default=Orientation.LANDSCAPE,
    )
    organisation, organisation_ru, organisation_en = text_fields(
        (
            _("issuing organisation (Azerbaijani)"),
            _("issuing organisation (Russian)"),
            _("issuing organisation (English)"),
        ),
        max_length=255,
    )
    title, title_ru, title_en = text_fields(
        (_("title (Azerbaijani)"), _("title (Russian)"), _("title (English)")),
        max_length=120,
        validators=[validate_placeholders],
    )
    body, body_ru, body_en = text_fields(
        (_("text (Azerbaijani)"), _("text (Russian)"), _("text (English)")),
        validators=[validate_placeholders],
    )
    background_image = image_field(
        _("background image"), _("Covers the whole page; keep it light.")
    )
    logo = image_field(_("logo"))
    seal = image_field(
        _("seal"),
        _(
            "The organisation's stamp, printed beside the signatures; a transparent PNG."
        ),
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#0b4f8a", validators=[hex_colour]
    )
    text_colour = models.CharField(
        _("text colour"), max_length=7, default="#1c2430", validators=[hex_colour]
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    display_organisation = TranslatedField("organisation")
    display_title = TranslatedField("title")
    display_body = TranslatedField("body")

    panels = [
        FieldPanel("name"),
        FieldPanel("is_default"),
        MultiFieldPanel(
            [
                HelpPanel(PLACEHOLDER_HELP),
                FieldPanel("organisation"),
                FieldPanel("title"),
                FieldPanel("body"),
            ],
            heading=_("Azerbaijani"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_ru"),
                FieldPanel("title_ru"),
                FieldPanel("body_ru"),
            ],
            heading=_("Russian"),
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisation_en"),
                FieldPanel("title_en"),
                FieldPanel("body_en"),
            ],
            heading=_("English"),
            classname="collapsed",
        ),
        InlinePanel("signatories", label=_("Signatories"), min_num=0),
    ]
    design_panels = [
        FieldRowPanel([FieldPanel("page_size"), FieldPanel("orientation")]),
        FieldRowPanel([FieldPanel("accent_colour"), FieldPanel("text_colour")]),
        FieldPanel("logo"),
        FieldPanel("seal"),
        FieldPanel("background_image"),
    ]
    course_panels = [
        InlinePanel(
            "course_links",
            label=_("Courses"),
            help_text=_("Courses whose certificates use this template."),
        )
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_certificate_template",
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.pk:
            self.version += 1  # certificates record the version they were printed from
        super().save(*args, **kwargs)

    @property
    def preview_modes(self):
        from ..preview import preview_modes

        return preview_modes()

    def serve_preview(self, request, mode_name):
        from ..preview import serve_template_preview

        return serve_template_preview(self, request, mode_name)


class CertificateSignatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=200)
    position, position_ru, position_en = text_fields(
        (_("position (Azerbaijani)"), _("position (Russian)"), _("position (English)")),
        max_length=200,
    )
    signature = image_field(
        _("signature image"), _("A scan on a transparent or white background.")
    )

    display_position = TranslatedField("position")

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [
                FieldPanel("position"),
                FieldPanel("position_ru"),
                FieldPanel("position_en"),
            ]
        ),
        FieldPanel("signature"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")

    def __str__(self):
        return self.name


class CertificateTemplateCourse(Orderable):
    """A course's choice of template: one template per logical course."""

    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="course_links"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("course"),
    )

    panels = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course using the template")
        verbose_name_plural = _("courses using the template")
        constraints = [
            models.UniqueConstraint(
                fields=["course"], name="one_certificate_template_per_course"
            )
        ]

    def __str__(self):
        return str(self.course)

    def save(self, *args, **kwargs):
        self.course = self.course.canonical  # one row per logical course
        super().save(*args, **kwargs)

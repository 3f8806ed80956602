from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import LessonStreamBlock


class CourseIndexPage(Page):
    """The catalogue: every published course below it, searchable and filterable."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(Page):
    class PassMode(models.TextChoices):
        COMPLETION = "completion", _("Complete the required lessons")
        ASSESSMENTS = (
            "assessments",
            _("Complete the required lessons and pass the required quizzes"),
        )

    summary = models.TextField(_("summary"), max_length=600)
    objectives = RichTextField(
        _("learning objectives"), blank=True, features=["ul", "ol", "bold", "italic"]
    )
    duration_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(10_000)],
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        blank=True,
        related_name="required_by",
        verbose_name=_("prerequisite courses"),
        help_text=_("Courses an employee must pass before starting this one."),
    )
    pass_mode = models.CharField(
        _("to pass the course"),
        max_length=20,
        choices=PassMode.choices,
        default=PassMode.COMPLETION,
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Leave empty if the certificate never expires."),
    )
    self_enrolment = models.BooleanField(
        _("employees may enrol themselves"), default=True
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.FilterField("duration_minutes"),
        index.FilterField("locale_id"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("cover_image"),
        FieldPanel("duration_minutes"),
        InlinePanel(
            "competencies",
            label=_("Competencies developed"),
            help_text=_("The competencies this course certifies, at which level."),
        ),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("self_enrolment"),
                FieldPanel("prerequisites"),
                FieldPanel("pass_mode"),
                FieldPanel("certificate_validity_months"),
            ],
            heading=_("Enrolment and passing"),
        )
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        from ..views import enrol_from_course_page

        if request.method == "POST":
            return enrol_from_course_page(request, self)
        return super().serve(request, *args, **kwargs)

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    @property
    def canonical(self):
        """The copy in the default language, where results attach (or this one)."""
        return canonical_page(self)


class CourseCompetency(Orderable):
    course = ParentalKey(
        CoursePage, on_delete=models.CASCADE, related_name="competencies"
    )
    competency = models.ForeignKey(
        "skills.Competency",
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("competency"),
    )
    level = models.ForeignKey(
        "skills.ProficiencyLevel",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("level certified"),
    )

    panels = [FieldPanel("competency"), FieldPanel("level")]

    class Meta(Orderable.Meta):
        verbose_name = _("competency developed")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "competency"], name="course_competency_once"
            )
        ]


class LessonPage(Page):
    class Completion(models.TextChoices):
        MANUAL = "manual", _("The employee marks it as done")
        ACTIVITIES = "activities", _("Automatically, when its activities are completed")

    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=10
    )
    is_required = models.BooleanField(
        _("required"),
        default=True,
        help_text=_("Required lessons count towards completing the course."),
    )
    completion = models.CharField(
        _("completed when"),
        max_length=20,
        choices=Completion.choices,
        default=Completion.MANUAL,
    )

    search_fields = Page.search_fields + [index.SearchField("body")]
    content_panels = Page.content_panels + [FieldPanel("body")]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("is_required"),
                FieldPanel("completion"),
            ],
            heading=_("Lesson"),
        )
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from ..views import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, self))
        return context

    def serve(self, request, *args, **kwargs):
        from ..views import serve_lesson

        return serve_lesson(request, self, super().serve, *args, **kwargs)

    @property
    def course(self):
        return CoursePage.objects.get(pk=self.get_parent().pk)

    @property
    def canonical(self):
        return canonical_page(self)


def canonical_page(page):
    """The default-locale copy of a translated page, if it exists, else the page."""
    from wagtail.models import Locale

    if page.locale_id == Locale.get_default().pk:
        return page
    default = (
        type(page)
        .objects.filter(
            translation_key=page.translation_key, locale=Locale.get_default()
        )
        .first()
    )
    return default or page

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from courses.models.pages import TransliteratedSlugMixin
from courses.routing import CachedRoutingMixin
from people.models import EmployeeProfile
from people.translation import TranslatedField

from .forms import QuestionForm


class QuestionCategory(models.Model):
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]

    def __str__(self):
        return self.display_name


class Question(TranslatableMixin, index.Indexed, ClusterableModel):
    class Type(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "truefalse", _("True/false")
        SHORT = "short", _("Short text answer")
        NUMERIC = "numeric", _("Numeric")
        MATCHING = "matching", _("Matching")
        ORDERING = "ordering", _("Ordering")

    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        related_name="questions",
        verbose_name=_("category"),
    )
    type = models.CharField(_("type"), max_length=20, choices=Type.choices)
    name = models.CharField(
        _("name"),
        max_length=255,
        blank=True,
        help_text=_("A short name for the question bank (Moodle's question name)."),
    )
    text = models.TextField(_("question"))
    text_is_html = models.BooleanField(
        _("text is HTML"),
        default=False,
        help_text=_(
            "Imported from Moodle: the question text and feedback are HTML, kept "
            "to an allow-list of safe tags when saved."
        ),
    )
    points = models.DecimalField(
        _("points"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=False,
        help_text=_(
            "Multiple choice: each right choice earns a share, each wrong one "
            "costs a share (never below zero)."
        ),
    )
    true_false_answer = models.BooleanField(_("the statement is true"), default=True)
    numeric_answer = models.DecimalField(
        _("numeric answer"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    tolerance = models.DecimalField(
        _("tolerance (±)"), max_digits=14, decimal_places=4, default=Decimal("0")
    )
    general_feedback = models.TextField(_("general feedback"), blank=True)
    hints = models.JSONField(_("hints"), default=list, blank=True, editable=False)
    competency = models.ForeignKey(
        "skills.Competency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("competency"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("category"),
        FieldPanel("type"),
        FieldPanel("name"),
        FieldPanel("text"),
        FieldPanel("points"),
        FieldPanel("competency"),
        InlinePanel(
            "options",
            label=_("Options"),
            help_text=_(
                "Choice questions: the options, ticked if right. Short answer: "
                "every accepted answer. Matching: each item and its match. "
                "Ordering: the items in the right order."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("partial_credit"),
                FieldPanel("true_false_answer"),
                FieldPanel("numeric_answer"),
                FieldPanel("tolerance"),
            ],
            heading=_("Type-specific answer"),
        ),
        FieldPanel("general_feedback"),
        FieldPanel("hint_texts"),
    ]
    search_fields = [index.SearchField("text"), index.FilterField("type")]
    base_form_class = QuestionForm

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["category", "pk"]

    def __str__(self):
        return self.name or self.text[:80]

    def save(self, *args, **kwargs):
        if self.text_is_html:
            from .html import sanitise

            self.text = sanitise(self.text)
            self.general_feedback = sanitise(self.general_feedback)
        super().save(*args, **kwargs)


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("right"), default=False)
    match_text = models.CharField(
        _("matches (matching questions)"), max_length=500, blank=True
    )
    feedback = models.CharField(_("feedback"), max_length=500, blank=True)
    grade = models.DecimalField(
        _("grade (%)"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_(
            "Partial credit as in Moodle: the share of the points this answer "
            "earns (negative for a wrong multiple-choice option). Empty: 100 if "
            "right, 0 if not."
        ),
    )
    tolerance = models.DecimalField(
        _("tolerance (±, numeric answers)"),
        max_digits=14,
        decimal_places=4,
        null=True,
        blank=True,
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("is_correct"),
        FieldPanel("grade"),
        FieldPanel("match_text"),
        FieldPanel("tolerance"),
        FieldPanel("feedback"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("option")

    def __str__(self):
        return self.text

    @property
    def fraction(self):
        """The share of the points this option earns, -1..1."""
        if self.grade is not None:
            return self.grade / 100
        return Decimal(1) if self.is_correct else Decimal(0)


class QuizPage(CachedRoutingMixin, TransliteratedSlugMixin, Page):
    """A quiz inside a course; its settings decide how it is taken and graded.
    Routed like the course's other pages (its view restrictions in one query)."""

    class Grading(models.TextChoices):
        HIGHEST = "highest", _("Highest grade")
        LAST = "last", _("Last attempt")
        FIRST = "first", _("First attempt")
        AVERAGE = "average", _("Average of attempts")

    class ReviewShows(models.TextChoices):
        SCORE = "score", _("The score only")
        ANSWERS = "answers", _("The score and the employee's own answers")
        FULL = "full", _("Answers, the right answers and feedback")

    class ReviewWhen(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately after submitting")
        AFTER_CLOSE = "after_close", _("After the quiz closes")

    intro = models.TextField(_("instructions"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 means unlimited.")
    )
    grading_method = models.CharField(
        _("grading method"),
        max_length=10,
        choices=Grading.choices,
        default=Grading.HIGHEST,
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    grace_seconds = models.PositiveSmallIntegerField(
        _("grace period (seconds)"),
        default=60,
        help_text=_("Answers still accepted this long after the time limit."),
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    one_per_page = models.BooleanField(_("one question per page"), default=False)
    review_shows = models.CharField(
        _("after submitting, the employee sees"),
        max_length=10,
        choices=ReviewShows.choices,
        default=ReviewShows.FULL,
    )
    review_when = models.CharField(
        _("review available"),
        max_length=12,
        choices=ReviewWhen.choices,
        default=ReviewWhen.IMMEDIATELY,
    )
    is_required = models.BooleanField(_("required to pass the course"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("slots", label=_("Questions"), min_num=1),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("grading_method"),
                FieldPanel("is_required"),
            ],
            heading=_("Grading"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("time_limit_minutes"),
                FieldPanel("grace_seconds"),
                FieldPanel("opens_at"),
                FieldPanel("closes_at"),
            ],
            heading=_("Timing"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("one_per_page"),
                FieldPanel("review_shows"),
                FieldPanel("review_when"),
            ],
            heading=_("Layout and review"),
        ),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []
    is_quiz = True

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def serve(self, request, *args, **kwargs):
        from .views import serve_quiz

        return serve_quiz(request, self, super().serve, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .views import quiz_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_context(request, self))
        return context

    def is_open(self, moment=None):
        moment = moment or timezone.now()
        return (self.opens_at is None or self.opens_at <= moment) and (
            self.closes_at is None or moment < self.closes_at
        )


class QuizSlot(Orderable):
    """A fixed question, or N questions drawn at random from a category."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(
        Question,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("question"),
    )
    category = models.ForeignKey(
        QuestionCategory,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("or random questions from category"),
    )
    random_count = models.PositiveSmallIntegerField(
        _("how many random questions"), default=1
    )

    panels = [
        FieldPanel("question"),
        FieldPanel("category"),
        FieldPanel("random_count"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question slot")
        constraints = [
            models.CheckConstraint(
                condition=Q(question__isnull=False) | Q(category__isnull=False),
                name="slot_has_question_or_category",
            )
        ]


class AttemptQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(employee__in=EmployeeProfile.objects.visible_to(user))

    def graded(self):
        return self.filter(state=Attempt.State.GRADED)


class Attempt(models.Model):
    """One sitting of a quiz. It keeps the exact questions it showed, so edits to
    the quiz or its questions never change a running or past attempt."""

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        SUBMITTED = "submitted", _("Submitted")
        GRADED = "graded", _("Graded")

    employee = models.ForeignKey(
        EmployeeProfile,
        on_delete=models.PROTECT,
        related_name="quiz_attempts",
        verbose_name=_("employee"),
    )
    quiz = models.ForeignKey(
        QuizPage,
        on_delete=models.PROTECT,
        related_name="attempts",
        verbose_name=_("quiz"),
    )
    quiz_key = models.UUIDField(editable=False)
    enrolment = models.ForeignKey(
        "courses.Enrolment",
        on_delete=models.PROTECT,
        related_name="quiz_attempts",
        null=True,
        blank=True,
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.IN_PROGRESS
    )
    language = models.CharField(_("language"), max_length=5)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    grace_seconds = models.PositiveSmallIntegerField(default=0)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    graded_at = models.DateTimeField(_("graded"), null=True, blank=True)
    closed_by_sweep = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=0)
    # What the employee was shown (no answer key) and, separately, the key.
    questions = models.JSONField(default=list)
    key = models.JSONField(default=list)
    answers = models.JSONField(default=dict, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    max_score = models.DecimalField(
        max_digits=8, decimal_places=3, null=True, blank=True
    )
    percent = models.DecimalField(
        _("result (%)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)

    objects = AttemptQuerySet.as_manager()
    # An attempt is a result, not content: Wagtail's reference index would be
    # written on every start (and list each attempt as a “usage” of its quiz).
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        permissions = [("regrade_quiz", _("Can regrade quiz attempts"))]
        constraints = [
            models.UniqueConstraint(
                fields=["employee", "quiz_key"],
                condition=Q(state="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
            models.UniqueConstraint(
                fields=["employee", "quiz_key", "number"], name="attempt_number_once"
            ),
            models.CheckConstraint(
                condition=Q(state="in_progress") | Q(submitted_at__isnull=False),
                name="closed_attempt_has_submission_time",
            ),
        ]
        indexes = [models.Index(fields=["quiz_key", "state"])]

    def __str__(self):
        return f"{self.employee.full_name} · {self.quiz.title} #{self.number}"

    @property
    def is_open(self):
        return self.state == self.State.IN_PROGRESS

    @property
    def hard_deadline(self):
        """The last moment answers are accepted: the deadline plus the grace."""
        if self.deadline is None:
            return None
        return self.deadline + timezone.timedelta(seconds=self.grace_seconds)

    @property
    def answers_close_at(self):
        """The last moment answers are accepted: the deadline plus grace, and never
        after the quiz closes (even if its closing time moved after the start).
        Read with its quiz's closing time annotated (``quiz_closes_at``), an
        attempt needs no quiz for it."""
        if "quiz_closes_at" in self.__dict__:
            closes_at = self.quiz_closes_at
        else:
            closes_at = self.quiz.closes_at
        moments = [m for m in (self.hard_deadline, closes_at) if m]
        return min(moments, default=None)


class AttemptItem(models.Model):
    """One question's result in a graded attempt, for reports and item analysis."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    slot = models.PositiveSmallIntegerField()
    question = models.ForeignKey(
        Question, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    question_key = models.UUIDField(null=True)
    response = models.JSONField(null=True)
    score = models.DecimalField(max_digits=8, decimal_places=3)
    max_score = models.DecimalField(max_digits=8, decimal_places=3)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "slot"], name="one_item_per_slot"
            )
        ]

    def __str__(self):
        return f"{self.attempt_id}/{self.slot}"

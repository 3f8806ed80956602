"""Citizen feedback: what the monitors send, what it is about, and the needs it shows.

A rating's categories are kept in ``RatingCategory`` with the unit, time and value
copied in, so that the reports aggregate one narrow, indexed table and never join the
ratings themselves (5 million a year).
"""

import hashlib
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import EmployeeProfile, OrgUnit
from people.translation import TranslatedField
from skills.models import Competency

LOW = Decimal("2")  # a rating of 1-2 (normalised) counts as a low rating
TOKEN_PREFIX = "fbm_"


def token_digest(token):
    """Monitor tokens are 256-bit random, so a plain SHA-256 keeps them safe at rest."""
    return hashlib.sha256(token.encode()).hexdigest()


class Service(models.Model):
    """A state service citizens come for (passport, real estate registration...)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    is_active = models.BooleanField(_("active"), default=True)

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]

    def __str__(self):
        return self.display_name


class FeedbackCategory(models.Model):
    """What a rating is about (the centres' five principles), with its targets and the
    competencies that serve it."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name (Azerbaijani)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    competencies = models.ManyToManyField(
        Competency,
        blank=True,
        related_name="feedback_categories",
        verbose_name=_("competencies"),
        help_text=_("Competencies whose training improves this category."),
    )
    target_average = models.DecimalField(
        _("target average"),
        max_digits=3,
        decimal_places=2,
        default=Decimal("4.50"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("A unit falls short below this average rating (1–5)."),
    )
    max_low_share = models.DecimalField(
        _("most low ratings (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("5.00"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("A unit falls short when more ratings than this are 1 or 2."),
    )

    display_name = TranslatedField("name")

    class Meta:
        verbose_name = _("feedback category")
        verbose_name_plural = _("feedback categories")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.display_name

    def falls_short(self, average, low_share):
        """The target rule: an average below target or too many low ratings."""
        return average < self.target_average or low_share > self.max_low_share


class MonitorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class Monitor(models.Model):
    """A rating device in a centre; it authenticates with its own bearer token."""

    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="feedback_monitors",
        verbose_name=_("organisation unit"),
    )
    name = models.CharField(_("name"), max_length=100)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    token_hint = models.CharField(_("token begins"), max_length=12, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    last_seen_at = models.DateTimeField(_("last seen at"), null=True, blank=True)
    # The rate limit's one-minute window, counted in the database (all processes).
    window_start = models.DateTimeField(null=True, editable=False)
    window_hits = models.PositiveIntegerField(default=0, editable=False)

    objects = MonitorQuerySet.as_manager()

    class Meta:
        verbose_name = _("feedback monitor")
        verbose_name_plural = _("feedback monitors")
        ordering = ["org_unit__path", "name"]

    def __str__(self):
        return f"{self.name} ({self.org_unit})"

    @property
    def is_active(self):
        return self.revoked_at is None

    def set_new_token(self):
        """A fresh token; only its digest is kept, so it is shown once."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        self.token_hash = token_digest(token)
        self.token_hint = token[:12]
        return token


class FeedbackImport(models.Model):
    """One run of the CSV import, kept as a record of who loaded what."""

    file_name = models.CharField(_("file name"), max_length=255)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    imported_at = models.DateTimeField(_("imported at"), default=timezone.now)
    row_count = models.PositiveIntegerField(_("rows"), default=0)

    class Meta:
        verbose_name = _("feedback import")
        verbose_name_plural = _("feedback imports")
        ordering = ["-imported_at"]

    def __str__(self):
        return f"{self.file_name} ({self.imported_at:%Y-%m-%d %H:%M})"


class FeedbackRating(models.Model):
    """One citizen's rating of one visit, normalised to 1–5."""

    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("organisation unit"),
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="+", verbose_name=_("service")
    )
    desk = models.CharField(_("desk"), max_length=20, blank=True)
    employee_number = models.CharField(_("employee number"), max_length=32, blank=True)
    rating = models.DecimalField(_("rating (1–5)"), max_digits=3, decimal_places=2)
    raw_value = models.PositiveSmallIntegerField(_("rating as given"))
    raw_scale = models.PositiveSmallIntegerField(_("scale of the monitor"), default=5)
    rated_at = models.DateTimeField(_("rated at"))
    received_at = models.DateTimeField(_("received at"), default=timezone.now)
    categories = models.ManyToManyField(
        FeedbackCategory,
        through="RatingCategory",
        related_name="+",
        verbose_name=_("categories"),
    )
    comment = models.TextField(_("comment"), blank=True)
    monitor = models.ForeignKey(
        Monitor,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ratings",
        verbose_name=_("monitor"),
    )
    event_id = models.CharField(_("event id"), max_length=64, blank=True)
    imported_in = models.ForeignKey(
        FeedbackImport,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ratings",
        verbose_name=_("import"),
    )

    class Meta:
        verbose_name = _("feedback rating")
        verbose_name_plural = _("feedback ratings")
        ordering = ["-rated_at"]
        permissions = [
            ("view_feedback_report", _("Can read the citizen feedback report")),
            ("view_feedback_comments", _("Can read citizens' comments")),
            ("import_feedback", _("Can import citizen ratings")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["monitor", "event_id"],
                condition=Q(monitor__isnull=False),
                name="feedback_one_rating_per_monitor_event",
            ),
            models.UniqueConstraint(
                fields=["org_unit", "event_id"],
                condition=Q(monitor__isnull=True) & ~Q(event_id=""),
                name="feedback_one_imported_rating_per_event",
            ),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5),
                name="feedback_rating_between_1_and_5",
            ),
            models.CheckConstraint(
                condition=Q(raw_scale__gte=2, raw_scale__lte=10)
                & Q(raw_value__gte=1, raw_value__lte=models.F("raw_scale")),
                name="feedback_raw_rating_on_its_scale",
            ),
        ]
        indexes = [
            models.Index(
                fields=["rated_at"],
                condition=~Q(comment=""),
                name="feedback_rating_commented",
            ),
            # The report's comments: one unit's quarter, the latest first.
            models.Index(
                fields=["org_unit", "rated_at"],
                condition=~Q(comment=""),
                name="feedback_unit_commented",
            ),
        ]

    def __str__(self):
        return f"{self.org_unit} {self.rated_at:%Y-%m-%d %H:%M}: {self.rating}"


class RatingCategory(models.Model):
    """A rating counted in one category; unit, time and value copied for the reports."""

    rating = models.ForeignKey(
        FeedbackRating, on_delete=models.CASCADE, related_name="category_rows"
    )
    category = models.ForeignKey(
        FeedbackCategory, on_delete=models.PROTECT, related_name="rating_rows"
    )
    org_unit = models.ForeignKey(
        OrgUnit, on_delete=models.PROTECT, related_name="+", db_index=False
    )
    rated_at = models.DateTimeField()
    value = models.DecimalField(max_digits=3, decimal_places=2)

    class Meta:
        verbose_name = _("rating category")
        verbose_name_plural = _("rating categories")
        constraints = [
            models.UniqueConstraint(
                fields=["rating", "category"], name="feedback_category_once_per_rating"
            )
        ]
        indexes = [
            models.Index(
                fields=["org_unit", "rated_at"],
                include=["category", "value"],
                name="feedback_unit_time",
            ),
        ]

    def __str__(self):
        return f"{self.rating_id}/{self.category_id}"


class RatingMonth(models.Model):
    """A unit's ratings in one category over one month (site time zone), counted:
    the reports over whole months read these (``feedback.months`` keeps them)."""

    org_unit = models.ForeignKey(
        OrgUnit, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    category = models.ForeignKey(
        FeedbackCategory, on_delete=models.CASCADE, related_name="+"
    )
    month = models.DateField()  # its first day
    ratings = models.PositiveIntegerField()
    total = models.DecimalField(max_digits=14, decimal_places=2)
    low = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("ratings of a month")
        verbose_name_plural = _("ratings of months")
        constraints = [
            models.UniqueConstraint(
                fields=["org_unit", "month", "category"],
                name="feedback_one_count_per_unit_month_category",
            )
        ]
        indexes = [models.Index(fields=["month"], name="feedback_month")]

    def __str__(self):
        return f"{self.org_unit_id}/{self.category_id}/{self.month:%Y-%m}"


class TrainingNeed(models.Model):
    """A unit falling short of a category's target in one period (found nightly)."""

    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation unit"),
    )
    category = models.ForeignKey(
        FeedbackCategory,
        on_delete=models.CASCADE,
        related_name="needs",
        verbose_name=_("category"),
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period until"))
    average = models.DecimalField(_("average"), max_digits=3, decimal_places=2)
    low_share = models.DecimalField(
        _("low ratings (%)"), max_digits=5, decimal_places=2
    )
    ratings = models.PositiveIntegerField(_("ratings"))
    detected_at = models.DateTimeField(_("found at"), default=timezone.now)
    notified_at = models.DateTimeField(_("HR told at"), null=True, blank=True)

    class Meta:
        verbose_name = _("training need")
        verbose_name_plural = _("training needs")
        ordering = ["-period_start", "org_unit__path", "category__sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["org_unit", "category", "period_start", "period_end"],
                name="feedback_one_need_per_unit_category_period",
            )
        ]

    def __str__(self):
        return f"{self.org_unit} · {self.category} · {self.period_start}"


class NeedAssignment(models.Model):
    """A course assigned to close a need: the cohort, so its effect can be read."""

    need = models.ForeignKey(
        TrainingNeed,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("training need"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("course"),
    )
    employees = models.ManyToManyField(
        EmployeeProfile, related_name="+", verbose_name=_("employees")
    )
    due_date = models.DateField(_("due date"))
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned at"), default=timezone.now)

    class Meta:
        verbose_name = _("course assigned for a need")
        verbose_name_plural = _("courses assigned for needs")
        ordering = ["-assigned_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["need", "course"], name="feedback_course_once_per_need"
            )
        ]

    def __str__(self):
        return f"{self.need} → {self.course}"

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from people.models import EmployeeProfile

from .storage import h5p_storage


class H5PLibrary(models.Model):
    """One version of an H5P library, stored once and shared by the packages using
    it. Files live in the private storage under ``libraries/<folder>/``."""

    machine_name = models.CharField(_("machine name"), max_length=255)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("content type"), default=False)
    metadata = models.JSONField(default=dict)  # library.json
    semantics = models.JSONField(null=True, blank=True)  # semantics.json
    installed_at = models.DateTimeField(_("installed"), default=timezone.now)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("installed by"),
    )

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version", "patch_version"]
        permissions = [("install_library", _("Can install new H5P library versions"))]
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "machine_name",
                    "major_version",
                    "minor_version",
                    "patch_version",
                ],
                name="h5p_library_version_once",
            )
        ]

    def __str__(self):
        return f"{self.machine_name} {self.version}"

    @property
    def version(self):
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self):
        """Where its files are stored: one folder per exact version."""
        return f"libraries/{self.machine_name}-{self.version}"

    @property
    def player_folder(self):
        """The folder name the player asks for (H5P names folders major.minor)."""
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


def package_upload_to(instance, filename):
    return f"{instance.folder}/package.h5p"


class H5PPackage(index.Indexed, models.Model):
    """An uploaded ``.h5p`` file, validated and unpacked; immutable once imported."""

    class Grading(models.TextChoices):
        BEST = "best", _("Best attempt")
        LAST = "last", _("Last attempt")
        FIRST = "first", _("First attempt")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(
        _("H5P file"),
        upload_to=package_upload_to,
        storage=h5p_storage,
        max_length=255,
        help_text=_(
            "An .h5p package. It is checked before anything is published; "
            "once imported it cannot be replaced (upload a new package instead)."
        ),
    )
    main_library = models.ForeignKey(
        H5PLibrary,
        on_delete=models.PROTECT,
        related_name="main_of",
        verbose_name=_("main library"),
    )
    libraries = models.ManyToManyField(
        H5PLibrary, related_name="packages", verbose_name=_("libraries")
    )
    metadata = models.JSONField(default=dict)  # h5p.json
    grading_method = models.CharField(
        _("result of the activity"),
        max_length=10,
        choices=Grading.choices,
        default=Grading.BEST,
        help_text=_("Which attempt counts when an employee tries more than once."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    video_hosts = models.JSONField(
        _("video servers"), default=list, blank=True, editable=False
    )  # outside hosts its videos stream from (YouTube, LMS_H5P_VIDEO_HOSTS)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("H5P package")
        verbose_name_plural = _("H5P packages")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def folder(self):
        return f"packages/{self.uuid}"


class XAPIStatementQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(employee__in=EmployeeProfile.objects.visible_to(user))

    def attempts(self):
        return self.filter(is_attempt=True)


class XAPIStatement(models.Model):
    """Every statement the player reported, as received, for the session's employee.

    Scores are client-reported: the player runs in the browser, so they are checked
    for sense, kept, and only allowed to count for what the course policy permits."""

    statement_id = models.UUIDField(_("statement id"), unique=True)
    package = models.ForeignKey(
        H5PPackage,
        on_delete=models.PROTECT,
        related_name="statements",
        verbose_name=_("H5P package"),
    )
    employee = models.ForeignKey(
        EmployeeProfile,
        on_delete=models.PROTECT,
        related_name="h5p_statements",
        verbose_name=_("employee"),
    )
    verb = models.CharField(_("verb"), max_length=255)
    object_id = models.TextField(_("activity"))
    sub_content_id = models.CharField(max_length=64, blank=True)
    parent_id = models.TextField(blank=True)
    is_top_level = models.BooleanField(default=True)
    is_attempt = models.BooleanField(default=False)
    score_raw = models.DecimalField(
        max_digits=12, decimal_places=4, null=True, blank=True
    )
    score_max = models.DecimalField(
        max_digits=12, decimal_places=4, null=True, blank=True
    )
    score_scaled = models.DecimalField(
        max_digits=7, decimal_places=4, null=True, blank=True
    )
    percent = models.DecimalField(
        _("result (%)"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    completion = models.BooleanField(_("completed"), null=True)
    success = models.BooleanField(_("passed"), null=True)
    client_reported = models.BooleanField(
        _("reported by the browser"), default=True, editable=False
    )
    statement = models.JSONField()  # as received, with the actor set by the server
    claimed_actor = models.JSONField(null=True, blank=True)  # what the client said
    size = models.PositiveIntegerField(_("size (bytes)"), default=0, editable=False)
    stored_at = models.DateTimeField(_("stored"), default=timezone.now)

    objects = XAPIStatementQuerySet.as_manager()
    # Results are not content: Wagtail's reference index would be written on every
    # statement (and list each one as a “usage” of the package).
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["-stored_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(score_max__isnull=True) | Q(score_max__gt=0),
                name="h5p_score_max_positive",
            ),
            models.CheckConstraint(
                condition=Q(score_raw__isnull=True)
                | Q(score_raw__gte=0, score_raw__lte=models.F("score_max")),
                name="h5p_score_raw_within_max",
            ),
            models.CheckConstraint(
                condition=Q(score_scaled__isnull=True)
                | Q(score_scaled__gte=0, score_scaled__lte=1),
                name="h5p_score_scaled_within_one",
            ),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__gte=0, percent__lte=100),
                name="h5p_percent_within_hundred",
            ),
        ]
        indexes = [
            models.Index(fields=["package", "employee", "is_top_level"]),
            models.Index(fields=["employee", "stored_at"]),
        ]

    def __str__(self):
        return f"{self.employee} · {self.package} · {self.verb_name}"

    @property
    def verb_name(self):
        return verb_name(self.verb)

    @property
    def counts_as_completed(self):
        return counts_as_completed(self)


def verb_name(verb):
    return verb.rstrip("/").rsplit("/", 1)[-1]


def counts_as_completed(statement):
    """Whether a statement (a stored row) says the activity is
    completed or passed."""
    return statement.is_top_level and (
        statement.completion is True
        or statement.success is True
        or verb_name(statement.verb) in ("completed", "passed")
    )


class H5PResult(models.Model):
    """An employee's result in a package, kept up to date by every top-level
    statement stored (``results.record_statement``), so the lesson page and the
    completion rules read one row, not every attempt. Derived from the statements,
    which stay the record."""

    employee = models.ForeignKey(
        EmployeeProfile, on_delete=models.CASCADE, related_name="+"
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="results"
    )
    attempts = models.PositiveIntegerField(default=0)
    first = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    last = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    best = models.DecimalField(max_digits=6, decimal_places=2, null=True)
    completed = models.BooleanField(default=False)
    last_at = models.DateTimeField(null=True)

    wagtail_reference_index_ignore = True  # written with every statement

    class Meta:
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        constraints = [
            models.UniqueConstraint(
                fields=["employee", "package"], name="h5p_result_once"
            )
        ]

    def __str__(self):
        return f"{self.employee_id}/{self.package_id}"


class ContentUserData(models.Model):
    """What the player saves so an employee resumes where they left off."""

    employee = models.ForeignKey(
        EmployeeProfile, on_delete=models.CASCADE, related_name="+"
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="user_data"
    )
    sub_content_id = models.CharField(max_length=64, default="0")
    data_type = models.CharField(max_length=64)
    data = models.TextField()
    preload = models.BooleanField(default=True)
    invalidate = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    wagtail_reference_index_ignore = True  # saved every few seconds; not content

    class Meta:
        verbose_name = _("saved H5P state")
        constraints = [
            models.UniqueConstraint(
                fields=["employee", "package", "sub_content_id", "data_type"],
                name="h5p_user_data_once",
            )
        ]

    def __str__(self):
        return f"{self.employee_id}/{self.package_id}/{self.data_type}"


class LessonActivity(models.Model):
    """One H5P block of a lesson as last saved: which package it plays, in which
    course, under which rule. Kept from the lesson's body whenever the lesson is
    saved in full (published), so “may this employee play it” and “which lessons
    does this result complete” are indexed lookups, not a read of every body."""

    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="h5p_activities"
    )
    package = models.ForeignKey(
        H5PPackage, on_delete=models.CASCADE, related_name="lesson_activities"
    )
    course_key = models.UUIDField()  # translation_key of the lesson's course
    position = models.PositiveSmallIntegerField()  # among the lesson's H5P blocks
    completes_when = models.CharField(max_length=20, default="completed")
    pass_mark = models.PositiveSmallIntegerField(null=True, blank=True)

    wagtail_reference_index_ignore = True  # the lesson's own body is indexed

    class Meta:
        verbose_name = _("H5P activity of a lesson")
        verbose_name_plural = _("H5P activities of lessons")
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "position"], name="h5p_lesson_activity_once"
            )
        ]
        indexes = [models.Index(fields=["package", "course_key"])]

    def __str__(self):
        return f"{self.lesson_id}/{self.position}: {self.package_id}"

    @property
    def rule(self):
        """The block's value as the completion rules read it."""
        return {"completes_when": self.completes_when, "pass_mark": self.pass_mark}

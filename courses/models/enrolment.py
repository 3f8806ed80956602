from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from people.models import EmployeeProfile, OrgUnit, Position


class EnrolmentQuerySet(models.QuerySet):
    def visible_to(self, user):
        return self.filter(employee__in=EmployeeProfile.objects.visible_to(user))

    def current(self):
        return self.filter(is_current=True)

    def for_course(self, page):
        """Enrolments in the logical course, whichever language copy ``page`` is."""
        return self.filter(course_key=page.translation_key)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.current().filter(
            due_date__lt=today, status__in=Enrolment.OPEN_STATUSES
        )


class Enrolment(models.Model):
    """An employee's place in a logical course (all its language copies at once)."""

    class Status(models.TextChoices):
        ASSIGNED = "assigned", _("Assigned")
        IN_PROGRESS = "in_progress", _("In progress")
        COMPLETED = "completed", _("Completed")
        PASSED = "passed", _("Passed")
        FAILED = "failed", pgettext_lazy("enrolment status", "Failed")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    class Source(models.TextChoices):
        SELF = "self", _("Self-enrolled")
        ASSIGNED = "assigned", _("Assigned")
        RULE = "rule", _("Assignment rule")

    OPEN_STATUSES = (Status.ASSIGNED, Status.IN_PROGRESS, Status.COMPLETED)

    employee = models.ForeignKey(
        EmployeeProfile,
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("employee"),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.PROTECT,
        related_name="enrolments",
        verbose_name=_("course"),
    )
    course_key = models.UUIDField(
        _("course key"), editable=False, help_text="translation_key of the course"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ASSIGNED
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.ASSIGNED
    )
    is_current = models.BooleanField(_("current"), default=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    rule = models.ForeignKey(
        "courses.AssignmentRule",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enrolments",
        verbose_name=_("assignment rule"),
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    passed_at = models.DateTimeField(_("passed at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("withdrawn by"),
    )
    score = models.DecimalField(
        _("result (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("last lesson visited"),
    )

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at"]
        permissions = [("assign_courses", _("Can assign courses to employees"))]
        indexes = [
            models.Index(fields=["course_key", "status"]),
            models.Index(fields=["employee", "is_current"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["employee", "course_key"],
                condition=Q(is_current=True),
                name="one_current_enrolment_per_course",
            ),
            models.CheckConstraint(
                condition=Q(is_current=False) | ~Q(status="withdrawn"),
                name="withdrawn_enrolment_is_not_current",
            ),
        ]

    def __str__(self):
        return f"{self.employee.full_name}: {self.course.title}"

    @property
    def is_overdue(self):
        return bool(
            self.is_current
            and self.due_date
            and self.status in self.OPEN_STATUSES
            and self.due_date < timezone.localdate()
        )


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.PROTECT, related_name="progress"
    )
    lesson_key = models.UUIDField(editable=False)
    first_visited_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson_key"], name="one_progress_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id}/{self.lesson_id}"


class AssignmentRule(models.Model):
    """Keeps a course assigned to everyone in a unit subtree and/or a position,
    including people who join later (compliance training)."""

    course = models.ForeignKey(
        "courses.CoursePage",
        on_delete=models.CASCADE,
        related_name="assignment_rules",
        verbose_name=_("course"),
    )
    org_unit = models.ForeignKey(
        OrgUnit,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("unit (with the units below it)"),
    )
    position = models.ForeignKey(
        Position,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("position"),
    )
    due_in_days = models.PositiveSmallIntegerField(
        _("due within (days)"),
        default=30,
        help_text=_("Counted from the day the employee is enrolled."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(org_unit__isnull=False) | Q(position__isnull=False),
                name="rule_names_a_unit_or_position",
            )
        ]

    def __str__(self):
        return f"{self.course.title}: {self.org_unit or '*'} / {self.position or '*'}"

    def employees(self):
        people = EmployeeProfile.objects.active()
        if self.org_unit_id:
            people = people.filter(org_unit__path__startswith=self.org_unit.path)
        if self.position_id:
            people = people.filter(position_id=self.position_id)
        return people


class ReminderSent(models.Model):
    """One row per enrolment and reminder kind: a reminder goes out once."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", _("Assignment notice")
        DUE_SOON = "due_soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")

    enrolment = models.ForeignKey(
        Enrolment, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "kind"], name="one_reminder_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.enrolment_id}: {self.kind}"

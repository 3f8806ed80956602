"""Per-course progress by unit: assigned / started / completed / passed / overdue."""

import django_filters
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from people.exports import ExcelFriendlyExportMixin
from people.models import OrgUnit
from people.units import path_label

from .models import CoursePage, Enrolment

Status = Enrolment.Status


class CourseProgressFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"),
        queryset=lambda request: CoursePage.objects.live().logical().order_by("title"),
        empty_label=_("All courses"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=_("Unit (with the units below)"),
        queryset=lambda request: OrgUnit.objects.visible_to(request.user),
        method="filter_unit",
        empty_label=_("All units"),
    )

    class Meta:
        model = Enrolment
        fields = ["course", "unit"]

    def filter_unit(self, queryset, name, value):
        return queryset.filter(employee__org_unit__path__startswith=value.path)


class CourseProgressReport(ExcelFriendlyExportMixin, ReportView):
    page_title = _("Course progress by unit")
    header_icon = "doc-full-inverse"
    index_url_name = "courses_progress_report"
    index_results_url_name = "courses_progress_report_results"
    filterset_class = CourseProgressFilterSet
    paginate_by = 100
    columns = [
        Column("course", label=_("Course"), accessor="course__title"),
        Column("unit", label=_("Unit")),
        Column("assigned", label=_("Enrolled")),
        Column("started", label=_("Started")),
        Column("completed", label=_("Completed")),
        Column("passed", label=_("Passed")),
        Column("overdue", label=_("Overdue")),
    ]
    list_export = [
        "course__title",
        "unit",
        "assigned",
        "started",
        "completed",
        "passed",
        "overdue",
    ]
    export_headings = {
        "course__title": _("Course"),
        "unit": _("Unit"),
        "assigned": _("Enrolled"),
        "started": _("Started"),
        "completed": _("Completed"),
        "passed": _("Passed"),
        "overdue": _("Overdue"),
    }

    def dispatch(self, request, *args, **kwargs):
        from django.core.exceptions import PermissionDenied

        if not request.user.has_perm("courses.view_enrolment"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "course-progress-" + timezone.localdate().isoformat()

    def get_filtered_queryset(self):
        today = timezone.localdate()
        enrolments = self.filter_queryset(self.get_queryset())
        started = ~Q(status=Status.ASSIGNED)
        completed = Q(completed_at__isnull=False) | Q(status=Status.PASSED)
        overdue = Q(due_date__lt=today, status__in=Enrolment.OPEN_STATUSES)
        # Grouped by unit and course, never by name: six centres have an "Ön ofis".
        return (
            enrolments.values(
                "course_id", "course__title", "employee__org_unit_id", "unit_path"
            )
            .annotate(
                assigned=Count("pk"),
                started=Count("pk", filter=started),
                completed=Count("pk", filter=completed),
                passed=Count("pk", filter=Q(status=Status.PASSED)),
                overdue=Count("pk", filter=overdue),
            )
            .order_by("course__title", "course_id", "unit_path")
        )

    def get_queryset(self):
        enrolments = Enrolment.objects.visible_to(self.request.user).current()
        return enrolments.annotate(unit_path=F("employee__org_unit__path"))

    def decorate_paginated_queryset(self, object_list):
        """Each row names its unit with the unit's place in the tree."""
        for row in object_list:
            row["unit"] = path_label(row["unit_path"], OrgUnit.steplen)
        return object_list

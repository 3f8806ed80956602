from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.reports import ReportView

from people.exports import ExcelFriendlyExportMixin
from people.models import EmployeeProfile, OrgUnit

from .. import overview
from ..cells import build_rows
from ..coverage import coverage_counts, met_requirement
from ..filters import MatrixFilterForm, SkillsFilterSet
from ..gaps import employee_gaps, has_course_finders, unit_gaps, with_courses
from ..matrix import ReferenceLists, unit_labels
from ..models import Competency, PositionRequirement, ProficiencyLevel
from .base import ReportPageMixin, report_problems

CHUNK = 500


class SkillsReportView(ReportPageMixin, ExcelFriendlyExportMixin, ReportView):
    template_name = "skills/admin/report_base.html"
    filterset_class = SkillsFilterSet

    def get(self, request, *args, **kwargs):
        if self.filters and not self.filters.is_valid():
            report_problems(request, self.filters.problems())
        return super().get(request, *args, **kwargs)

    @cached_property
    def competencies(self):
        found = Competency.objects.filter(is_active=True).select_related("area")
        area = self.filters.chosen("area") if self.filters else None
        return list(found.filter(area=area) if area else found)

    def people(self):
        return (
            EmployeeProfile.objects.visible_to(self.request.user)
            .active()
            .select_related("org_unit", "position")
        )

    @cached_property
    def labels(self):
        return unit_labels(OrgUnit.objects.visible_to(self.request.user))

    def unit_label(self, unit):
        return self.labels.get(unit.pk, unit.display_name)

    def get_context_data(self, **kwargs):
        return super().get_context_data(course_finders=has_course_finders(), **kwargs)


class GapsByEmployeeView(SkillsReportView):
    """Each employee with the requirements of their position they do not meet."""

    page_title = _("Gaps by employee")
    header_icon = "warning"
    index_url_name = "skills_gaps"
    index_results_url_name = "skills_gaps_results"
    results_template_name = "skills/admin/gaps_results.html"
    is_searchable = True
    search_fields = ["full_name", "employee_number"]
    search_backend_name = None
    list_export = ["employee_number", "full_name", "unit", "position", "gap_text"]
    export_headings = {
        "employee_number": _("Employee number"),
        "full_name": _("Full name"),
        "unit": _("Unit"),
        "position": _("Position"),
        "gap_text": _("Requirements not met"),
    }

    def get_filename(self):
        return "skills-gaps-by-employee"

    def get_base_queryset(self):
        unmet = PositionRequirement.objects.filter(
            position=OuterRef("position_id"), competency__in=self.competencies
        ).filter(
            ~met_requirement(
                OuterRef(OuterRef("pk")),
                OuterRef("competency_id"),
                OuterRef("level__rank"),
            )
        )
        return self.people().filter(Exists(unmet)).order_by("full_name", "pk")

    def decorate_paginated_queryset(self, object_list):
        employees = list(object_list)
        found = []
        for start in range(0, len(employees), CHUNK):
            rows = build_rows(employees[start : start + CHUNK], self.competencies)
            found += employee_gaps(rows, user=self.request.user)
        return [ExportRow(item, self.unit_label) for item in found]


class ExportRow:
    """An employee's gaps with the flat attributes the spreadsheet export reads."""

    def __init__(self, item, unit_label):
        employee = self.employee = item.employee
        self.gaps, self.gap_text = item.gaps, item.gap_text
        self.employee_number = employee.employee_number
        self.full_name = employee.full_name
        self.unit = unit_label(employee.org_unit)
        self.position = employee.position.display_name


class GapsByUnitView(SkillsReportView):
    """Per unit: requirements some of its people do not meet, and how many."""

    page_title = _("Gaps by unit")
    header_icon = "site"
    index_url_name = "skills_unit_gaps"
    index_results_url_name = "skills_unit_gaps_results"
    results_template_name = "skills/admin/unit_gaps_results.html"
    list_export = ["unit_name", "competency_name", "level_name", "required", "missing"]
    export_headings = {
        "unit_name": _("Unit"),
        "competency_name": _("Competency"),
        "level_name": _("Required level"),
        "required": _("People required"),
        "missing": _("People not meeting it"),
    }

    def get_filename(self):
        return "skills-gaps-by-unit"

    def get_filtered_queryset(self):
        people = self.filter_queryset(self.people())
        counts = coverage_counts(people, self.competencies)
        return unit_gaps(
            counts,
            units=OrgUnit.objects.in_bulk({c.org_unit_id for c in counts}),
            competencies={c.pk: c for c in self.competencies},
            levels={level.rank: level for level in ProficiencyLevel.objects.all()},
        )

    def decorate_paginated_queryset(self, object_list):
        gaps = with_courses(object_list, user=self.request.user)
        return [UnitExportRow(gap, self.unit_label) for gap in gaps]


class UnitExportRow:
    """A unit's gap with the flat attributes the spreadsheet export reads."""

    def __init__(self, gap, unit_label):
        self.gap, self.required, self.missing = gap, gap.required, gap.missing
        self.unit_name = unit_label(gap.unit)
        self.competency_name = str(gap.competency)
        self.level_name = gap.required_level.display_name


class OverviewView(ReportPageMixin, TemplateView):
    template_name = "skills/admin/overview.html"
    page_title = _("Coverage overview")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        lists = ReferenceLists.load(self.user)
        form = MatrixFilterForm(self.request.GET, lists=lists)
        filters = form.filters()
        report_problems(self.request, form.problems())
        data = overview.build(user=self.user, unit=filters.unit, lists=lists)
        return super().get_context_data(form=form, overview=data, **kwargs)

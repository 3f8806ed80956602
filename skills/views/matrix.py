from itertools import groupby

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View

from people.models import EmployeeProfile

from .. import exports, services
from ..cells import CellState, build_rows
from ..conf import sync_export_limit
from ..evidence import evidence_rows
from ..filters import MatrixFilterForm, saved_filters
from ..grid import render_rows
from ..matrix import ReferenceLists, iter_rows, matrix_page, people_for
from ..models import Competency, MatrixExport
from .base import ReportPageMixin, report_problems


class MatrixView(ReportPageMixin, TemplateView):
    template_name = "skills/admin/matrix.html"
    page_title = gettext_lazy("Skills matrix")
    header_icon = "table"

    def get_context_data(self, **kwargs):
        lists = ReferenceLists.load(self.user)
        form = MatrixFilterForm(self.request.GET, lists=lists)
        filters = form.filters()
        report_problems(self.request, form.problems())
        page = matrix_page(user=self.user, filters=filters, lists=lists)
        return super().get_context_data(
            form=form,
            filters=filters,
            page=page,
            grid=render_rows(page.rows, cell_url=reverse("skills_matrix")),
            states=CellState,
            area_spans=area_spans(page.competencies),
            name_sort="-name" if filters.sort == "name" else "name",
            coverage_sort="coverage" if filters.sort == "-coverage" else "-coverage",
            export_filters=saved_filters(self.request.GET),
            **kwargs,
        )


def area_spans(competencies):
    """``(area, number of columns)`` for the header row that groups competencies."""
    return [
        (area, len(list(group)))
        for area, group in groupby(competencies, key=lambda c: c.area)
    ]


class CellView(ReportPageMixin, TemplateView):
    """The evidence behind one cell; people outside the user's scope are not found."""

    template_name = "skills/admin/cell.html"
    header_icon = "doc-full"

    def get_page_title(self):
        return _("Evidence")

    def get_page_subtitle(self):
        return f"{self.employee.full_name} · {self.competency}"

    def get_context_data(self, **kwargs):
        people = EmployeeProfile.objects.visible_to(self.user)
        self.employee = get_object_or_404(
            people.select_related("org_unit", "position"), pk=kwargs["employee_id"]
        )
        self.competency = get_object_or_404(
            Competency.objects.select_related("area"), pk=kwargs["competency_id"]
        )
        cell = build_rows([self.employee], [self.competency])[0].cells[0]
        unit = self.employee.org_unit
        return super().get_context_data(
            employee=self.employee,
            unit_path=list(unit.get_ancestors().filter(depth__gt=1)) + [unit],
            competency=self.competency,
            cell=cell,
            evidence=evidence_rows(self.employee, self.competency),
            **kwargs,
        )

    def get_breadcrumbs_items(self):
        matrix = {"url": reverse("skills_matrix"), "label": _("Skills matrix")}
        return self.breadcrumbs_items + [matrix, {"url": "", "label": _("Evidence")}]


class ExportView(ReportPageMixin, View):
    """Download the matrix as filtered: at once when small, in the background if not."""

    http_method_names = ["post"]

    def post(self, request):
        file_format = request.POST.get("format")
        if file_format not in MatrixExport.Format.values:
            messages.error(request, _("Choose CSV or XLSX to export."))
            return redirect("skills_matrix")
        lists = ReferenceLists.load(self.user)
        form = MatrixFilterForm(request.POST, lists=lists)
        filters = form.filters()
        if form.problems():
            report_problems(request, form.problems())
            messages.error(request, _("Nothing was exported."))
            return redirect("skills_matrix")
        if people_for(self.user, filters).count() > sync_export_limit():
            return self.in_background(file_format)
        rows = iter_rows(user=self.user, filters=filters, lists=lists)
        competencies = lists.competencies_in(filters.area)
        return exports.RESPONSES[file_format](rows, competencies)

    def in_background(self, file_format):
        services.export_request(
            user=self.user, data=self.request.POST, file_format=file_format
        )
        messages.success(
            self.request,
            _(
                "The export is large, so it is being prepared in the background. "
                "It will appear in this list, and you will get an email when it is "
                "ready."
            ),
        )
        return HttpResponseRedirect(reverse("skills_exports"))

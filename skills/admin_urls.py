"""Admin URLs of the skills reports, registered by wagtail_hooks under /admin/skills/."""

from django.urls import path

from .views.exports import DownloadView, ExportListView
from .views.matrix import CellView, ExportView, MatrixView
from .views.reports import GapsByEmployeeView, GapsByUnitView, OverviewView

urlpatterns = [
    path("matrix/", MatrixView.as_view(), name="skills_matrix"),
    path(
        "matrix/<int:employee_id>/<int:competency_id>/",
        CellView.as_view(),
        name="skills_matrix_cell",
    ),
    path("matrix/export/", ExportView.as_view(), name="skills_matrix_export"),
    path("exports/", ExportListView.as_view(), name="skills_exports"),
    path(
        "exports/results/",
        ExportListView.as_view(results_only=True),
        name="skills_exports_results",
    ),
    path(
        "exports/<int:pk>/download/",
        DownloadView.as_view(),
        name="skills_export_download",
    ),
    path("gaps/", GapsByEmployeeView.as_view(), name="skills_gaps"),
    path(
        "gaps/results/",
        GapsByEmployeeView.as_view(results_only=True),
        name="skills_gaps_results",
    ),
    path("gaps/units/", GapsByUnitView.as_view(), name="skills_unit_gaps"),
    path(
        "gaps/units/results/",
        GapsByUnitView.as_view(results_only=True),
        name="skills_unit_gaps_results",
    ),
    path("overview/", OverviewView.as_view(), name="skills_overview"),
]

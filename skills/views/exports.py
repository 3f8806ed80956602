import os

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import View
from wagtail.admin.views.reports import ReportView

from .. import services
from ..exports import CSV_TYPE, XLSX_TYPE
from ..models import MatrixExport
from .base import MatrixPermissionMixin, ReportPageMixin

CONTENT_TYPES = {"csv": CSV_TYPE, "xlsx": XLSX_TYPE}


class ExportListView(ReportPageMixin, ReportView):
    """The user's own background exports; finished ones are announced once."""

    page_title = gettext_lazy("My skills matrix exports")
    header_icon = "download"
    index_url_name = "skills_exports"
    index_results_url_name = "skills_exports_results"
    template_name = "skills/admin/report_base.html"
    results_template_name = "skills/admin/exports_results.html"
    paginate_by = 20

    def get_queryset(self):
        return MatrixExport.objects.filter(requested_by=self.request.user)

    def get(self, request, *args, **kwargs):
        if not self.results_only:
            self.announce(services.exports_to_announce(user=request.user))
        return super().get(request, *args, **kwargs)

    def announce(self, finished):
        for export in finished:
            if export.status == MatrixExport.Status.READY:
                text = _("Your export of %(time)s is ready to download.")
                messages.success(self.request, text % {"time": local_time(export)})
            else:
                text = _("Your export of %(time)s failed. Please try again.")
                messages.error(self.request, text % {"time": local_time(export)})


def local_time(export):
    from django.utils import timezone
    from django.utils.formats import date_format

    return date_format(timezone.localtime(export.created_at), "SHORT_DATETIME_FORMAT")


class DownloadView(MatrixPermissionMixin, View):
    """The file, for the user who asked for it and until it expires; anyone else
    finds nothing (404)."""

    def get(self, request, pk):
        export = get_object_or_404(
            MatrixExport,
            pk=pk,
            requested_by=request.user,
            status=MatrixExport.Status.READY,
            created_at__gte=services.export_cutoff(),
        )
        if not export.file:
            raise Http404
        return FileResponse(
            export.file.open("rb"),
            as_attachment=True,
            filename=os.path.basename(export.file.name),
            content_type=CONTENT_TYPES[export.file_format],
        )

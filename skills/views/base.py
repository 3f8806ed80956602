"""What every admin view of the skills reports shares: the permission, the header."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.utils.functional import cached_property
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..permissions import can_view_matrix


class MatrixPermissionMixin:
    """Only HR, managers and administrators; checked on every request."""

    def dispatch(self, request, *args, **kwargs):
        if not can_view_matrix(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ReportPageMixin(MatrixPermissionMixin, WagtailAdminTemplateMixin):
    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    @cached_property
    def user(self):
        return self.request.user


def report_problems(request, problems):
    for problem in problems:
        messages.error(request, problem)

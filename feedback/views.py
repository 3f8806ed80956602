"""The citizen feedback report (heatmap, one unit's needs and trend), the one-step
assignment of a closing course, and the before/after view of an assigned course."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView

from people.exports import ExcelFriendlyExportMixin
from people.models import OrgUnit

from . import needs
from .charts import trend_charts
from .effect import course_effect
from .forms import NeedAssignForm, ReportFilterForm
from .models import NeedAssignment
from .periods import Period, recent_quarters
from .permissions import can_read_comments, can_read_report
from .services import AssignmentRefused, assign_for_need


class ReportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_read_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ScoreRow:
    """One unit's score in one category, flat for the spreadsheet export (numbers
    only: never a comment, never an employee)."""

    def __init__(self, unit, item):
        category = item.category
        self.unit = unit.path_label
        self.category = category.display_name
        self.ratings = item.ratings
        self.average = item.average
        self.low_share = item.low_share
        self.target_average = category.target_average
        self.max_low_share = category.max_low_share
        self.short = bool(item.short)  # the export helper writes it as Yes/No


class NeedsReportView(ReportPermissionMixin, ExcelFriendlyExportMixin, ReportView):
    template_name = "feedback/admin/report.html"
    results_template_name = "feedback/admin/report_results.html"
    page_title = gettext_lazy("Citizen feedback")
    header_icon = "comment"
    index_url_name = "feedback_report"
    index_results_url_name = "feedback_report_results"
    paginate_by = None
    list_export = [
        "unit", "category", "ratings", "average", "low_share", "target_average",
        "max_low_share", "short",
    ]  # fmt: skip
    export_headings = {
        "unit": gettext_lazy("Unit"),
        "category": gettext_lazy("Category"),
        "ratings": gettext_lazy("Ratings"),
        "average": gettext_lazy("Average"),
        "low_share": gettext_lazy("Ratings of 1–2 (%)"),
        "target_average": gettext_lazy("Target average"),
        "max_low_share": gettext_lazy("Most ratings of 1–2 (%)"),
        "short": gettext_lazy("Short of target"),
    }

    def get_filename(self):
        return f"citizen-feedback-{self.period.key}"

    @cached_property
    def quarters(self):
        return recent_quarters()

    @cached_property
    def form(self):
        return ReportFilterForm(
            self.request.GET or None, user=self.request.user, quarters=self.quarters
        )

    @cached_property
    def period(self):
        if self.form.is_valid() and self.form.cleaned_data["period"]:
            return Period.parse(self.form.cleaned_data["period"])
        return self.quarters[0]

    @cached_property
    def unit(self):
        return self.form.cleaned_data["unit"] if self.form.is_valid() else None

    @cached_property
    def categories(self):
        return needs.categories()

    @cached_property
    def heatmap(self):
        return needs.heatmap(self.request.user, self.period, self.categories)

    @cached_property
    def scores(self):
        return needs.unit_scores(self.unit, self.period, self.categories)

    def get_queryset(self):
        if self.unit:
            return [ScoreRow(self.unit, item) for item in self.scores]
        return [ScoreRow(row.unit, s) for row in self.heatmap for s in row.scores]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=self.form,
            period=self.period,
            unit=self.unit,
            categories=self.categories,
        )
        if self.unit:
            context.update(self.unit_context())
        else:
            context["heatmap"] = self.heatmap
        return context

    def unit_context(self):
        user = self.request.user
        rows = needs.unit_needs(
            self.unit, self.period, user, self.categories, self.scores
        )
        trend = needs.trend(self.unit, self.period, self.categories)
        shown = can_read_comments(user) and rows
        return {
            "scores": self.scores,
            "needs": rows,
            "charts": trend_charts(trend, self.categories),
            "show_comments": can_read_comments(user),
            "comments": needs.comments(
                self.unit, self.period, [r.category.pk for r in rows]
            )
            if shown
            else [],
            "can_assign": user.has_perm("courses.assign_courses"),
        }


def report_url(unit, period):
    query = urlencode({"unit": unit.pk, "period": period.key})
    return f"{reverse('feedback_report')}?{query}"


@require_POST
def assign_view(request):
    """Assign a course that closes a need, with a due date, in one step."""
    user = request.user
    if not (can_read_report(user) and user.has_perm("courses.assign_courses")):
        raise PermissionDenied
    form = NeedAssignForm(request.POST, user=user)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return HttpResponseRedirect(reverse("feedback_report"))
    data = form.cleaned_data
    try:
        assignment, created = assign_for_need(user=user, **data)
    except AssignmentRefused as refused:
        messages.error(request, str(refused))
    else:
        messages.success(
            request,
            ngettext(
                "“%(course)s” assigned to %(count)d employee.",
                "“%(course)s” assigned to %(count)d employees.",
                created,
            )
            % {"course": assignment.course.title, "count": created},
        )
    return HttpResponseRedirect(report_url(data["unit"], data["period"]))


class EffectView(ReportPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """Before and after a course assigned for a need, with the number of ratings."""

    template_name = "feedback/admin/effect.html"
    page_title = gettext_lazy("Did the training help?")
    header_icon = "comment"

    @cached_property
    def assignment(self):
        visible = NeedAssignment.objects.filter(
            need__org_unit__in=OrgUnit.objects.visible_to(self.request.user)
        ).select_related("need__org_unit", "need__category", "course")
        return get_object_or_404(visible, pk=self.kwargs["pk"])

    def get_breadcrumbs_items(self):
        need = self.assignment.need
        period = Period(need.period_start, need.period_end)
        return self.breadcrumbs_items + [
            {"url": report_url(need.org_unit, period), "label": _("Citizen feedback")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            assignment=self.assignment,
            effect=course_effect(self.assignment),
            **kwargs,
        )

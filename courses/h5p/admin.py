"""Admin screens: packages (snippets), installed libraries and statements (records,
read-only), and the per-activity results report."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from people.choosers import PermissionCheckedChooserViewSet
from people.exports import ExcelFriendlyExportMixin
from people.models import OrgUnit
from people.viewsets import scoped, scoped_index

from .forms import H5PPackageForm
from .models import H5PLibrary, H5PPackage, XAPIStatement
from .results import summarise


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Records (installed libraries, statements) are read, never edited here."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


for record in (H5PLibrary, XAPIStatement):
    register_permission_policy(record, ReadOnlyPolicy(record))


class H5PPackageViewSet(SnippetViewSet):
    model = H5PPackage
    icon = "code"
    menu_label = gettext_lazy("Packages")
    list_display = ["title", "main_library", "uploaded_by", "uploaded_at"]
    list_filter = ["main_library"]
    search_fields = ["title"]
    search_backend_name = None
    copy_view_enabled = False
    chooser_viewset_class = PermissionCheckedChooserViewSet
    inspect_view_enabled = True
    inspect_view_fields = [
        "title", "main_library", "libraries", "grading_method", "uploaded_by",
        "uploaded_at",
    ]  # fmt: skip

    def get_edit_handler(self):
        panels = [FieldPanel("title"), FieldPanel("file"), FieldPanel("grading_method")]
        return ObjectList(panels, base_form_class=H5PPackageForm).bind_to_model(
            self.model
        )


class LibraryViewSet(ModelViewSet):
    model = H5PLibrary
    form_fields = ["title"]  # never shown: the policy forbids editing
    icon = "cogs"
    menu_label = gettext_lazy("Installed libraries")
    list_display = ["machine_name", "version", "title", "runnable", "installed_at"]
    list_filter = ["runnable"]
    search_fields = ["machine_name", "title"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "machine_name", "version", "title", "runnable", "installed_at", "installed_by",
    ]  # fmt: skip
    copy_view_enabled = False


class StatementViewSet(ModelViewSet):
    model = XAPIStatement
    form_fields = ["verb"]  # never shown: the policy forbids editing
    icon = "list-ul"
    menu_label = gettext_lazy("xAPI statements")
    index_view_class = scoped_index("employee", "employee__org_unit", "package")
    inspect_view_class = scoped(generic.InspectView)
    list_display = ["employee", "package", "verb_name", "percent", "stored_at"]
    list_filter = {
        "package": ["exact"],
        "is_top_level": ["exact"],
        "employee__org_unit": ["exact"],
    }
    search_fields = ["employee__full_name", "employee__employee_number"]
    search_backend_name = None
    list_export = [
        "statement_id", "employee.employee_number", "employee.full_name",
        "package.title", "verb", "is_top_level", "score_raw", "score_max",
        "score_scaled", "percent", "completion", "success", "client_reported",
        "stored_at",
    ]  # fmt: skip
    inspect_view_enabled = True
    inspect_view_fields = [
        "statement_id", "employee", "package", "verb", "object_id", "sub_content_id",
        "is_top_level", "score_raw", "score_max", "score_scaled", "percent",
        "completion", "success", "client_reported", "stored_at", "statement",
        "claimed_actor",
    ]  # fmt: skip
    copy_view_enabled = False


class H5PGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("H5P activities")
    menu_icon = "code"
    menu_order = 209
    items = (
        H5PPackageViewSet,
        LibraryViewSet("h5p_libraries"),
        StatementViewSet("h5p_statements"),
    )


def can_report(user):
    return user.has_perm("h5p.view_xapistatement")


class PackageFilterForm(forms.Form):
    package = forms.ModelChoiceField(
        label=gettext_lazy("Activity"), queryset=H5PPackage.objects.all()
    )
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit (with the units below)"),
        queryset=OrgUnit.objects.none(),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = OrgUnit.objects.visible_to(user)


def top_level_statements(user, form):
    statements = (
        XAPIStatement.objects.visible_to(user)
        .filter(package=form.cleaned_data["package"], is_top_level=True)
        .select_related("employee__org_unit")
        .order_by("employee__full_name", "employee_id", "stored_at", "pk")
    )
    unit = form.cleaned_data.get("unit")
    if unit:
        statements = statements.filter(employee__org_unit__path__startswith=unit.path)
    return statements


def result_rows(package, statements):
    by_employee = {}
    for statement in statements:
        by_employee.setdefault(statement.employee, []).append(statement)
    rows = []
    for employee, own in by_employee.items():
        result = summarise(package, own)
        rows.append(
            {
                "employee_number": employee.employee_number,
                "employee": employee.full_name,
                "unit": str(employee.org_unit),  # its path: "Bakı 1 › Ön ofis"
                "attempts": result.attempts,
                "result": result.result,
                "best": result.best,
                "last": result.last,
                "completed": result.completed,
                "last_at": timezone.localtime(result.last_at).strftime(
                    "%Y-%m-%d %H:%M"
                ),
            }
        )
    return rows


class H5PResultsReport(ExcelFriendlyExportMixin, ReportView):
    page_title = gettext_lazy("H5P results")
    header_icon = "code"
    index_url_name = "h5p_results_report"
    index_results_url_name = "h5p_results_report_results"
    template_name = "h5p/admin/results.html"
    results_template_name = "h5p/admin/results_results.html"
    paginate_by = 200
    columns = [
        Column("employee", label=gettext_lazy("Employee")),
        Column("unit", label=gettext_lazy("Unit")),
        Column("attempts", label=gettext_lazy("Attempts")),
        Column("result", label=gettext_lazy("Result (%)")),
        Column("best", label=gettext_lazy("Best (%)")),
        Column("last", label=gettext_lazy("Last (%)")),
        Column("completed", label=gettext_lazy("Completed")),
        Column("last_at", label=gettext_lazy("Last activity")),
    ]
    list_export = [
        "employee_number", "employee", "unit", "attempts", "result", "best", "last",
        "completed", "last_at",
    ]  # fmt: skip
    export_headings = {
        "employee_number": gettext_lazy("Employee number"),
        "employee": gettext_lazy("Employee"),
        "unit": gettext_lazy("Unit"),
        "attempts": gettext_lazy("Attempts"),
        "result": gettext_lazy("Result (%)"),
        "best": gettext_lazy("Best (%)"),
        "last": gettext_lazy("Last (%)"),
        "completed": gettext_lazy("Completed"),
        "last_at": gettext_lazy("Last activity"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_report(request.user):
            raise PermissionDenied
        self.form = PackageFilterForm(request.GET or None, user=request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "h5p-results-" + timezone.localdate().isoformat()

    def get_queryset(self):
        return []

    def get_filtered_queryset(self):
        if not self.form.is_valid():
            return []
        statements = top_level_statements(self.request.user, self.form)
        return result_rows(self.form.cleaned_data["package"], statements)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.form
        return context

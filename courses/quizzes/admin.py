"""Admin screens for trainers: question bank, attempts, results, item analysis."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from people.choosers import PermissionCheckedChooserViewSet
from people.exports import ExcelFriendlyExportMixin
from people.models import OrgUnit
from people.viewsets import ScopedModelViewSet

from .models import Attempt, Question, QuestionCategory, QuizPage
from .moodle_xml import export_questions, import_questions
from .scoring import grade, passed
from .services import regrade_quiz
from .statistics import item_statistics, score_histogram


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    list_display = ["text", "type", "category", "points"]
    list_filter = ["type", "category", "locale"]
    search_fields = ["text"]
    search_backend_name = None
    list_export = ["text", "type", "category", "points"]
    menu_label = gettext_lazy("Questions")
    chooser_viewset_class = PermissionCheckedChooserViewSet


class CategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    list_display = ["name", "name_ru", "name_en"]
    search_fields = ["name"]
    search_backend_name = None
    chooser_viewset_class = PermissionCheckedChooserViewSet


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = gettext_lazy("Question bank")
    menu_icon = "help"
    menu_order = 206
    items = (QuestionViewSet, CategoryViewSet)


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Attempts are records: they can be read, never added, edited or deleted."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


register_permission_policy(Attempt, ReadOnlyPolicy(Attempt))


class AttemptViewSet(ScopedModelViewSet):
    model = Attempt
    form_fields = ["passed"]  # never shown: the policy forbids editing
    icon = "form"
    scope_select_related = ("employee", "employee__org_unit", "quiz")
    list_display = [
        "employee",
        "quiz",
        "number",
        "state",
        "percent",
        "passed",
        "started_at",
    ]
    list_filter = {
        "quiz": ["exact"],
        "state": ["exact"],
        "passed": ["exact"],
        "employee__org_unit": ["exact"],
    }
    search_fields = ["employee__full_name", "employee__employee_number"]
    search_backend_name = None
    list_export = [
        "employee.employee_number",
        "employee.full_name",
        "employee.org_unit",
        "quiz.title",
        "number",
        "get_state_display",
        "started_at",
        "submitted_at",
        "percent",
        "passed",
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "employee", "quiz", "number", "state", "language", "started_at", "deadline",
        "submitted_at", "graded_at", "closed_by_sweep", "score", "max_score", "percent",
        "passed",
    ]  # fmt: skip
    copy_view_enabled = False
    menu_order = 207
    add_to_admin_menu = True
    menu_label = gettext_lazy("Quiz attempts")


def can_report(user):
    return user.has_perm("quizzes.view_attempt")


class QuizFilterForm(forms.Form):
    quiz = forms.ModelChoiceField(
        label=gettext_lazy("Quiz"), queryset=QuizPage.objects.none(), required=True
    )
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Unit (with the units below)"),
        queryset=OrgUnit.objects.none(),
        required=False,
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["quiz"].queryset = QuizPage.objects.filter(alias_of__isnull=True)
        self.fields["unit"].queryset = OrgUnit.objects.visible_to(user)


def filtered_attempts(request, form):
    quiz = form.cleaned_data["quiz"]
    attempts = (
        Attempt.objects.visible_to(request.user)
        .graded()
        .filter(quiz_key=quiz.translation_key)
        .select_related("employee__org_unit")
        .order_by("employee__full_name", "number")
    )
    unit = form.cleaned_data.get("unit")
    if unit:
        attempts = attempts.filter(employee__org_unit__path__startswith=unit.path)
    return quiz, attempts


def results_rows(quiz, attempts):
    by_employee = {}
    for attempt in attempts:
        by_employee.setdefault(attempt.employee, []).append(attempt)
    rows = []
    for employee, own in by_employee.items():
        result = grade(quiz.grading_method, [a.percent for a in own])
        last = own[-1]
        rows.append(
            {
                "employee_number": employee.employee_number,
                "employee": employee.full_name,
                "unit": str(employee.org_unit),  # its path: "Bakı 1 › Ön ofis"
                "attempts": len(own),
                "grade": result,
                "best": max(a.percent for a in own),
                "passed": passed(result, quiz.pass_mark),
                "minutes": round(
                    (last.submitted_at - last.started_at).total_seconds() / 60, 1
                ),
            }
        )
    return rows


class QuizResultsReport(ExcelFriendlyExportMixin, ReportView):
    page_title = gettext_lazy("Quiz results")
    header_icon = "form"
    index_url_name = "quizzes_results_report"
    index_results_url_name = "quizzes_results_report_results"
    template_name = "quizzes/admin/results.html"
    results_template_name = "quizzes/admin/results_results.html"
    paginate_by = 200
    columns = [
        Column("employee", label=gettext_lazy("Employee")),
        Column("unit", label=gettext_lazy("Unit")),
        Column("attempts", label=gettext_lazy("Attempts")),
        Column("grade", label=gettext_lazy("Grade (%)")),
        Column("best", label=gettext_lazy("Best (%)")),
        Column("passed", label=gettext_lazy("Passed")),
        Column("minutes", label=gettext_lazy("Time taken, last attempt (min)")),
    ]
    list_export = [
        "employee_number", "employee", "unit", "attempts", "grade", "best", "passed",
        "minutes",
    ]  # fmt: skip
    export_headings = {
        "employee_number": gettext_lazy("Employee number"),
        "employee": gettext_lazy("Employee"),
        "unit": gettext_lazy("Unit"),
        "attempts": gettext_lazy("Attempts"),
        "grade": gettext_lazy("Grade (%)"),
        "best": gettext_lazy("Best (%)"),
        "passed": gettext_lazy("Passed"),
        "minutes": gettext_lazy("Time taken, last attempt (min)"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_report(request.user):
            raise PermissionDenied
        self.form = QuizFilterForm(request.GET or None, user=request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "quiz-results-" + timezone.localdate().isoformat()

    def get_queryset(self):
        return []

    def get_filtered_queryset(self):
        if not self.form.is_valid():
            return []
        quiz, attempts = filtered_attempts(self.request, self.form)
        self.rows = results_rows(quiz, attempts)
        self.histogram = score_histogram(self.rows, quiz.pass_mark)
        return self.rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter_form"] = self.form
        context["histogram"] = getattr(self, "histogram", None)
        return context


def item_analysis_view(request):
    if not can_report(request.user):
        raise PermissionDenied
    form = QuizFilterForm(request.GET or None, user=request.user)
    stats, quiz = [], None
    if form.is_valid():
        quiz, attempts = filtered_attempts(request, form)
        stats = item_statistics(list(attempts))
    return render(
        request,
        "quizzes/admin/item_analysis.html",
        {
            "form": form,
            "stats": stats,
            "quiz": quiz,
            "can_regrade": request.user.has_perm("quizzes.regrade_quiz"),
        },
    )


@require_POST
def regrade_view(request, quiz_id):
    if not request.user.has_perm("quizzes.regrade_quiz"):
        raise PermissionDenied
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    changed = regrade_quiz(quiz=quiz, by=request.user)
    messages.success(
        request,
        ngettext(
            "Regraded: %d attempt changed.", "Regraded: %d attempts changed.", changed
        )
        % changed,
    )
    return HttpResponseRedirect(reverse("quizzes_item_analysis") + f"?quiz={quiz.pk}")


class ImportForm(forms.Form):
    category = forms.ModelChoiceField(
        label=gettext_lazy("Into category"), queryset=QuestionCategory.objects.all()
    )
    file = forms.FileField(label=gettext_lazy("Moodle XML file"))
    skip_unsupported = forms.BooleanField(
        label=gettext_lazy("Skip the question types this system does not support"),
        help_text=gettext_lazy(
            "The other questions are imported (all of them or, if one has a "
            "problem, none); the skipped ones are listed."
        ),
        required=False,
    )


def import_view(request):
    if not request.user.has_perm("quizzes.add_question"):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        result = import_questions(
            data=data,
            category=form.cleaned_data["category"],
            skip_unsupported=form.cleaned_data["skip_unsupported"],
        )
        problems = result.problems
        if not problems:
            count = len(result.created)
            messages.success(
                request,
                ngettext("%d question imported.", "%d questions imported.", count)
                % count,
            )
            for skipped in result.skipped:
                messages.warning(
                    request, _("Skipped: %(problem)s") % {"problem": skipped}
                )
            return HttpResponseRedirect(reverse("quizzes_import"))
    categories = QuestionCategory.objects.all()
    return render(
        request,
        "quizzes/admin/import.html",
        {
            "form": form,
            "problems": problems,
            "categories": categories,
            "unsupported": any(p.unsupported for p in problems),
        },
    )


def export_view(request):
    if not request.user.has_perm("quizzes.view_question"):
        raise PermissionDenied
    category = get_object_or_404(QuestionCategory, pk=request.GET.get("category") or 0)
    questions = Question.objects.filter(category=category).prefetch_related("options")
    response = HttpResponse(export_questions(questions), content_type="application/xml")
    response["Content-Disposition"] = (
        f'attachment; filename="questions-{category.pk}.xml"'
    )
    return response

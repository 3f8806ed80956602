from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from people.menus import PermissionMenuItem

from . import admin

register_snippet(admin.QuestionBankGroup)


@hooks.register("register_admin_viewset")
def register_attempts():
    return admin.AttemptViewSet("quiz_attempts")


@hooks.register("register_admin_urls")
def register_quiz_admin_urls():
    report = admin.QuizResultsReport
    return [
        path("reports/quiz-results/", report.as_view(), name="quizzes_results_report"),
        path(
            "reports/quiz-results/results/",
            report.as_view(results_only=True),
            name="quizzes_results_report_results",
        ),
        path(
            "reports/quiz-items/",
            admin.item_analysis_view,
            name="quizzes_item_analysis",
        ),
        path(
            "quizzes/<int:quiz_id>/regrade/", admin.regrade_view, name="quizzes_regrade"
        ),
        path("quizzes/questions/import/", admin.import_view, name="quizzes_import"),
        path("quizzes/questions/export/", admin.export_view, name="quizzes_export"),
    ]


@hooks.register("register_reports_menu_item")
def register_results_menu_item():
    return PermissionMenuItem(
        _("Quiz results"),
        reverse("quizzes_results_report"),
        icon_name="form",
        order=710,
        permission="quizzes.view_attempt",
    )


@hooks.register("register_reports_menu_item")
def register_items_menu_item():
    return PermissionMenuItem(
        _("Quiz item analysis"),
        reverse("quizzes_item_analysis"),
        icon_name="form",
        order=711,
        permission="quizzes.view_attempt",
    )


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import/export questions"),
        reverse("quizzes_import"),
        icon_name="download",
        order=208,
        permission="quizzes.add_question",
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("quizzes.graded", _("Grade"), _("Quiz attempt graded"))
    actions.register_action("quizzes.regraded", _("Regrade"), _("Quiz regraded"))

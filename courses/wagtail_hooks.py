from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from people.menus import PermissionMenuItem

from . import admin_views
from .documents import may_download
from .reports import CourseProgressReport
from .viewsets import LearningGroup


@hooks.register("register_admin_viewset")
def register_learning():
    return LearningGroup()


@hooks.register("register_admin_urls")
def register_course_admin_urls():
    report = CourseProgressReport
    return [
        path("courses/assign/", admin_views.assign_view, name="courses_assign"),
        path(
            "courses/<int:course_id>/assign-gap/",
            admin_views.gap_assign_view,
            name="courses_assign_gap",
        ),
        path(
            "courses/enrolments/<int:pk>/withdraw/",
            admin_views.withdraw_view,
            name="courses_withdraw",
        ),
        path(
            "reports/course-progress/",
            report.as_view(),
            name="courses_progress_report",
        ),
        path(
            "reports/course-progress/results/",
            report.as_view(results_only=True),
            name="courses_progress_report_results",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_assign_menu_item():
    return PermissionMenuItem(
        _("Assign a course"),
        reverse("courses_assign"),
        icon_name="group",
        order=204,
        permission="courses.assign_courses",
    )


@hooks.register("register_reports_menu_item")
def register_progress_report_menu_item():
    return PermissionMenuItem(
        _("Course progress"),
        reverse("courses_progress_report"),
        icon_name="doc-full-inverse",
        order=700,
        permission="courses.view_enrolment",
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    for action, label, message in [
        ("courses.enrolled", _("Enrol"), _("Employee enrolled")),
        ("courses.assigned", _("Assign"), _("Course assigned")),
        ("courses.withdrawn", _("Withdraw"), _("Enrolment withdrawn")),
        ("courses.passed", _("Pass"), _("Course passed")),
        (
            "courses.recertification_due",
            _("Recertification due"),
            _("Enrolment closed for recertification"),
        ),
    ]:
        actions.register_action(action, label, message)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    from .dashboard import add_panels

    add_panels(request, panels)


@hooks.register("before_serve_document")
def check_document_access(document, request):
    """Documents are served only to those who may open a lesson that uses them
    (and to document editors); anyone else finds nothing."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_download(request.user, document):
        raise Http404

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from people.menus import PermissionMenuItem

from . import admin

register_snippet(admin.H5PGroup)


@hooks.register("register_admin_urls")
def register_h5p_admin_urls():
    report = admin.H5PResultsReport
    return [
        path("reports/h5p-results/", report.as_view(), name="h5p_results_report"),
        path(
            "reports/h5p-results/results/",
            report.as_view(results_only=True),
            name="h5p_results_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_results_menu_item():
    return PermissionMenuItem(
        _("H5P results"),
        reverse("h5p_results_report"),
        icon_name="code",
        order=712,
        permission="h5p.view_xapistatement",
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "h5p.library_installed", _("Install"), _("H5P library installed")
    )


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_activities_without_completion(request, page):
    """Tell the author when a lesson that completes by its activities holds one
    that never reports completion: employees will mark that lesson as done."""
    if getattr(page, "completion", None) != "activities":
        return
    for block in page.body:
        if block.block_type == "h5p" and block.block.cannot_complete(block.value):
            messages.warning(
                request,
                _(
                    "“%(title)s” never reports completion, so employees will mark "
                    "this lesson as done themselves."
                )
                % {"title": block.value["package"].title},
            )

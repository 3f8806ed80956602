from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from people.menus import PermissionMenuItem

from . import admin_urls
from .viewsets import CATEGORIES, MONITORS, SERVICES


@hooks.register("register_admin_viewset")
def register_services():
    return SERVICES


@hooks.register("register_admin_viewset")
def register_categories():
    return CATEGORIES


@hooks.register("register_admin_viewset")
def register_monitors():
    return MONITORS


@hooks.register("register_admin_urls")
def register_feedback_urls():
    return [path("feedback/", include(admin_urls))]


def menu_items():
    return [
        PermissionMenuItem(
            _("Training needs"),
            reverse("feedback_report"),
            icon_name="comment",
            order=1,
            permission="feedback.view_feedback_report",
        ),
        PermissionMenuItem(
            _("Import ratings"),
            reverse("feedback_import"),
            icon_name="upload",
            order=2,
            permission="feedback.import_feedback",
        ),
        PermissionMenuItem(
            _("Monitors"),
            reverse("feedback_monitors:index"),
            icon_name="desktop",
            order=3,
            permission="feedback.view_monitor",
        ),
        PermissionMenuItem(
            _("Services"),
            reverse("feedback_services:index"),
            icon_name="list-ul",
            order=4,
            permission="feedback.view_service",
        ),
        PermissionMenuItem(
            _("Categories and competencies"),
            reverse("feedback_categories:index"),
            icon_name="tag",
            order=5,
            permission="feedback.view_feedbackcategory",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_feedback_menu():
    return SubmenuMenuItem(
        _("Citizen feedback"),
        Menu(items=menu_items()),
        name="citizen-feedback",
        icon_name="comment",
        order=226,
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "feedback.imported", _("Import citizen ratings"), _("Citizen ratings imported")
    )

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from people.menus import PermissionMenuItem

from . import admin_urls
from .permissions import VIEW_MATRIX
from .viewsets import CompetencyGroup


@hooks.register("register_admin_viewset")
def register_competencies():
    return CompetencyGroup()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("skills/", include(admin_urls))]


def report_item(*args, **kwargs):
    """Shown to HR, managers and administrators; the views check again."""
    return PermissionMenuItem(*args, permission=VIEW_MATRIX, **kwargs)


def report_items():
    return [
        report_item(
            _("Skills matrix"), reverse("skills_matrix"), icon_name="table", order=1
        ),
        report_item(
            _("Gaps by employee"), reverse("skills_gaps"), icon_name="warning", order=2
        ),
        report_item(
            _("Gaps by unit"), reverse("skills_unit_gaps"), icon_name="site", order=3
        ),
        report_item(
            _("Coverage overview"),
            reverse("skills_overview"),
            icon_name="tasks",
            order=4,
        ),
        report_item(
            _("My exports"), reverse("skills_exports"), icon_name="download", order=5
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_report_menu():
    return SubmenuMenuItem(
        _("Skills reports"),
        Menu(items=report_items()),
        name="skills-reports",
        icon_name="table",
        order=225,
    )


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    from .dashboard import add_panels

    add_panels(request, panels)

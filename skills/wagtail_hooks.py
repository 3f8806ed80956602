from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_urls
from .permissions import can_view_matrix
from .viewsets import CompetencyGroup


@hooks.register("register_admin_viewset")
def register_competencies():
    return CompetencyGroup()


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("skills/", include(admin_urls))]


class ReportMenuItem(MenuItem):
    """Shown to HR, managers and administrators; the views check again."""

    def is_shown(self, request):
        return can_view_matrix(request.user)


def report_items():
    return [
        ReportMenuItem(
            _("Skills matrix"), reverse("skills_matrix"), icon_name="table", order=1
        ),
        ReportMenuItem(
            _("Gaps by employee"), reverse("skills_gaps"), icon_name="warning", order=2
        ),
        ReportMenuItem(
            _("Gaps by unit"), reverse("skills_unit_gaps"), icon_name="site", order=3
        ),
        ReportMenuItem(
            _("Coverage overview"),
            reverse("skills_overview"),
            icon_name="tasks",
            order=4,
        ),
        ReportMenuItem(
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

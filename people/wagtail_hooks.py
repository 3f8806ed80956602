from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import accounts, views
from .menus import PermissionMenuItem
from .viewsets import OrganisationGroup


@hooks.register("register_admin_viewset")
def register_organisation():
    return OrganisationGroup()


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path(
            "people/import/",
            views.import_employees_view,
            name="people_import_employees",
        )
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import employees"),
        reverse("people_import_employees"),
        icon_name="upload",
        order=215,
        permission="people.import_employees",
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "people.employees_imported", _("Import employees"), _("Employees imported")
    )
    actions.register_action(
        "people.roles_changed", _("Change roles"), _("Roles changed")
    )
    actions.register_action(
        "people.scope_changed", _("Change managed units"), _("Managed units changed")
    )
    actions.register_action(
        accounts.EMAIL_CHANGED, _("Change e-mail"), _("E-mail address changed")
    )
    actions.register_action(
        accounts.ACCOUNT_DEACTIVATED,
        _("Deactivate login"),
        _("Login deactivated and sessions ended"),
    )
    actions.register_action(
        accounts.ACCOUNT_REACTIVATED, _("Reactivate login"), _("Login reactivated")
    )

"""The five roles, as Django groups, and the permissions each app grants them.

Each app grants its own permissions from its own data migration, through ``grant``, so
no app's migrations reach into another's models.
"""

EMPLOYEE = "Employee"
TRAINER = "Trainer"
HR = "HR"
MANAGER = "Manager"
ADMINISTRATOR = "Administrator"
ROLES = (EMPLOYEE, TRAINER, HR, MANAGER, ADMINISTRATOR)

ADMIN_ACCESS = "wagtailadmin.access_admin"

PEOPLE_PERMISSIONS = {
    EMPLOYEE: [],
    TRAINER: [
        ADMIN_ACCESS,
        "people.view_all_employees",
        "people.view_employeeprofile",
        "people.view_orgunit",
        "people.view_position",
    ],
    HR: [
        ADMIN_ACCESS,
        "people.view_all_employees",
        "people.import_employees",
        "people.add_employeeprofile",
        "people.change_employeeprofile",
        "people.view_employeeprofile",
        "people.add_orgunit",
        "people.change_orgunit",
        "people.view_orgunit",
        "people.add_position",
        "people.change_position",
        "people.view_position",
        "people.view_employeeimport",
    ],
    MANAGER: [
        ADMIN_ACCESS,
        "people.view_employeeprofile",
        "people.view_orgunit",
        "people.view_position",
    ],
    ADMINISTRATOR: [
        ADMIN_ACCESS,
        "people.*",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "auth.add_group",
        "auth.change_group",
        "auth.view_group",
    ],
}


def ensure_permissions(apps):
    """Create the permission rows now; Django would only do it after all migrations."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, role_permissions):
    """Give each role (group) the listed permissions; ``app.*`` means all of an app."""
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in role_permissions.items():
        group, _ = Group.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".", 1)
            found = Permission.objects.filter(content_type__app_label=app_label)
            if codename != "*":
                found = found.filter(codename=codename)
            permissions = list(found)
            if not permissions:
                raise LookupError(f"Permission {name} does not exist")
            group.permissions.add(*permissions)

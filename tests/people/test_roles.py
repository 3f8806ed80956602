import pytest
from django.contrib.auth.models import Group
from wagtail.models import ModelLogEntry

from people import roles
from tests.factories import UserFactory


def test_the_five_roles_exist(db):
    assert set(roles.ROLES) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("role", "allowed", "denied"),
    [
        ("Employee", [], ["wagtailadmin.access_admin", "people.view_employeeprofile"]),
        (
            "Trainer",
            [
                "wagtailadmin.access_admin",
                "people.view_all_employees",
                "skills.view_competency",
            ],
            ["people.change_employeeprofile", "people.import_employees"],
        ),
        (
            "HR",
            [
                "people.import_employees",
                "people.change_employeeprofile",
                "people.add_orgunit",
                "skills.change_competency",
                "skills.add_positionrequirement",
            ],
            ["people.delete_employeeprofile", "auth.change_group"],
        ),
        (
            "Manager",
            ["wagtailadmin.access_admin", "people.view_employeeprofile"],
            ["people.view_all_employees", "people.change_employeeprofile"],
        ),
        (
            "Administrator",
            ["people.delete_orgunit", "skills.delete_competency", "auth.change_group"],
            [],
        ),
    ],
)
def test_role_permissions(db, role, allowed, denied):
    user = UserFactory(roles=[role])
    for permission in allowed:
        assert user.has_perm(permission), permission
    for permission in denied:
        assert not user.has_perm(permission), permission


def test_role_changes_are_written_to_the_audit_log(db):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="HR"))
    user.groups.remove(Group.objects.get(name="HR"))
    entries = ModelLogEntry.objects.filter(
        action="people.roles_changed", object_id=str(user.pk)
    )
    assert [e.data for e in entries.order_by("timestamp", "pk")] == [
        {"added": ["HR"]},
        {"removed": ["HR"]},
    ]


def test_managed_unit_changes_are_written_to_the_audit_log(tree, make_employee):
    profile = make_employee(tree["baku"])
    profile.managed_units.add(tree["ganja"])
    entry = ModelLogEntry.objects.get(action="people.scope_changed")
    assert entry.data == {"added": ["Ganja"]}

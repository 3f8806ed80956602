import pytest

from people.models import EmployeeProfile, OrgUnit
from tests.factories import UserFactory


@pytest.fixture
def staff(tree, make_employee):
    return {
        "baku": make_employee(tree["baku"]),
        "front": make_employee(tree["front"]),
        "ganja": make_employee(tree["ganja_front"]),
    }


def visible(user):
    return set(EmployeeProfile.objects.visible_to(user))


def test_manager_sees_their_units_and_all_descendants_only(tree, staff, manager_of):
    manager = manager_of(tree["baku"])
    assert visible(manager.user) == {staff["baku"], staff["front"], manager}


def test_manager_of_a_branch_does_not_see_the_parent_centre(tree, staff, manager_of):
    manager = manager_of(tree["yasamal"], home=tree["ganja"])
    assert visible(manager.user) == {staff["front"], manager}


def test_manager_of_several_units_sees_each_subtree(tree, staff, manager_of):
    manager = manager_of(tree["yasamal"], tree["ganja"])
    assert visible(manager.user) == {staff["front"], staff["ganja"], manager}


def test_moving_an_employee_changes_who_sees_them(tree, staff, manager_of):
    baku_manager = manager_of(tree["baku"])
    ganja_manager = manager_of(tree["ganja"])
    moved = staff["front"]
    moved.org_unit = tree["ganja_front"]
    moved.save()
    assert moved not in visible(baku_manager.user)
    assert moved in visible(ganja_manager.user)


def test_moving_a_unit_moves_its_people_between_scopes(tree, staff, manager_of):
    baku_manager = manager_of(tree["baku"])
    ganja_manager = manager_of(tree["ganja"])
    tree["yasamal"].move(OrgUnit.objects.get(code="ganja"), pos="sorted-child")
    assert staff["front"] not in visible(baku_manager.user)
    assert staff["front"] in visible(ganja_manager.user)


def test_employee_sees_only_themself(tree, staff):
    assert visible(staff["baku"].user) == {staff["baku"]}


@pytest.mark.parametrize("role", ["HR", "Trainer", "Administrator"])
def test_hr_trainers_and_administrators_see_everyone(tree, staff, make_employee, role):
    person = make_employee(tree["agency"], roles=(role,))
    assert visible(person.user) == set(EmployeeProfile.objects.all())


def test_anonymous_sees_nobody(staff):
    from django.contrib.auth.models import AnonymousUser

    assert visible(AnonymousUser()) == set()


def test_user_without_profile_or_role_sees_nobody(staff):
    assert visible(UserFactory()) == set()


def test_unit_scope_matches_people_scope(tree, manager_of):
    manager = manager_of(tree["yasamal"])
    units = set(OrgUnit.objects.visible_to(manager.user).values_list("code", flat=True))
    assert units == {"baku-1-yasamal", "baku-1-yasamal-front"}


def test_scope_costs_two_queries_whatever_the_number_of_managed_units(
    tree, staff, manager_of, django_assert_num_queries
):
    manager = manager_of(tree["yasamal"], tree["ganja"], tree["baku"])
    manager.user.is_superuser  # noqa: B018 - user loaded
    with django_assert_num_queries(4):  # 2 for permissions, 1 for paths, 1 for people
        list(EmployeeProfile.objects.visible_to(manager.user))


# Leavers ---------------------------------------------------------------------------


def test_a_manager_who_left_sees_nobody_even_with_an_active_login(
    tree, staff, manager_of
):
    manager = manager_of(tree["baku"])
    # The profile is deactivated by a bulk update that bypasses every signal: the
    # scoping helper itself must ignore a manager who left.
    EmployeeProfile.objects.filter(pk=manager.pk).update(is_active=False)
    assert visible(manager.user) - {manager} == set()
    assert set(OrgUnit.objects.visible_to(manager.user)) == set()


def test_an_inactive_login_sees_nobody(tree, staff, make_employee):
    hr = make_employee(tree["agency"], roles=("HR",))
    hr.user.is_active = False
    hr.user.is_superuser = True
    assert visible(hr.user) == set()

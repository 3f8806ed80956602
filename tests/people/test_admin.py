import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from people.models import EmployeeProfile
from tests.factories import PositionFactory


@pytest.fixture
def people(tree, make_employee, manager_of):
    return {
        "front": make_employee(tree["front"]),
        "ganja": make_employee(tree["ganja_front"]),
        "manager": manager_of(tree["baku"]),
        "hr": make_employee(tree["agency"], roles=("HR",)),
        "employee": make_employee(tree["front"]),
    }


def test_manager_listing_shows_only_their_scope(client, people):
    client.force_login(people["manager"].user)
    response = client.get(reverse("employees:index"))
    assert response.status_code == 200
    listed = set(response.context["object_list"])
    assert people["front"] in listed
    assert people["ganja"] not in listed


def test_manager_gets_404_for_an_employee_outside_their_scope(client, people):
    client.force_login(people["manager"].user)
    inside = client.get(reverse("employees:inspect", args=[people["front"].pk]))
    outside = client.get(reverse("employees:inspect", args=[people["ganja"].pk]))
    assert (inside.status_code, outside.status_code) == (200, 404)


def test_manager_cannot_edit_employees(client, people):
    client.force_login(people["manager"].user)
    response = client.get(reverse("employees:edit", args=[people["front"].pk]))
    assert response.status_code in (302, 403)


def test_hr_sees_and_edits_everyone(client, people):
    client.force_login(people["hr"].user)
    listed = set(client.get(reverse("employees:index")).context["object_list"])
    assert {people["front"], people["ganja"]} <= listed
    assert (
        client.get(reverse("employees:edit", args=[people["ganja"].pk])).status_code
        == 200
    )


def test_employee_cannot_enter_the_admin(client, people):
    client.force_login(people["employee"].user)
    assert client.get(reverse("employees:index")).status_code == 302
    assert client.get(reverse("people_import_employees")).status_code in (302, 403)


def test_admin_search_finds_azerbaijani_names(client, people):
    people["ganja"].full_name = "Süleymanova Nərmin Yaşar qızı"
    people["ganja"].save()
    client.force_login(people["hr"].user)
    response = client.get(reverse("employees:index"), {"q": "Nərmin"})
    assert list(response.context["object_list"]) == [people["ganja"]]


def test_org_unit_form_places_and_moves_units_in_the_tree(client, people, tree):
    client.force_login(people["hr"].user)
    response = client.post(
        reverse("org_units:add"),
        {
            "parent": tree["ganja"].pk,
            "code": "ganja-back",
            "name": "Arxa ofis",
            "kind": "department",
        },
    )
    assert response.status_code == 302
    unit = tree["ganja"].__class__.objects.get(code="ganja-back")
    assert unit.get_parent() == tree["ganja"]
    response = client.post(
        reverse("org_units:edit", args=[unit.pk]),
        {
            "parent": tree["baku"].pk,
            "code": "ganja-back",
            "name": "Arxa ofis",
            "kind": "department",
        },
    )
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.get_parent() == tree["baku"]


def test_org_unit_cannot_be_moved_inside_itself(client, people, tree):
    client.force_login(people["hr"].user)
    response = client.post(
        reverse("org_units:edit", args=[tree["baku"].pk]),
        {
            "parent": tree["front"].pk,
            "code": "baku-1",
            "name": "Baku",
            "kind": "centre",
        },
    )
    assert response.status_code == 200
    assert "parent" in response.context["form"].errors
    tree["baku"].refresh_from_db()
    assert tree["baku"].get_parent() == tree["agency"]


def test_hr_imports_through_the_admin_and_sees_every_problem(client, people, tree):
    PositionFactory(code="operator")
    client.force_login(people["hr"].user)
    before = EmployeeProfile.objects.count()
    bad = SimpleUploadedFile(
        "bad.csv",
        b"employee_number;full_name;org_unit;position\nX1;A B;nowhere;operator\nX2;;ganja;operator\n",
    )
    response = client.post(reverse("people_import_employees"), {"file": bad})
    problems = {(p.line, p.column) for p in response.context["problems"]}
    assert problems == {(2, "org_unit"), (3, "full_name")}
    page = response.content.decode()
    assert "nowhere" in page and "full_name" in page
    assert EmployeeProfile.objects.count() == before
    good = SimpleUploadedFile(
        "good.csv",
        "\ufeffemployee_number;full_name;org_unit;position\nX1;Abbasova Fidan;ganja;operator\n".encode(),
    )
    response = client.post(
        reverse("people_import_employees"), {"file": good}, follow=True
    )
    assert [m.level_tag for m in response.context["messages"]] == ["success"]
    assert EmployeeProfile.objects.count() == before + 1


# Leavers and accounts with more rights ----------------------------------------------


def edit_data(profile, **changes):
    data = {
        "user": profile.user_id,
        "employee_number": profile.employee_number,
        "full_name": profile.full_name,
        "org_unit": profile.org_unit_id,
        "position": profile.position_id,
        "preferred_language": profile.preferred_language,
        "is_active": "on" if profile.is_active else "",
        "managed_units": [u.pk for u in profile.managed_units.all()],
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v != ""}


def test_deactivating_a_manager_logs_them_out_and_empties_their_scope(client, people):
    from django.test import Client
    from wagtail.models import ModelLogEntry

    manager = people["manager"]
    manager_client = Client()
    manager_client.force_login(manager.user)
    assert manager_client.get(reverse("employees:index")).status_code == 200
    client.force_login(people["hr"].user)
    response = client.post(
        reverse("employees:edit", args=[manager.pk]),
        edit_data(manager, is_active=""),
    )
    assert response.status_code == 302, response.context["form"].errors
    manager.refresh_from_db()
    manager.user.refresh_from_db()
    assert not manager.is_active and not manager.user.is_active
    after = manager_client.get(reverse("employees:index"))
    assert after.status_code == 302 and "login" in after["Location"]
    assert not EmployeeProfile.objects.visible_to(manager.user).exists()
    entry = ModelLogEntry.objects.get(action="people.account_deactivated")
    assert (entry.user, entry.object_id) == (people["hr"].user, str(manager.user_id))


def test_hr_cannot_deactivate_or_relink_an_administrator(client, people, tree):
    from tests.factories import EmployeeFactory, UserFactory

    root = UserFactory(username="root-admin")
    root.is_superuser = True
    root.save()
    admin_profile = EmployeeFactory(user=root, org_unit=tree["agency"])
    client.force_login(people["hr"].user)
    url = reverse("employees:edit", args=[admin_profile.pk])
    response = client.post(url, edit_data(admin_profile, is_active=""))
    assert response.status_code == 200
    assert "root-admin" in str(response.context["form"].non_field_errors())
    root.refresh_from_db()
    assert root.is_active
    # Nor may HR point an ordinary employee's profile at the administrator's login.
    other = people["front"]
    other_url = reverse("employees:edit", args=[other.pk])
    spare = UserFactory(username="spare-admin")
    spare.is_superuser = True
    spare.save()
    response = client.post(other_url, edit_data(other, user=spare.pk))
    assert response.status_code == 200
    other.refresh_from_db()
    assert other.user_id != spare.pk
    # Renaming the administrator's profile is ordinary HR work.
    response = client.post(url, edit_data(admin_profile, full_name="Yeni Ad\x00\u202e"))
    assert response.status_code == 302, response.context["form"].errors
    admin_profile.refresh_from_db()
    assert admin_profile.full_name == "Yeni Ad"


def test_an_email_change_anywhere_is_audited(people):
    from wagtail.models import ModelLogEntry

    user = people["front"].user
    user.email = "new@example.az"
    user.save()
    user.save(update_fields=["last_login"])
    [entry] = ModelLogEntry.objects.filter(action="people.email_changed")
    assert entry.data == {"old": "", "new": "new@example.az"}

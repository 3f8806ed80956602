import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from skills.cells import CellState
from skills.wagtail_hooks import report_item

MATRIX = "/admin/skills/matrix/"


def get_matrix(client, user, **params):
    client.force_login(user)
    return client.get(MATRIX, params)


def employees_in(response):
    return {row.employee for row in response.context["page"].rows}


def test_the_matrix_lives_at_the_documented_address():
    assert reverse("skills_matrix") == MATRIX


def test_hr_sees_everyone_with_cells_and_legend(client, staff, give):
    give(staff["anar"], "SS-01", 2, days=30)
    response = get_matrix(client, staff["hr"].user)
    assert response.status_code == 200
    assert {staff["anar"], staff["ceyhun"], staff["dilara"]} <= employees_in(response)
    html = response.content.decode()
    assert 'class="cell cell--meets"' in html and 'class="cell cell--missing"' in html
    assert "<caption" in html and 'scope="row"' in html and 'scope="col"' in html
    for state in CellState:
        assert str(state.label) in html  # the legend names every colour in words
    assert "Expires within 60 days" in html and "#icon-time" in html


def test_manager_sees_only_their_scope(client, staff):
    response = get_matrix(client, staff["manager"].user)
    assert staff["anar"] in employees_in(response)
    assert staff["ceyhun"] not in employees_in(response)


def test_manager_unit_filter_offers_only_their_units(client, staff, tree):
    response = get_matrix(client, staff["manager"].user)
    offered = {
        value for value, _ in response.context["form"].fields["unit"].choices if value
    }
    assert offered == {tree[name].pk for name in ("baku", "yasamal", "front")}


def test_manager_asking_for_a_unit_outside_scope_gets_a_message(client, staff, tree):
    response = get_matrix(client, staff["manager"].user, unit=tree["ganja"].pk)
    assert response.status_code == 200
    messages = [str(m) for m in response.context["messages"]]
    assert any("Unit:" in m and "ignored" in m for m in messages)
    assert staff["ceyhun"] not in employees_in(response)


@pytest.mark.parametrize(
    "params",
    [
        {"unit": "abc"},
        {"position": "99999"},
        {"area": "-1"},
        {"sort": "salary"},
        {"per_page": "100000"},
        {"page": "zero"},
        {"page": "-3"},
        {"q": "x" * 500},
        {"q": "bad\x00byte"},
    ],
)
def test_bad_filter_values_give_a_message_not_an_error(client, staff, params):
    response = get_matrix(client, staff["hr"].user, **params)
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_employee_cannot_reach_the_matrix(client, staff):
    client.force_login(staff["anar"].user)
    for url in (MATRIX, reverse("skills_overview"), reverse("skills_gaps")):
        response = client.get(url)
        assert response.status_code in (302, 403, 404)
        assert "/login/" in response["Location"]


def test_roles_without_the_permission_are_turned_away(client, make_employee, tree):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    response = get_matrix(client, trainer.user)
    assert response.status_code == 302 and "matrix" not in response["Location"]


def test_the_permission_belongs_to_hr_managers_and_administrators(db):
    holders = set(
        Group.objects.filter(permissions__codename="view_skills_matrix").values_list(
            "name", flat=True
        )
    )
    assert holders == {"HR", "Manager", "Administrator"}


def test_the_menu_item_is_shown_only_to_those_allowed(staff):
    item = report_item("Skills matrix", MATRIX)
    request = RequestFactory().get("/admin/")
    shown = {}
    for name in ("hr", "manager", "anar"):
        request.user = staff[name].user
        shown[name] = item.is_shown(request)
    assert shown == {"hr": True, "manager": True, "anar": False}


def test_the_admin_menu_lists_the_reports_for_hr(client, staff):
    client.force_login(staff["hr"].user)
    assert "Skills reports" in client.get("/admin/").content.decode()


def cell_url(employee, competency):
    return reverse("skills_matrix_cell", args=[employee.pk, competency.pk])


def test_a_cell_opens_its_evidence(client, staff, framework, give):
    give(staff["anar"], "SS-01", 2, note="Certificate 2026/17")
    give(staff["anar"], "SS-01", 3, ended_at=timezone.now(), end_reason="revoked")
    client.force_login(staff["manager"].user)
    response = client.get(cell_url(staff["anar"], framework["competencies"]["SS-01"]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Certificate 2026/17" in html and "Counts now" in html
    assert "Ended: revoked" in html
    assert response.context["cell"].state == CellState.MEETS


def test_a_cell_outside_the_scope_is_not_found(client, staff, framework):
    client.force_login(staff["manager"].user)
    response = client.get(cell_url(staff["ceyhun"], framework["competencies"]["SS-01"]))
    assert response.status_code == 404


def test_sort_links_and_pages_keep_the_filters(client, staff, framework):
    area = framework["areas"]["service"].pk
    response = get_matrix(client, staff["hr"].user, area=area, per_page=25)
    html = response.content.decode()
    assert f"area={area}" in html and "sort=-name" in html


def test_the_permission_can_be_given_on_the_group_page(db):
    from wagtail import hooks

    offered = set()
    for register in hooks.get_hooks("register_permissions"):
        offered |= set(register().values_list("codename", flat=True))
    assert "view_skills_matrix" in offered

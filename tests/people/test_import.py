import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from people.importing import import_employees
from people.models import EmployeeImport, EmployeeProfile, OrgUnit, Position
from tests.factories import PositionFactory

HEADER = "employee_number,full_name,org_unit,position,email,language,active\n"
GOOD = (
    HEADER
    + "A001,Məmmədova Günay Elçin qızı,baku-1,operator,gunay@example.az,az,yes\n"
    + "A002,Quliyev Orxan Vaqif oğlu,ganja,operator,,ru,1\n"
    + "A003,İsmayılov Tural Fikrət oğlu,ganja-front,operator,,,\n"
)


@pytest.fixture
def operator(db):
    return PositionFactory(code="operator")


def snapshot():
    """Everything an import may touch, in a comparable form."""
    return (
        sorted(
            EmployeeProfile.objects.values_list(
                "employee_number",
                "full_name",
                "org_unit__code",
                "position__code",
                "preferred_language",
                "is_active",
                "user__username",
                "user__email",
                "user__is_active",
            )
        ),
        sorted(OrgUnit.objects.values_list("code", "path")),
        sorted(Position.objects.values_list("code", "name")),
    )


def run(text, encoding="utf-8", **kwargs):
    return import_employees(data=text.encode(encoding), file_name="staff.csv", **kwargs)


def test_good_file_creates_employees(tree, operator):
    outcome = run(GOOD)
    assert outcome.ok, outcome.problems
    assert outcome.record.created_count == 3
    gunay = EmployeeProfile.objects.get(employee_number="A001")
    assert gunay.full_name == "Məmmədova Günay Elçin qızı"
    assert gunay.org_unit == tree["baku"]
    assert gunay.user.username == "a001"
    assert gunay.user.email == "gunay@example.az"
    assert not gunay.user.has_usable_password()
    assert (
        EmployeeProfile.objects.get(employee_number="A002").preferred_language == "ru"
    )


def test_importing_the_same_file_twice_leaves_the_same_data(tree, operator):
    assert run(GOOD).ok
    first = snapshot()
    second_outcome = run(GOOD)
    assert second_outcome.ok
    assert snapshot() == first
    assert second_outcome.record.created_count == 0
    assert second_outcome.record.updated_count == 0
    assert second_outcome.unchanged_count == 3


def test_reimport_updates_changed_rows_only(tree, operator):
    assert run(GOOD).ok
    changed = GOOD.replace(
        "A002,Quliyev Orxan Vaqif oğlu,ganja,", "A002,Quliyev Orxan,baku-1,"
    )
    outcome = run(changed)
    assert outcome.ok
    assert (outcome.record.created_count, outcome.record.updated_count) == (0, 1)
    moved = EmployeeProfile.objects.get(employee_number="A002")
    assert (moved.full_name, moved.org_unit) == ("Quliyev Orxan", tree["baku"])


def test_bom_and_semicolons_as_excel_writes_them(tree, operator):
    text = "\ufeff" + GOOD.replace(",", ";")
    outcome = run(text)
    assert outcome.ok, outcome.problems
    assert EmployeeProfile.objects.count() == 3
    assert EmployeeProfile.objects.get(employee_number="A001").full_name.startswith(
        "Məm"
    )


def test_every_problem_is_reported_with_line_and_column_and_nothing_changes(
    tree, operator
):
    assert run(GOOD).ok
    before = snapshot()
    bad = (
        HEADER
        + "A001,New Name,baku-1,operator,not-an-email,az,yes\n"  # line 2: email
        + ",Nobody,baku-1,operator,,,\n"  # line 3: number
        + "A004,Someone,no-such-unit,operator,,,\n"  # line 4: unit
        + "A005,Someone Else,baku-1,no-such-position,,de,maybe\n"  # line 5: 3 problems
        + "A001,Duplicate,baku-1,operator,,,\n"  # line 6: duplicate number
        + "A006,Short row\n"  # line 7: value count
    )
    outcome = run(bad)
    assert not outcome.ok
    found = {(p.line, p.column) for p in outcome.problems}
    assert {
        (2, "email"),
        (3, "employee_number"),
        (4, "org_unit"),
        (5, "language"),
        (5, "active"),
        (6, "employee_number"),
        (7, ""),
    } == found
    assert snapshot() == before
    assert EmployeeImport.objects.count() == 1


def test_reference_problems_name_the_missing_code_and_the_first_line(tree, operator):
    bad = (
        HEADER
        + "A004,Someone,no-such-unit,operator,,,\n"
        + "A005,Someone Else,baku-1,no-such-position,,,\n"
        + "A004,Again,baku-1,operator,,,\n"
    )
    before = snapshot()
    outcome = run(bad)
    messages = {(p.line, p.column): str(p) for p in outcome.problems}
    assert set(messages) == {(2, "org_unit"), (3, "position"), (4, "employee_number")}
    assert "no-such-unit" in messages[(2, "org_unit")]
    assert "Line 3" in messages[(3, "position")]
    assert snapshot() == before


def test_missing_required_column_is_named(db):
    outcome = run("employee_number,full_name,org_unit\nA1,X,y\n")
    assert [(p.line, p.column) for p in outcome.problems] == [(1, "position")]


def test_not_utf8_is_refused_with_a_clear_message(tree, operator):
    # Excel's "CSV (Windows)" in a Turkish/Azerbaijani locale writes cp1254.
    text = HEADER + "A001,Güney Şahin,baku-1,operator,,,\n"
    outcome = run(text, encoding="cp1254")
    assert not outcome.ok
    assert str(outcome.problems[0]).startswith("Line 2:")
    assert "UTF-8" in str(outcome.problems[0])
    assert EmployeeProfile.objects.count() == 0


def test_username_belonging_to_someone_else_is_refused(tree, operator, make_employee):
    make_employee(tree["baku"], username="taken")
    text = "employee_number,full_name,org_unit,position,username\nA9,X Y,baku-1,operator,taken\n"
    outcome = run(text)
    assert [(p.line, p.column) for p in outcome.problems] == [(2, "username")]


def test_create_missing_units_and_positions_only_when_asked(tree):
    text = (
        "employee_number,full_name,org_unit,org_unit_name,parent_org_unit,position\n"
        "B1,Rzayev Anar,sheki,Şəki mərkəzi,agency,volunteer\n"
        "B2,Rzayeva Aynur,sheki-front,Ön ofis,sheki,volunteer\n"
    )
    assert not run(text).ok
    assert not OrgUnit.objects.filter(code="sheki").exists()
    outcome = run(text, create_missing=True)
    assert outcome.ok, outcome.problems
    sheki = OrgUnit.objects.get(code="sheki")
    assert sheki.name == "Şəki mərkəzi"
    assert sheki.get_parent() == tree["agency"]
    assert OrgUnit.objects.get(code="sheki-front").get_parent() == sheki
    assert Position.objects.filter(code="volunteer").exists()
    assert (outcome.record.units_created, outcome.record.positions_created) == (2, 1)


def test_deactivate_missing_deactivates_and_never_deletes(tree, operator):
    assert run(GOOD).ok
    only_two = "".join(GOOD.splitlines(keepends=True)[:3])
    outcome = run(only_two, deactivate_missing=True)
    assert outcome.ok
    assert outcome.record.deactivated_count == 1
    leaver = EmployeeProfile.objects.get(employee_number="A003")
    assert not leaver.is_active and not leaver.user.is_active
    assert EmployeeProfile.objects.count() == 3


def test_import_is_written_to_the_audit_log(tree, operator, django_user_model):
    hr = django_user_model.objects.create(username="hr-person")
    outcome = run(GOOD, user=hr)
    entry = ModelLogEntry.objects.get(action="people.employees_imported")
    assert entry.user == hr
    assert entry.object_id == str(outcome.record.pk)
    assert entry.data["created"] == 3


def test_thousand_rows_import_in_a_bounded_number_of_queries(
    tree, operator, django_assert_max_num_queries
):
    rows = "".join(
        f"N{i:04d},Əhmədov Nicat {i},ganja-front,operator,,,\n" for i in range(1000)
    )
    with django_assert_max_num_queries(40):
        outcome = run(HEADER + rows)
    assert outcome.ok
    assert EmployeeProfile.objects.count() == 1000


def test_command_prints_problems_and_fails(tmp_path, tree, operator, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "A1,X,nowhere,operator,,,\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("import_employees", str(path))
    assert "Line 2" in capsys.readouterr().err
    assert EmployeeProfile.objects.count() == 0


def test_command_imports_a_good_file(tmp_path, tree, operator, capsys):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8-sig")
    call_command("import_employees", str(path))
    assert "3 created" in capsys.readouterr().out
    assert EmployeeProfile.objects.count() == 3

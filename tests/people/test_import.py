import io

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
    # Again, every e-mail changed (each change audited): still bounded.
    changed = "".join(
        line.replace(",operator,,", f",operator,n{i}@example.az,") + "\n"
        for i, line in enumerate(rows.splitlines())
    )
    with django_assert_max_num_queries(40):
        outcome = run(HEADER + changed)
    assert outcome.ok and outcome.record.updated_count == 1000
    assert ModelLogEntry.objects.filter(action="people.email_changed").count() == 1000


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


# All or nothing, in fact ---------------------------------------------------------------


def many_rows(count, start=0, unit="ganja-front"):
    return "".join(
        f"M{i:04d},Əhmədov Nicat {i},{unit},operator,m{i}@example.az,,\n"
        for i in range(start, start + count)
    )


def test_one_bad_email_on_the_last_line_changes_nothing(tree, operator):
    assert run(HEADER + many_rows(3)).ok
    before = snapshot()
    # Every other line is good and would create or change someone.
    text = (
        HEADER
        + many_rows(3, unit="baku-1")
        + many_rows(3, start=3)
        + "M0099,Son Sətir,ganja,operator,son@@example.az,,\n"
    )
    outcome = run(text)
    assert [(p.line, p.column) for p in outcome.problems] == [(8, "email")]
    assert snapshot() == before
    assert EmployeeImport.objects.count() == 1
    assert not ModelLogEntry.objects.filter(action="people.email_changed").exists()


def test_a_failure_half_way_through_writing_changes_nothing(
    tree, operator, monkeypatch
):
    from people import importing

    assert run(HEADER + many_rows(3)).ok
    before = snapshot()
    logged = ModelLogEntry.objects.count()
    written = importing.update_existing

    def write_then_fail(*args, **kwargs):
        written(*args, **kwargs)  # new people created, known ones changed
        assert EmployeeProfile.objects.count() == 6
        raise RuntimeError("disk full")

    monkeypatch.setattr(importing, "update_existing", write_then_fail)
    changed = HEADER + many_rows(3, unit="baku-1") + many_rows(3, start=3)
    with pytest.raises(RuntimeError):
        run(changed, deactivate_missing=True)
    assert snapshot() == before
    assert EmployeeImport.objects.count() == 1
    assert ModelLogEntry.objects.count() == logged


# Nobody gains rights they should not have -------------------------------------------


@pytest.fixture
def hr(tree, make_employee):
    return make_employee(tree["agency"], roles=("HR",), username="hr-aynur").user


@pytest.fixture
def superuser_profile(tree, make_employee):
    profile = make_employee(tree["agency"], username="admin", employee_number="IT01")
    profile.user.is_superuser = profile.user.is_staff = True
    profile.user.email = "admin@asan.gov.az"
    profile.user.save()
    return profile


def account(username):
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.values("email", "username", "is_active")
        .get(username=username)
    )


ADMIN_ROW = "IT01,Admin Adminov,agency,operator,{email},,{active}\n"


@pytest.mark.parametrize(
    "row",
    [
        ADMIN_ROW.format(email="attacker@example.az", active="yes"),
        ADMIN_ROW.format(email="admin@asan.gov.az", active="no"),
        "employee_number,full_name,org_unit,position,username\n"
        "IT01,Admin Adminov,agency,operator,admin2\n",
    ],
    ids=["email", "deactivate", "username"],
)
def test_hr_cannot_change_the_login_of_an_account_with_more_rights(
    hr, superuser_profile, operator, row
):
    before = account("admin"), snapshot()
    text = row if row.startswith("employee_number") else HEADER + row
    outcome = run(text, user=hr)
    assert [p.line for p in outcome.problems] == [2]
    assert "holds rights you do not have" in str(outcome.problems[0])
    assert (account("admin"), snapshot()) == before


def test_the_command_without_a_user_cannot_take_over_an_administrator(
    tmp_path, superuser_profile, operator, capsys
):
    path = tmp_path / "staff.csv"
    path.write_text(HEADER + ADMIN_ROW.format(email="x@example.az", active="yes"))
    with pytest.raises(CommandError, match="nothing was changed"):
        call_command("import_employees", str(path))
    assert "holds rights" in capsys.readouterr().err
    assert account("admin")["email"] == "admin@asan.gov.az"


def test_the_command_as_an_administrator_may(
    tmp_path, superuser_profile, operator, django_user_model
):
    django_user_model.objects.create_superuser("root", password="x")
    path = tmp_path / "staff.csv"
    path.write_text(HEADER + ADMIN_ROW.format(email="new@asan.gov.az", active="yes"))
    call_command("import_employees", str(path), "--as", "root", stdout=io.StringIO())
    assert account("admin")["email"] == "new@asan.gov.az"
    entry = ModelLogEntry.objects.get(
        action="people.email_changed", user__username="root"
    )
    assert entry.data == {"old": "admin@asan.gov.az", "new": "new@asan.gov.az"}


def test_hr_cannot_change_another_hr_officer_with_rights_they_lack(
    hr, tree, make_employee, operator
):
    # A trainer may edit the question bank, which HR may not: HR cannot take them over.
    trainer = make_employee(tree["agency"], roles=("Trainer",), employee_number="TR1")
    row = f"TR1,{trainer.full_name},agency,operator,mine@example.az,,yes\n"
    assert not run(HEADER + row, user=hr).ok
    # An ordinary employee's e-mail HR may change, and the change is audited.
    plain = make_employee(tree["front"], employee_number="E1")
    outcome = run(
        HEADER + f"E1,{plain.full_name},baku-1-yasamal-front,operator,e1@x.az,,yes\n",
        user=hr,
    )
    assert outcome.ok, outcome.problems
    entry = ModelLogEntry.objects.get(action="people.email_changed")
    assert (entry.user, entry.object_id) == (hr, str(plain.user_id))


def test_profile_only_changes_to_a_privileged_account_are_allowed(
    hr, superuser_profile, operator
):
    row = "IT01,Adminov Admin Yeni,baku-1,operator,,,yes\n"
    outcome = run(HEADER + row, user=hr)
    assert outcome.ok, outcome.problems
    superuser_profile.refresh_from_db()
    assert superuser_profile.full_name == "Adminov Admin Yeni"
    assert account("admin")["email"] == "admin@asan.gov.az"


def test_deactivate_missing_keeps_accounts_with_more_rights_and_audits_the_rest(
    hr, superuser_profile, operator
):
    assert run(GOOD, user=hr).ok
    only_two = "".join(GOOD.splitlines(keepends=True)[:3])
    outcome = run(only_two, user=hr, deactivate_missing=True)
    assert outcome.ok
    assert outcome.kept_active == [superuser_profile]
    assert account("admin")["is_active"] is True
    # HR's own profile is missing from the file too: HR holds their own rights.
    a003 = EmployeeProfile.objects.get(employee_number="A003").user
    deactivated = ModelLogEntry.objects.filter(action="people.account_deactivated")
    assert {(e.object_id, e.user) for e in deactivated} == {
        (str(a003.pk), hr),
        (str(hr.pk), hr),
    }
    assert not EmployeeProfile.objects.get(employee_number="A003").user.is_active


def test_deactivation_by_import_ends_the_leavers_sessions(tree, operator, client):
    assert run(GOOD).ok
    leaver = EmployeeProfile.objects.get(employee_number="A003").user
    client.force_login(leaver)
    assert client.get("/me/").status_code == 200
    row = "A003,İsmayılov Tural Fikrət oğlu,ganja-front,operator,,,no\n"
    assert run(HEADER + row).ok
    from django.contrib.sessions.models import Session

    assert not Session.objects.exists()
    assert client.get("/me/").status_code == 302  # sent to the login page


def test_names_lose_control_characters_and_usernames_are_checked(tree, operator):
    text = (
        "employee_number,full_name,org_unit,position,username\n"
        'C1,"Əliyeva\x00 Leyla\r\nRəşid \u202eqızı\u202c",baku-1,operator,\n'
        "C2,Quliyev Orxan,baku-1,operator,bad name\n"
    )
    outcome = run(text)
    assert [(p.line, p.column) for p in outcome.problems] == [(3, "username")]
    outcome = run(text.replace("bad name", "c2"))
    assert outcome.ok, outcome.problems
    name = EmployeeProfile.objects.get(employee_number="C1").full_name
    assert name == "Əliyeva Leyla Rəşid qızı"


def test_a_page_publishers_login_is_protected_too(hr, tree, make_employee, operator):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Page

    publishers = Group.objects.create(name="Publishers")
    GroupPagePermission.objects.create(
        group=publishers,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(codename="publish_page"),
    )
    editor = make_employee(tree["agency"], roles=("Publishers",), employee_number="P1")
    row = f"P1,{editor.full_name},agency,operator,mine@example.az,,yes\n"
    assert [p.column for p in run(HEADER + row, user=hr).problems] == ["email"]

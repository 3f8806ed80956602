"""Per-activity results for trainers, HR and managers (scoped), exportable."""

import uuid

import pytest
from django.urls import reverse

from courses.h5p.models import XAPIStatement
from courses.h5p.results import record_statement
from courses.h5p.xapi import read_statement
from courses.services import enrol_self

from .conftest import statement


def answer(package, employee, *raws):
    for raw in raws:
        data = statement(package, str(uuid.uuid4()), raw=raw, top=4)
        record_statement(
            employee=employee, package=package, statement=read_statement(data)
        )


@pytest.fixture
def answered(h5p_course, package, tree, make_employee):
    people = [make_employee(tree["front"]) for _ in range(2)]
    people.append(make_employee(tree["ganja_front"]))
    for person, raws in zip(people, [(1, 4), (2,), (4, 0)], strict=True):
        enrol_self(employee=person, course=h5p_course)
        answer(package, person, *raws)
    return people


URL = "h5p_results_report"


def test_trainer_sees_every_employee_with_attempts_best_last_and_completion(
    client, package, answered, tree, make_employee
):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    rows = client.get(reverse(URL), {"package": package.pk}).context["object_list"]
    summary = {
        r["employee"]: (r["attempts"], r["result"], r["best"], r["last"]) for r in rows
    }
    assert summary == {
        answered[0].full_name: (2, 100, 100, 100),
        answered[1].full_name: (1, 50, 50, 50),
        answered[2].full_name: (2, 100, 100, 0),
    }
    assert all(r["completed"] for r in rows)


def test_results_export_as_csv_with_bom_and_xlsx(
    client, package, answered, tree, make_employee
):
    hr = make_employee(tree["agency"], roles=("HR",))
    client.force_login(hr.user)
    csv = client.get(reverse(URL), {"package": package.pk, "export": "csv"})
    body = b"".join(csv.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    assert answered[0].full_name.encode() in body
    xlsx = client.get(reverse(URL), {"package": package.pk, "export": "xlsx"})
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_manager_sees_only_their_units(client, package, answered, tree, manager_of):
    manager = manager_of(tree["ganja"])
    client.force_login(manager.user)
    rows = client.get(reverse(URL), {"package": package.pk}).context["object_list"]
    assert [r["employee"] for r in rows] == [answered[2].full_name]


def test_employees_cannot_read_the_report_or_the_statements(client, package, employee):
    client.force_login(employee.user)
    assert client.get(reverse(URL), {"package": package.pk}).status_code in (302, 403)
    assert client.get(reverse("h5p_statements:index")).status_code in (302, 403)


def test_statements_are_records_nobody_edits(
    client, package, answered, tree, make_employee
):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    row = XAPIStatement.objects.first()
    assert client.get(reverse("h5p_statements:index")).status_code == 200
    assert (
        client.get(reverse("h5p_statements:inspect", args=[row.pk])).status_code == 200
    )
    assert client.get(reverse("h5p_statements:edit", args=[row.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("h5p_statements:delete", args=[row.pk])).status_code in (
        302,
        403,
    )


def test_manager_cannot_inspect_a_statement_outside_their_scope(
    client, package, answered, tree, manager_of
):
    manager = manager_of(tree["ganja"])
    client.force_login(manager.user)
    outside = XAPIStatement.objects.filter(employee=answered[0]).first()
    url = reverse("h5p_statements:inspect", args=[outside.pk])
    assert client.get(url).status_code == 404

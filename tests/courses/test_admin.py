import csv
import io

import pytest
from django.urls import reverse

from courses.models import AssignmentRule, Enrolment
from courses.services import enrol_self


@pytest.fixture
def staff(tree, make_employee, manager_of):
    return {
        "front": make_employee(tree["front"]),
        "front2": make_employee(tree["front"]),
        "ganja": make_employee(tree["ganja_front"]),
        "manager": manager_of(tree["baku"]),
        "hr": make_employee(tree["agency"], roles=("HR",)),
        "trainer": make_employee(tree["agency"], roles=("Trainer",)),
    }


def post_assign(client, user, **data):
    client.force_login(user)
    return client.post(reverse("courses_assign"), data)


def test_manager_assigns_a_unit_with_a_due_date_within_scope(
    client, course, staff, tree
):
    response = post_assign(
        client,
        staff["manager"].user,
        course=course.pk,
        org_units=[tree["baku"].pk],
        due_date="2027-01-15",
    )
    assert response.status_code == 302
    enrolled = set(Enrolment.objects.values_list("employee", flat=True))
    assert {staff["front"].pk, staff["front2"].pk} <= enrolled
    assert staff["ganja"].pk not in enrolled
    assert Enrolment.objects.first().assigned_by == staff["manager"].user
    assert str(Enrolment.objects.first().due_date) == "2027-01-15"


def test_manager_cannot_pick_units_or_people_outside_their_scope(
    client, course, staff, tree
):
    response = post_assign(
        client, staff["manager"].user, course=course.pk, org_units=[tree["ganja"].pk]
    )
    assert (
        response.status_code == 200 and "org_units" in response.context["form"].errors
    )
    response = post_assign(
        client,
        staff["manager"].user,
        course=course.pk,
        employee_numbers=staff["ganja"].employee_number,
    )
    assert "employee_numbers" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_managers_may_not_create_standing_rules(client, course, staff, tree):
    response = post_assign(
        client,
        staff["manager"].user,
        course=course.pk,
        org_units=[tree["baku"].pk],
        keep_assigning="on",
    )
    assert "keep_assigning" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_hr_creates_a_standing_rule_by_position(client, course, staff, tree):
    response = post_assign(
        client,
        staff["hr"].user,
        course=course.pk,
        positions=[staff["front"].position.pk],
        keep_assigning="on",
        due_in_days=14,
    )
    assert response.status_code == 302
    rule = AssignmentRule.objects.get()
    assert (rule.position, rule.due_in_days) == (staff["front"].position, 14)


def test_employee_cannot_reach_the_assign_page(client, course, staff):
    client.force_login(staff["front"].user)
    assert client.get(reverse("courses_assign")).status_code in (302, 403)


def test_enrolment_list_is_scoped_and_exports_csv_with_bom(client, course, staff):
    for key in ("front", "ganja"):
        enrol_self(employee=staff[key], course=course)
    client.force_login(staff["manager"].user)
    listing = client.get(reverse("enrolments:index"))
    assert [e.employee for e in listing.context["object_list"]] == [staff["front"]]
    response = client.get(reverse("enrolments:index") + "?export=csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 2 and staff["front"].full_name in rows[1]


def test_progress_report_counts_per_unit_within_scope(client, course, staff):
    for key in ("front", "front2", "ganja"):
        enrol_self(employee=staff[key], course=course)
    client.force_login(staff["manager"].user)
    response = client.get(reverse("courses_progress_report"), {"course": course.pk})
    rows = list(response.context["object_list"])
    assert [(r["unit"], r["assigned"]) for r in rows] == [
        (str(staff["front"].org_unit), 2)
    ]
    xlsx = client.get(reverse("courses_progress_report") + "?export=xlsx")
    assert xlsx.status_code == 200


def test_withdraw_is_scoped(client, course, staff):
    enrolment = enrol_self(employee=staff["ganja"], course=course)
    client.force_login(staff["manager"].user)
    assert (
        client.post(reverse("courses_withdraw", args=[enrolment.pk])).status_code == 404
    )
    client.force_login(staff["hr"].user)
    client.post(reverse("courses_withdraw", args=[enrolment.pk]))
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.WITHDRAWN

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from courses.models import AssignmentRule, Enrolment, ReminderSent
from courses.services import apply_rule, assign
from courses.tasks import send_due_reminders
from people.importing import import_employees
from people.models import EmployeeProfile
from tests.factories import PositionFactory


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Rules and notices are queued after commit; this runs them at the block's end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def test_rule_enrols_current_and_future_members_of_the_unit(
    course, tree, make_employee, committed
):
    already = make_employee(tree["front"])
    rule = AssignmentRule.objects.create(
        course=course, org_unit=tree["baku"], due_in_days=10
    )
    apply_rule(rule)
    assert Enrolment.objects.filter(employee=already).exists()
    with committed():
        newcomer = make_employee(tree["front"])  # saved → rules applied for them
    enrolment = Enrolment.objects.get(employee=newcomer)
    assert enrolment.rule == rule
    assert enrolment.due_date == timezone.localdate() + timedelta(days=10)
    outsider = make_employee(tree["ganja_front"])
    assert not Enrolment.objects.filter(employee=outsider).exists()


def test_rule_applies_to_employees_who_move_into_the_unit(
    course, tree, make_employee, committed
):
    AssignmentRule.objects.create(course=course, org_unit=tree["ganja"])
    mover = make_employee(tree["front"])
    assert not Enrolment.objects.filter(employee=mover).exists()
    mover.org_unit = tree["ganja_front"]
    with committed():
        mover.save()
    assert Enrolment.objects.filter(employee=mover).exists()


def test_rule_applies_to_employees_created_by_an_import(course, tree, committed):
    position = PositionFactory(code="operator")
    AssignmentRule.objects.create(course=course, position=position)
    data = (
        "employee_number,full_name,org_unit,position\nI1,Abbasov Emin,ganja,operator\n"
    )
    with committed():
        assert import_employees(data=data.encode()).ok
    assert Enrolment.objects.filter(employee__employee_number="I1").exists()


def test_assignment_notice_is_emailed_once_in_the_employees_language(
    course, tree, make_employee, committed
):
    person = make_employee(tree["front"], preferred_language="ru")
    person.user.email = "emin@example.az"
    person.user.save()
    with committed():
        assign(
            course=course,
            employees=EmployeeProfile.objects.filter(pk=person.pk),
            due_date=timezone.localdate() + timedelta(days=20),
            assigned_by=None,
        )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["emin@example.az"]
    assert "курс" in mail.outbox[0].subject  # Russian, the employee's language


def test_due_and_overdue_reminders_go_out_once_per_kind(course, tree, make_employee):
    today = timezone.localdate()
    soon = make_employee(tree["front"])
    late = make_employee(tree["front"])
    for person in (soon, late):
        person.user.email = f"{person.user.username}@example.az"
        person.user.save()
    assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk=soon.pk),
        due_date=today + timedelta(days=2),
        assigned_by=None,
    )
    assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk=late.pk),
        due_date=today - timedelta(days=1),
        assigned_by=None,
    )
    mail.outbox.clear()
    send_due_reminders()
    send_due_reminders()
    kinds = sorted(
        ReminderSent.objects.exclude(kind="assigned").values_list("kind", flat=True)
    )
    assert kinds == ["due_soon", "overdue"]
    assert len(mail.outbox) == 2


def test_overdue_is_derived_from_the_due_date(course, employee):
    from courses.services import enrol_self

    enrolment = enrol_self(employee=employee, course=course)
    enrolment.due_date = timezone.localdate() - timedelta(days=1)
    enrolment.save()
    assert enrolment.is_overdue
    assert list(Enrolment.objects.overdue()) == [enrolment]

import pytest
from django.db import IntegrityError, transaction
from wagtail.models import ModelLogEntry

from courses.models import Enrolment
from courses.services import (
    EnrolmentRefused,
    assign,
    complete_lesson,
    enrol_self,
    withdraw,
)
from courses.signals import course_passed
from people.models import EmployeeProfile
from tests.courses.conftest import make_course, translate

Status = Enrolment.Status


def test_self_enrolment_creates_one_enrolment(course, employee):
    first = enrol_self(employee=employee, course=course)
    again = enrol_self(employee=employee, course=course)
    assert first == again
    assert Enrolment.objects.count() == 1
    assert first.status == Status.ASSIGNED
    assert first.source == Enrolment.Source.SELF


def test_self_enrolment_refused_when_course_is_assignment_only(catalogue, employee):
    course = make_course(catalogue, self_enrolment=False)
    with pytest.raises(EnrolmentRefused):
        enrol_self(employee=employee, course=course)
    assert not Enrolment.objects.exists()


def test_prerequisites_are_enforced_with_the_missing_course_named(
    catalogue, course, employee
):
    advanced = make_course(catalogue, title="Çətin söhbətlər")
    advanced.prerequisites.add(course)
    advanced.save_revision().publish()
    with pytest.raises(EnrolmentRefused, match="Xidmət standartları"):
        enrol_self(employee=employee, course=advanced)
    enrolment = enrol_self(employee=employee, course=course)
    for lesson in course.lessons():
        complete_lesson(enrolment=enrolment, lesson=lesson)
    assert enrol_self(employee=employee, course=advanced).pk


def test_database_allows_one_current_enrolment_per_course(course, employee):
    enrol_self(employee=employee, course=course)
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(
            employee=employee, course=course, course_key=course.translation_key
        )


def test_completing_required_lessons_passes_the_course_once(
    course, employee, django_capture_on_commit_callbacks
):
    passed = []
    course_passed.connect(lambda **kw: passed.append(kw["enrolment_id"]), weak=False)
    enrolment = enrol_self(employee=employee, course=course)
    first, second = course.lessons()
    assert (
        complete_lesson(enrolment=enrolment, lesson=first).status == Status.IN_PROGRESS
    )
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = complete_lesson(enrolment=enrolment, lesson=second)
        complete_lesson(enrolment=enrolment, lesson=second)
    assert enrolment.status == Status.PASSED
    assert enrolment.passed_at and enrolment.completed_at
    assert passed == [enrolment.pk]
    course_passed.receivers.clear()


def test_course_passed_is_not_sent_when_the_transaction_rolls_back(
    course, employee, django_capture_on_commit_callbacks
):
    passed = []
    course_passed.connect(lambda **kw: passed.append(kw["enrolment_id"]), weak=False)
    enrolment = enrol_self(employee=employee, course=course)
    try:
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            for lesson in course.lessons():
                complete_lesson(enrolment=enrolment, lesson=lesson)
            raise RuntimeError("rollback")
    except RuntimeError:
        pass
    course_passed.receivers.clear()
    assert passed == []
    assert Enrolment.objects.get().status == Status.ASSIGNED


def test_progress_in_another_language_counts_for_the_same_course(course, employee):
    ru_course = translate(course, "ru")
    enrolment = enrol_self(employee=employee, course=ru_course)
    assert enrolment.course == course  # results attach to the logical course
    ru_first, ru_second = ru_course.lessons()
    complete_lesson(enrolment=enrolment, lesson=ru_first)
    az_second = course.lessons()[1]
    enrolment = complete_lesson(enrolment=enrolment, lesson=az_second)
    assert enrolment.status == Status.PASSED
    assert enrol_self(employee=employee, course=course) == enrolment


def test_withdrawing_keeps_history_and_allows_a_new_assignment(course, employee):
    enrolment = enrol_self(employee=employee, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons()[0])
    withdraw(enrolment=enrolment, by=None)
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.is_current) == (Status.WITHDRAWN, False)
    assert enrolment.lesson_progress.count() == 1
    again = enrol_self(employee=employee, course=course)
    assert again.pk != enrolment.pk
    assert Enrolment.objects.count() == 2
    assert ModelLogEntry.objects.filter(action="courses.withdrawn").count() == 1


def test_bulk_assignment_skips_people_already_enrolled(
    course, tree, make_employee, django_user_model
):
    people = [make_employee(tree["front"]) for _ in range(5)]
    enrol_self(employee=people[0], course=course)
    created = assign(
        course=course,
        employees=EmployeeProfile.objects.all(),
        due_date=None,
        assigned_by=None,
    )
    assert created == 4
    assert Enrolment.objects.current().count() == 5
    assert (
        assign(
            course=course,
            employees=EmployeeProfile.objects.all(),
            due_date=None,
            assigned_by=None,
        )
        == 0
    )


def test_manager_can_only_assign_within_their_scope(
    course, tree, make_employee, manager_of
):
    inside = make_employee(tree["front"])
    outside = make_employee(tree["ganja_front"])
    manager = manager_of(tree["baku"])
    created = assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk__in=[inside.pk, outside.pk]),
        due_date=None,
        assigned_by=manager.user,
    )
    assert created == 1
    assert list(Enrolment.objects.values_list("employee", flat=True)) == [inside.pk]


def test_inactive_employees_are_not_assigned(course, tree, make_employee):
    make_employee(tree["front"], is_active=False)
    assert (
        assign(
            course=course,
            employees=EmployeeProfile.objects.all(),
            due_date=None,
            assigned_by=None,
        )
        == 0
    )


def test_bulk_assignment_of_5000_takes_a_bounded_number_of_queries(
    course, tree, django_assert_max_num_queries
):
    from django.contrib.auth import get_user_model

    from people.models import Position

    position = Position.objects.create(code="op", name="Operator")
    User = get_user_model()
    users = User.objects.bulk_create(User(username=f"u{i}") for i in range(5000))
    EmployeeProfile.objects.bulk_create(
        EmployeeProfile(
            user=user,
            employee_number=f"N{i}",
            full_name=f"N{i}",
            org_unit=tree["ganja"],
            position=position,
        )
        for i, user in enumerate(users)
    )
    from django.db import connection

    from courses.models import Enrolment as E

    fields = [f for f in E._meta.concrete_fields if not f.primary_key]
    batches = -(
        -5000 // min(1000, connection.ops.bulk_batch_size(fields, [None] * 5000))
    )
    with django_assert_max_num_queries(batches + 15):
        created = assign(
            course=course,
            employees=EmployeeProfile.objects.all(),
            due_date=None,
            assigned_by=None,
        )
    assert created == 5000

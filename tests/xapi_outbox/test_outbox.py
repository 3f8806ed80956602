"""Statements are written in the transaction of the event they tell of, once each,
with the employee as an account on the LMS."""

import pytest
from django.db import transaction

from certificates.services import certificate_revoke
from courses.services import complete_lesson, enrol_self
from xapi_outbox.models import OutboxStatement


def kinds():
    return sorted(OutboxStatement.objects.values_list("kind", flat=True))


def test_passing_a_course_records_lessons_pass_and_certificate(
    outbox_on, employee, course, pass_course
):
    pass_course(employee, course)
    assert kinds() == ["certificate_issued", "course_passed", "lesson_completed"]
    for row in OutboxStatement.objects.all():
        actor = row.payload["actor"]
        assert actor["account"] == {
            "homePage": "https://academy.example.az",
            "name": employee.employee_number,
        }
        assert "mbox" not in actor and "mbox_sha1sum" not in actor
        assert row.payload["id"] == str(row.statement_id)
    passed = OutboxStatement.objects.get(kind="course_passed").payload
    assert passed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert passed["object"]["id"].endswith(f"/course/{course.translation_key}")


def test_a_rolled_back_event_leaves_no_statement(outbox_on, employee, course):
    enrolment = enrol_self(employee=employee, course=course)
    with pytest.raises(RuntimeError), transaction.atomic():
        complete_lesson(enrolment=enrolment, lesson=course.lessons()[0])
        assert kinds()  # written inside the event's transaction
        raise RuntimeError("the request failed after the lesson was completed")
    assert kinds() == []


def test_the_same_event_twice_is_one_statement(outbox_on, employee, course):
    enrolment = enrol_self(employee=employee, course=course)
    lesson = course.lessons()[0]
    complete_lesson(enrolment=enrolment, lesson=lesson)
    complete_lesson(enrolment=enrolment, lesson=lesson)
    assert kinds().count("lesson_completed") == 1


def test_revoking_voids_the_earned_statement(
    outbox_on, employee, course, pass_course, admin_user
):
    from certificates.models import Certificate

    pass_course(employee, course)
    certificate = Certificate.objects.get(employee=employee)
    certificate_revoke(certificate=certificate, by=admin_user, reason="Fraud")
    earned = OutboxStatement.objects.get(kind="certificate_issued")
    voiding = OutboxStatement.objects.get(kind="certificate_revoked").payload
    assert voiding["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided"
    assert voiding["object"] == {"objectType": "StatementRef", "id": str(earned.pk)}


def test_without_an_lrs_nothing_is_recorded(employee, course, pass_course):
    pass_course(employee, course)
    assert kinds() == []


def test_no_plugin_app_imports_the_outbox():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    apps = ["people", "skills", "courses", "certificates", "home", "lms"]
    offenders = [
        str(path.relative_to(root))
        for app in apps
        for path in (root / app).rglob("*.py")
        if re.search(r"^\s*(from|import)\s+xapi_outbox", path.read_text(), re.M)
    ]
    assert offenders == []

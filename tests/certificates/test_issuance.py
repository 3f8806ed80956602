"""A pass earns exactly one certificate, once, whatever retries or rollbacks happen."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from certificates import services
from certificates.codes import CODE_PATTERN
from certificates.models import Certificate, CertificateTemplate
from certificates.pdfs import reconcile
from certificates.services import (
    CertificateRefused,
    add_months,
    certificate_issue,
    certificate_issue_manual,
)
from courses.models import Enrolment
from courses.services import complete_lesson, enrol_self
from courses.signals import course_passed
from tests.certificates.conftest import certifying_course

Status = Certificate.Status


def test_passing_a_course_issues_a_certificate_with_everything_it_needs(
    certificate, employee, course
):
    certificate.refresh_from_db()
    enrolment = certificate.enrolment
    assert certificate.employee == employee
    assert (certificate.course, certificate.course_key) == (
        course,
        course.translation_key,
    )
    assert certificate.status == Status.ISSUED
    assert certificate.issued_at == enrolment.passed_at
    assert certificate.expires_at == add_months(enrolment.passed_at, 24)
    assert certificate.language == employee.preferred_language
    template = CertificateTemplate.objects.get(is_default=True)
    assert (certificate.template, certificate.template_version) == (
        template,
        template.version,
    )
    assert CODE_PATTERN.match(certificate.code)
    assert certificate.rendered_at and len(certificate.pdf_sha256) == 64
    assert ModelLogEntry.objects.filter(
        action="certificates.issued", object_id=str(certificate.pk)
    ).exists()


def test_a_course_without_validity_issues_a_certificate_that_never_expires(
    catalogue, competencies, employee, pass_course
):
    course = certifying_course(catalogue, competencies, months=None)
    enrolment = pass_course(employee, course)
    assert Certificate.objects.get(enrolment=enrolment).expires_at is None


def test_validity_months_keep_the_local_day_and_clamp_to_the_month_end():
    start = timezone.make_aware(timezone.datetime(2026, 1, 31, 23, 30))
    end = timezone.localtime(add_months(start, 1))
    assert (end.year, end.month, end.day, end.hour) == (2026, 2, 28, 23)
    assert timezone.localtime(add_months(start, 24)).date().isoformat() == (
        "2028-01-31"
    )


def test_a_double_trigger_gives_one_certificate_and_one_email(
    certificate, django_capture_on_commit_callbacks
):
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        course_passed.send(sender=Enrolment, enrolment_id=certificate.enrolment_id)
        course_passed.send(sender=Enrolment, enrolment_id=certificate.enrolment_id)
    with django_capture_on_commit_callbacks(execute=True):
        certificate_issue(enrolment=certificate.enrolment)
    assert Certificate.objects.count() == 1
    assert len(mail.outbox) == 1
    assert "leyla@example.az" in mail.outbox[0].to
    assert ModelLogEntry.objects.filter(action="certificates.issued").count() == 1


def test_the_database_refuses_a_second_certificate_for_one_enrolment(certificate):
    twin = Certificate.objects.get(pk=certificate.pk)
    twin.pk, twin.code, twin.status = None, "A" * 32, Status.SUPERSEDED
    with pytest.raises(IntegrityError), transaction.atomic():
        twin.save()


def test_a_rolled_back_pass_queues_nothing(
    employee, course, django_capture_on_commit_callbacks
):
    enrolment = enrol_self(employee=employee, course=course)
    with (
        mock.patch("certificates.receivers.enqueue") as queued,
        mock.patch("certificates.services.enqueue") as rendered,
    ):
        with pytest.raises(RuntimeError):
            with django_capture_on_commit_callbacks(execute=True):
                with transaction.atomic():
                    for lesson in course.lessons():
                        complete_lesson(enrolment=enrolment, lesson=lesson)
                    raise RuntimeError("the request failed after the pass")
    queued.assert_not_called()
    rendered.assert_not_called()
    assert not Certificate.objects.exists()


def test_a_pass_queues_the_issue_and_the_render_only_after_commit(
    employee, course, django_capture_on_commit_callbacks
):
    enrolment = enrol_self(employee=employee, course=course)
    with mock.patch("certificates.receivers.enqueue") as queued:
        with django_capture_on_commit_callbacks() as callbacks:
            for lesson in course.lessons():
                complete_lesson(enrolment=enrolment, lesson=lesson)
        queued.assert_not_called()
        for callback in callbacks:
            callback()
    queued.assert_called_once_with("certificates.tasks.issue_certificate", enrolment.pk)


def test_an_unpassed_enrolment_is_refused(employee, course):
    enrolment = enrol_self(employee=employee, course=course)
    with pytest.raises(CertificateRefused):
        certificate_issue(enrolment=enrolment)
    assert not Certificate.objects.exists()


def test_the_sweep_issues_a_certificate_whose_issuing_task_was_lost(
    employee, course, django_capture_on_commit_callbacks
):
    enrolment = enrol_self(employee=employee, course=course)
    with mock.patch("certificates.receivers.enqueue"):  # the task is lost
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in course.lessons():
                complete_lesson(enrolment=enrolment, lesson=lesson)
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        assert reconcile()["issued"] == 1
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.rendered_at


def test_passing_again_after_expiry_supersedes_the_old_certificate(
    certificate, employee, course, pass_course
):
    later = certificate.expires_at + timedelta(days=1)
    services.expire_due(moment=later)
    old = Enrolment.objects.get(pk=certificate.enrolment_id)
    assert (old.status, old.is_current) == (Enrolment.Status.PASSED, False)
    with mock.patch("django.utils.timezone.now", return_value=later):
        enrolment = pass_course(employee, course)
    new = Certificate.objects.get(enrolment=enrolment)
    certificate.refresh_from_db()
    assert certificate.status == Status.SUPERSEDED
    assert certificate.superseded_by == new
    assert new.status == Status.ISSUED and new.code != certificate.code
    assert Certificate.objects.current().get() == new


def test_hr_issues_by_hand_only_with_a_reason(employee, course, tree, make_employee):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    with pytest.raises(CertificateRefused):
        certificate_issue_manual(
            employee=employee, course=course, reason=" ", issued_by=hr
        )
    certificate = certificate_issue_manual(
        employee=employee, course=course, reason="Təlim xaricdə keçilib", issued_by=hr
    )
    assert certificate.enrolment is None and certificate.issued_by == hr
    assert certificate.is_manual


def test_the_database_requires_a_reason_for_a_certificate_without_enrolment(
    certificate,
):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.filter(pk=certificate.pk).update(enrolment=None, reason="")


def test_a_course_may_choose_its_template(
    catalogue, competencies, employee, pass_course
):
    from certificates.models import CertificateTemplateCourse

    course = certifying_course(catalogue, competencies)
    special = CertificateTemplate.objects.create(
        name="Special", title="Xüsusi sertifikat", body="{employee_name}"
    )
    CertificateTemplateCourse.objects.create(template=special, course=course)
    enrolment = pass_course(employee, course)
    assert Certificate.objects.get(enrolment=enrolment).template == special


def test_a_default_template_is_made_at_first_use_if_missing(db):
    CertificateTemplate.objects.all().delete()
    template = services.default_template()
    assert template.is_default and "{employee_name}" in template.body
    assert services.default_template() == template

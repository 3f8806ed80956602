"""The skills matrix reads evidence; certificates write and end it, and the two agree."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from certificates import services, tasks
from certificates.evidence import evidence_grant, evidence_of
from certificates.models import Certificate
from courses.models import Enrolment
from skills.models import CompetencyEvidence


def test_issuing_writes_evidence_for_each_competency_of_the_course(
    certificate, competencies
):
    rows = evidence_of(certificate).order_by("competency__code")
    assert [(e.competency, e.level) for e in rows] == competencies
    for evidence in rows:
        assert evidence.employee == certificate.employee
        assert evidence.valid_from == certificate.issued_at
        assert evidence.valid_until == certificate.expires_at
        assert evidence.source == certificate
        assert evidence.source_type == ContentType.objects.get_for_model(Certificate)
        assert evidence.is_valid_now


def test_writing_evidence_twice_adds_nothing(certificate):
    evidence_grant(certificate=certificate)
    evidence_grant(certificate=certificate)
    assert evidence_of(certificate).count() == 2


def test_revoking_ends_the_evidence_and_keeps_the_certificate(
    certificate, tree, make_employee
):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    services.certificate_revoke(certificate=certificate, by=hr, reason="Səhv verilib")
    assert Certificate.objects.filter(pk=certificate.pk, status="revoked").exists()
    rows = list(evidence_of(certificate))
    assert rows and all(e.ended_at and e.end_reason for e in rows)
    assert (
        not CompetencyEvidence.objects.valid_at()
        .filter(employee=certificate.employee)
        .exists()
    )


def test_superseding_ends_the_old_evidence_and_the_new_counts(
    certificate, employee, course, pass_course
):
    Enrolment.objects.filter(pk=certificate.enrolment_id).update(is_current=False)
    new = Certificate.objects.get(enrolment=pass_course(employee, course))
    assert all(e.ended_at for e in evidence_of(certificate))
    valid = CompetencyEvidence.objects.valid_at().filter(employee=employee)
    assert {e.source_id for e in valid} == {str(new.pk)}
    assert valid.count() == 2


def test_the_expiry_task_marks_certificates_expired_once_and_ends_evidence(
    certificate,
):
    past = timezone.now() - timedelta(minutes=5)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=past - timedelta(days=700), expires_at=past
    )
    assert tasks.expire_certificates() == 1
    assert tasks.expire_certificates() == 0
    certificate.refresh_from_db()
    assert certificate.status == "expired" and certificate.expired_at
    assert all(e.ended_at == past for e in evidence_of(certificate))


def test_a_certificate_not_yet_expired_is_left_alone(certificate):
    assert tasks.expire_certificates() == 0
    certificate.refresh_from_db()
    assert certificate.status == "issued"
    assert all(e.ended_at is None for e in evidence_of(certificate))


def test_the_matrix_agrees_with_certificate_state_at_every_step(
    certificate, employee, tree, make_employee
):
    def counting():
        return set(
            CompetencyEvidence.objects.valid_at()
            .filter(employee=employee)
            .values_list("source_id", flat=True)
        )

    valid = set(
        Certificate.objects.valid_at()
        .filter(employee=employee)
        .values_list("pk", flat=True)
    )
    assert counting() == {str(pk) for pk in valid} == {str(certificate.pk)}
    hr = make_employee(tree["agency"], roles=("HR",)).user
    services.certificate_revoke(certificate=certificate, by=hr, reason="x")
    assert counting() == set() == set(Certificate.objects.valid_at())

"""Issue, revoke, regenerate and expire certificates: one place for each rule.

Issuing is guarded twice: the enrolment row is locked, and the database allows one
certificate per enrolment (and one issued certificate per employee and course), so a
double trigger, a retried task or two workers produce one certificate. The PDF is
rendered in the background once the certificate is committed.
"""

import calendar
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from courses.models import Enrolment
from courses.services import close_for_recertification
from people.models import EmployeeProfile

from .background import enqueue
from .codes import new_code
from .credentials.services import certificates_not_vouched
from .defaults import DEFAULT_TEMPLATE
from .evidence import evidence_end, evidence_grant
from .languages import certificate_language, other_languages
from .models import (
    Certificate,
    CertificateCopy,
    CertificateTemplate,
    CertificateTemplateCourse,
)
from .signals import certificate_issued, certificate_revoked

Status = Certificate.Status


class CertificateRefused(Exception):
    """A rule stops the operation; the message says which, in the user's language."""


# Templates ----------------------------------------------------------------------------


def template_for(course):
    """The template the course chose, else the default one."""
    link = (
        CertificateTemplateCourse.objects.filter(
            course__translation_key=course.translation_key
        )
        .select_related("template")
        .first()
    )
    return link.template if link else default_template()


def default_template():
    found = CertificateTemplate.objects.filter(is_default=True).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return CertificateTemplate.objects.create(**DEFAULT_TEMPLATE)
    except IntegrityError:  # created meanwhile by another process
        return CertificateTemplate.objects.get(is_default=True)


# Issuing ------------------------------------------------------------------------------


def add_months(moment, months):
    """The same local time ``months`` later; the 31st becomes the month's last day."""
    local = timezone.localtime(moment)
    month_index = local.month - 1 + months
    year, month = local.year + month_index // 12, month_index % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    naive = datetime(year, month, day, local.hour, local.minute, local.second)
    return timezone.make_aware(naive, timezone.get_current_timezone())


def expiry_for(course, issued_at):
    months = course.certificate_validity_months
    return add_months(issued_at, months) if months else None


@transaction.atomic
def certificate_issue(*, enrolment):
    """The certificate for a passed enrolment, issued once however often asked."""
    enrolment = (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("employee", "course")
        .get(pk=enrolment.pk)
    )
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing:
        return existing
    if enrolment.status != Enrolment.Status.PASSED:
        raise CertificateRefused(_("The course has not been passed."))
    return issue(
        employee=enrolment.employee,
        course=enrolment.course,
        enrolment=enrolment,
        issued_at=enrolment.passed_at or timezone.now(),
    )


@transaction.atomic
def certificate_issue_manual(*, employee, course, reason, issued_by, issued_at=None):
    """HR issues a certificate for training taken outside the system."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Say why the certificate is issued by hand."))
    EmployeeProfile.objects.select_for_update().filter(pk=employee.pk).first()
    return issue(
        employee=employee,
        course=course.canonical,
        issued_at=issued_at or timezone.now(),
        reason=reason,
        issued_by=issued_by,
    )


def issue(*, employee, course, issued_at, enrolment=None, reason="", issued_by=None):
    template = template_for(course)
    certificate = Certificate(
        employee=employee,
        course=course,
        course_key=course.translation_key,
        enrolment=enrolment,
        reason=reason,
        issued_by=issued_by,
        template=template,
        template_version=template.version,
        language=certificate_language(employee, course),
        code=new_code(),
        issued_at=issued_at,
        expires_at=expiry_for(course, issued_at),
    )
    try:
        with transaction.atomic():
            previous = supersede_previous(certificate)
            certificate.save()
    except IntegrityError:
        found = enrolment and Certificate.objects.filter(enrolment=enrolment).first()
        if found:  # another worker issued it first
            return found
        raise
    after_issue(certificate, previous, issued_by)
    return certificate


def supersede_previous(certificate):
    """Mark the holder's earlier certificates for the course as superseded."""
    previous = list(
        Certificate.objects.select_for_update()
        .filter(
            employee=certificate.employee,
            course_key=certificate.course_key,
            status__in=[Status.ISSUED, Status.EXPIRED],
        )
        .values_list("pk", flat=True)
    )
    Certificate.objects.filter(pk__in=previous).update(status=Status.SUPERSEDED)
    certificates_not_vouched(previous)
    return previous


def after_issue(certificate, previous, issued_by):
    Certificate.objects.filter(pk__in=previous).update(superseded_by=certificate)
    for old in Certificate.objects.filter(pk__in=previous):
        evidence_end(certificate=old, why="superseded", moment=certificate.issued_at)
        log(old, "certificates.superseded", user=issued_by, data=code_data(certificate))
    evidence_grant(certificate=certificate)
    log(
        certificate,
        "certificates.issued",
        user=issued_by,
        data={**code_data(certificate), "manual": certificate.is_manual},
    )
    certificate_issued.send(sender=Certificate, certificate=certificate)
    queue_render(certificate.pk)


def code_data(certificate):
    return {"code": certificate.short_code, "certificate_id": certificate.pk}


def queue_render(certificate_id, force=False):
    task = "certificates.tasks." + (
        "regenerate_certificate" if force else "render_certificate"
    )
    transaction.on_commit(lambda: enqueue(task, certificate_id))


# Later changes ------------------------------------------------------------------------


@transaction.atomic
def certificate_revoke(*, certificate, by, reason):
    """Revoke: kept, marked with date and (private) reason; its evidence ends."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Say why the certificate is revoked."))
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.status == Status.REVOKED:
        return certificate
    certificate.status = Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revoked_by = by
    certificate.revocation_reason = reason
    certificate.save(
        update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"]
    )
    evidence_end(certificate=certificate, why="revoked", moment=certificate.revoked_at)
    certificates_not_vouched([certificate.pk])
    certificate_revoked.send(sender=Certificate, certificate=certificate)
    log(certificate, "certificates.revoked", user=by, data={"reason": reason})
    return certificate


@transaction.atomic
def certificate_copy(*, certificate, language):
    """The certificate in another language of its course, made once per language;
    its PDF is queued until rendered."""
    if certificate.status == Status.REVOKED:
        raise CertificateRefused(_("This certificate was revoked."))
    if language not in other_languages(certificate):
        raise CertificateRefused(_("The course is not available in that language."))
    try:
        with transaction.atomic():
            copy, _created = CertificateCopy.objects.get_or_create(
                certificate=certificate, language=language
            )
    except IntegrityError:  # requested at the same moment elsewhere
        copy = CertificateCopy.objects.get(certificate=certificate, language=language)
    return copy


def queue_copy_render(copy_id):
    transaction.on_commit(
        lambda: enqueue("certificates.tasks.render_certificate_copy", copy_id)
    )


@transaction.atomic
def certificate_regenerate(*, certificate, by):
    """Print the PDF again from the current template: same code, same URL.
    Copies in other languages are printed again when next asked for."""
    CertificateCopy.objects.filter(certificate=certificate).update(rendered_at=None)
    log(
        certificate,
        "certificates.regenerated",
        user=by,
        data={"template_version": certificate.template.version},
    )
    queue_render(certificate.pk, force=True)
    return certificate


@transaction.atomic
def certificate_expire(*, certificate_id, moment=None):
    """Mark one certificate expired if its time has come; True if this call did."""
    moment = moment or timezone.now()
    changed = Certificate.objects.filter(
        pk=certificate_id, status=Status.ISSUED, expires_at__lte=moment
    ).update(status=Status.EXPIRED, expired_at=moment)
    if not changed:
        return False
    certificate = Certificate.objects.get(pk=certificate_id)
    evidence_end(certificate=certificate, why="expired", moment=certificate.expires_at)
    log(certificate, "certificates.expired", data=code_data(certificate))
    if certificate.enrolment_id:
        close_for_recertification(enrolment_id=certificate.enrolment_id)
    return True


def expire_due(*, moment=None):
    """Expire every certificate past its date; running it twice changes nothing."""
    moment = moment or timezone.now()
    due = Certificate.objects.current().filter(expires_at__lte=moment)
    ids = list(due.values_list("pk", flat=True))
    return sum(certificate_expire(certificate_id=pk, moment=moment) for pk in ids)


def issue_missing():
    """Certificates for passed enrolments that have none (a lost issuing task)."""
    issued = Certificate.objects.filter(enrolment__isnull=False).values("enrolment_id")
    missing = Enrolment.objects.filter(status=Enrolment.Status.PASSED).exclude(
        pk__in=issued
    )
    ids = list(missing.values_list("pk", flat=True))
    for pk in ids:
        certificate_issue(enrolment=Enrolment(pk=pk))
    return len(ids)

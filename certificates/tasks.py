"""Thin tasks: they take ids and call a service; running one twice changes nothing."""

from courses.models import Enrolment

from . import archives, pdfs, reminders, services


def issue_certificate(enrolment_id):
    try:
        return services.certificate_issue(enrolment=Enrolment(pk=enrolment_id)).pk
    except services.CertificateRefused:  # no longer passed: nothing to retry
        return None


def render_certificate(certificate_id):
    pdfs.certificate_render(certificate_id=certificate_id)


def regenerate_certificate(certificate_id):
    pdfs.certificate_render(certificate_id=certificate_id, force=True)


def render_certificate_copy(copy_id):
    pdfs.certificate_copy_render(copy_id=copy_id)


def reconcile_certificates():
    return pdfs.reconcile()


def expire_certificates():
    return services.expire_due()


def send_expiry_reminders():
    return reminders.send_expiry_reminders()


def build_archive(archive_id):
    archives.archive_build(archive_id=archive_id)

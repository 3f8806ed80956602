"""Before expiry the holder and their managers are reminded once, in their language."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

from certificates import tasks
from certificates.models import Certificate, CertificateReminder


def expire_in(certificate, days):
    expires = timezone.now() + timedelta(days=days)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=expires - timedelta(days=700), expires_at=expires
    )


def with_email(profile, address, language):
    profile.user.email = address
    profile.user.save(update_fields=["email"])
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    return profile


def test_holder_and_managers_are_reminded_once_each_in_their_language(
    certificate, tree, manager_of, settings
):
    with_email(certificate.employee, "leyla@example.az", "az")
    with_email(manager_of(tree["baku"]), "baku@example.az", "ru")
    with_email(manager_of(tree["yasamal"]), "yasamal@example.az", "en")
    with_email(manager_of(tree["ganja"]), "ganja@example.az", "en")  # not theirs
    expire_in(certificate, 20)
    mail.outbox.clear()
    assert tasks.send_expiry_reminders() == 3
    assert tasks.send_expiry_reminders() == 0
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {
        "leyla@example.az",
        "baku@example.az",
        "yasamal@example.az",
    }
    assert "sertifikat" in by_address["leyla@example.az"].subject.lower()
    assert "сертификат" in by_address["baku@example.az"].subject.lower()
    assert "certificate" in by_address["yasamal@example.az"].subject.lower()
    assert certificate.employee.full_name in by_address["baku@example.az"].body
    assert CertificateReminder.objects.count() == 3


def test_certificates_far_from_expiry_wait(certificate, settings):
    settings.LMS_CERT_EXPIRY_REMINDER_DAYS = 30
    expire_in(certificate, 45)
    mail.outbox.clear()
    assert tasks.send_expiry_reminders() == 0
    settings.LMS_CERT_EXPIRY_REMINDER_DAYS = 60
    assert tasks.send_expiry_reminders() == 1


def test_revoked_or_expired_certificates_are_not_reminded(
    certificate, tree, make_employee
):
    from certificates.services import certificate_revoke

    expire_in(certificate, 5)
    hr = make_employee(tree["agency"], roles=("HR",)).user
    certificate_revoke(certificate=certificate, by=hr, reason="x")
    mail.outbox.clear()
    assert tasks.send_expiry_reminders() == 0

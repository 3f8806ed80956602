"""A certificate ready and a certificate expiring are told in the site once each,
to the holder and (expiring) to their managers, beside the e-mails."""

from django.urls import reverse

from certificates import services, tasks
from people.models import Notification
from people.notifications import recent
from tests.certificates.test_reminders import expire_in


def test_the_holder_is_told_once_that_the_certificate_is_ready(certificate):
    ready = Notification.objects.filter(kind="certificate_ready")
    assert [n.recipient for n in ready] == [certificate.employee.user]
    services.certificate_regenerate(certificate=certificate, by=None)
    tasks.regenerate_certificate(certificate.pk)
    assert ready.count() == 1
    ((_n, message),) = recent(certificate.employee.user)
    assert certificate.course.title in message.text
    assert message.url == reverse("certificates:my_certificates")


def test_expiry_is_told_to_holder_and_managers_once(certificate, tree, manager_of):
    manager = manager_of(tree["baku"])
    outsider = manager_of(tree["ganja"])
    expire_in(certificate, 20)
    tasks.send_expiry_reminders()
    tasks.send_expiry_reminders()
    expiring = Notification.objects.filter(kind="certificate_expiring")
    assert sorted(n.recipient_id for n in expiring) == sorted(
        [certificate.employee.user_id, manager.user_id]
    )
    assert not Notification.objects.filter(recipient=outsider.user).exists()
    ((_n, message),) = recent(manager.user)
    assert certificate.employee.full_name in message.text
    assert message.url == reverse("certificate_admin:inspect", args=[certificate.pk])

"""The certificate a pass earned, as the course's next-step panel shows it."""

from django.urls import reverse
from django.utils.translation import gettext as _

from courses.next_step import Award

from .models import Certificate


def certificate_awards(enrolment):
    """Ready once its PDF is rendered; being prepared until then (issuing is queued
    after the pass, so the certificate row itself may not exist yet)."""
    certificate = Certificate.objects.filter(enrolment=enrolment).first()
    list_url = reverse("certificates:my_certificates")
    if certificate and certificate.status == Certificate.Status.REVOKED:
        return []
    if certificate is None or certificate.rendered_at is None:
        return [Award(title=_("Certificate"), ready=False, list_url=list_url)]
    url = reverse("certificates:download", args=[certificate.pk])
    return [Award(title=_("Certificate"), ready=True, url=url, list_url=list_url)]

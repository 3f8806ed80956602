"""The next-step panel links to the certificate once its PDF exists."""

from django.urls import reverse

from certificates.awards import certificate_awards
from certificates.models import Certificate
from certificates.services import certificate_revoke


def test_course_page_links_to_the_rendered_certificate(client, certificate, course):
    assert certificate.rendered_at is not None
    client.force_login(certificate.employee.user)
    body = client.get(course.url).content.decode()
    assert reverse("certificates:download", args=[certificate.pk]) in body
    assert 'role="status"' not in body.split("next-step", 1)[1]


def test_until_rendered_the_certificate_is_being_prepared(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(rendered_at=None)
    (award,) = certificate_awards(certificate.enrolment)
    assert not award.ready and award.url == ""
    assert award.list_url == reverse("certificates:my_certificates")


def test_a_revoked_certificate_is_not_offered(certificate, django_user_model):
    certificate_revoke(certificate=certificate, by=None, reason="Səhv verilib")
    assert certificate_awards(certificate.enrolment) == []

"""The demo agency holds certificates in every state, and seeding twice adds none."""

from django.core.management import call_command
from wagtail.images.models import Image

from certificates.models import Certificate
from certificates.services import default_template
from skills.models import CompetencyEvidence


def seed():
    with open("/dev/null", "w") as quiet:
        call_command("seed_demo", stdout=quiet)


def test_the_demo_holds_certificates_in_every_state(db):
    seed()
    before = sorted(Certificate.objects.values_list("pk", "code", "status"))
    mine = Certificate.objects.filter(employee__user__username="employee")
    assert any(certificate.is_valid for certificate in mine)
    statuses = {certificate.status for certificate in Certificate.objects.all()}
    assert {"issued", "revoked", "superseded"} <= statuses
    assert Certificate.objects.expiring_within(30).exists()
    assert (
        Certificate.objects.filter(enrolment__isnull=True).exclude(reason="").exists()
    )
    assert CompetencyEvidence.objects.filter(source_type__model="certificate").exists()
    template = default_template()
    assert template.seal and template.signatories.count() == 2
    assert all(signatory.signature for signatory in template.signatories.all())
    images = Image.objects.count()
    seed()
    assert Image.objects.count() == images
    assert sorted(Certificate.objects.values_list("pk", "code", "status")) == before

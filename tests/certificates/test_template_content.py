"""What the default template prints besides the name: the course's hours, the
signatories' signature images and the organisation's seal."""

import shutil
import subprocess
from importlib import import_module

import pytest
from django.apps import apps
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from certificates import tasks
from certificates.defaults import DEFAULT_TEMPLATE
from certificates.models import CertificateSignatory, CertificateTemplate
from certificates.placeholders import problems
from certificates.rendering import hours_text
from certificates.storage import certificate_storage, read
from courses.models import CoursePage

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs Debian poppler-utils"
)
upgrade = import_module("certificates.migrations.0006_template_seal_and_course_hours")


def pdf_of(certificate):
    tasks.regenerate_certificate(certificate.pk)
    certificate.refresh_from_db()
    return read(certificate_storage(), certificate.pdf.name)


@pytest.mark.parametrize(
    "minutes, language, expected",
    [(60, "az", "1"), (480, "en", "8"), (90, "az", "1,5"), (90, "en", "1.5")],
)
def test_hours_are_written_as_the_language_writes_numbers(minutes, language, expected):
    with translation.override(language):
        assert hours_text(minutes) == expected


def test_course_hours_is_a_known_placeholder_used_in_every_default_text():
    for field in ("body", "body_ru", "body_en"):
        assert "{course_hours}" in DEFAULT_TEMPLATE[field]
        assert problems(DEFAULT_TEMPLATE[field]) == []


@needs_poppler
def test_the_default_certificate_prints_the_courses_hours(certificate):
    CoursePage.objects.filter(pk=certificate.course_id).update(duration_minutes=90)
    result = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf_of(certificate), capture_output=True
    )
    assert "(1,5 saat)" in " ".join(result.stdout.decode().split())


@pytest.mark.skipif(not shutil.which("pdfimages"), reason="needs poppler-utils")
def test_signature_images_and_the_seal_are_printed(certificate, tmp_path):
    template = certificate.template
    signature = Image.objects.create(title="İmza", file=get_test_image_file())
    CertificateSignatory.objects.create(
        template=template, name="Əliyev Rəşad", position="Direktor", signature=signature
    )
    template.seal = Image.objects.create(title="Möhür", file=get_test_image_file())
    template.save()
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf_of(certificate))
    listing = subprocess.run(
        ["pdfimages", "-list", path], capture_output=True, text=True, check=True
    )
    kinds = [line.split()[2] for line in listing.stdout.splitlines()[2:]]
    assert kinds.count("image") == 2


def test_the_upgrade_gives_the_shipped_wording_the_hours_and_spares_edited_texts(db):
    CertificateTemplate.objects.all().delete()
    shipped = CertificateTemplate.objects.create(
        **{**DEFAULT_TEMPLATE, **upgrade.PREVIOUS_BODIES, "name": "Köhnə"}
    )
    edited = CertificateTemplate.objects.create(
        **{
            **DEFAULT_TEMPLATE,
            **upgrade.PREVIOUS_BODIES,
            "is_default": False,
            "body": "Öz mətnimiz: {employee_name}",
        }
    )
    upgrade.print_course_hours(apps, None)
    shipped.refresh_from_db()
    edited.refresh_from_db()
    assert shipped.body_ru == DEFAULT_TEMPLATE["body_ru"]
    assert "{course_hours}" in shipped.body and "{course_hours}" in shipped.body_en
    assert edited.body == "Öz mətnimiz: {employee_name}"
    assert edited.body_en == DEFAULT_TEMPLATE["body_en"]  # untouched language upgrades

"""PDFs: rendered once in the background, stored atomically with their hash, healed by
the sweep, right in Azerbaijani, with a QR code pointing to the verification page."""

import re
import shutil
import subprocess
from unittest import mock

import pytest
import segno
from django.core.files.storage import default_storage
from wagtail.models import ModelLogEntry

from certificates import pdfs, tasks
from certificates.models import Certificate, CertificateTemplate
from certificates.services import certificate_regenerate
from certificates.storage import certificate_storage, read, sha256

needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs Debian poppler-utils"
)
needs_zbar = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
    reason="needs Debian poppler-utils and zbar-tools",
)


def stored_pdf(certificate):
    certificate.refresh_from_db()
    return read(certificate_storage(), certificate.pdf.name)


def pdf_text(data):
    result = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    )
    return result.stdout.decode()


def stored_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_the_render_task_twice_leaves_one_pdf_with_the_same_hash(
    certificate, private_files
):
    first = stored_pdf(certificate)
    tasks.render_certificate(certificate.pk)
    tasks.render_certificate(certificate.pk)
    certificate.refresh_from_db()
    assert stored_pdf(certificate) == first
    assert sha256(first) == certificate.pdf_sha256
    assert len(stored_files(private_files)) == 1
    assert first.startswith(b"%PDF-")


def test_every_issued_certificate_file_matches_its_hash(
    catalogue, competencies, tree, make_employee, pass_course
):
    from tests.certificates.conftest import certifying_course

    courses = [certifying_course(catalogue, competencies, title=t) for t in "ABC"]
    for index, course in enumerate(courses):
        pass_course(make_employee(tree["front"], username=f"p{index}"), course)
    certificates = list(Certificate.objects.all())
    assert len(certificates) == 3
    for certificate in certificates:
        assert sha256(stored_pdf(certificate)) == certificate.pdf_sha256


def test_a_certificate_left_without_pdf_is_completed_by_the_sweep(
    employee, course, django_capture_on_commit_callbacks
):
    """A worker killed mid-render leaves the row without a PDF (no half file: the
    write is atomic); the next sweep renders it."""
    from courses.services import complete_lesson, enrol_self

    enrolment = enrol_self(employee=employee, course=course)
    with mock.patch("certificates.pdfs.render_certificate_pdf", side_effect=SystemExit):
        with pytest.raises(SystemExit):
            with django_capture_on_commit_callbacks(execute=True):
                for lesson in course.lessons():
                    complete_lesson(enrolment=enrolment, lesson=lesson)
    certificate = Certificate.objects.get()
    assert not certificate.pdf and certificate.rendered_at is None
    assert tasks.reconcile_certificates() == {"issued": 0, "rendered": 1}
    assert sha256(stored_pdf(certificate)) == certificate.pdf_sha256


def test_the_sweep_renders_again_a_missing_or_damaged_file(certificate):
    storage = certificate_storage()
    path = storage.path(certificate.pdf.name)
    with open(path, "r+b") as damaged:
        damaged.seek(200)
        damaged.write(b"XX")
    assert pdfs.reconcile()["rendered"] == 1
    assert sha256(stored_pdf(certificate)) == certificate.pdf_sha256
    storage.delete(certificate.pdf.name)
    assert pdfs.reconcile()["rendered"] == 1
    assert sha256(stored_pdf(certificate)) == certificate.pdf_sha256
    assert pdfs.reconcile()["rendered"] == 0


def test_no_temporary_file_is_left_when_rendering_fails(certificate, private_files):
    with mock.patch("certificates.storage.os.replace", side_effect=OSError("disk")):
        with pytest.raises(OSError):
            tasks.regenerate_certificate(certificate.pk)
    assert len(stored_files(private_files)) == 1
    assert sha256(stored_pdf(certificate)) == certificate.pdf_sha256


def test_regenerating_after_a_template_fix_keeps_the_code_and_url(
    certificate, tree, make_employee, django_capture_on_commit_callbacks
):
    hr = make_employee(tree["agency"], roles=("HR",)).user
    template = certificate.template
    template.title = "Sertifikat (düzəldilmiş)"
    template.save()
    code, url, name = certificate.code, certificate.verification_url, certificate.pdf
    with django_capture_on_commit_callbacks(execute=True):
        certificate_regenerate(certificate=certificate, by=hr)
    certificate.refresh_from_db()
    assert (certificate.code, certificate.verification_url) == (code, url)
    assert certificate.pdf == name
    assert certificate.template_version == template.version == 2
    assert ModelLogEntry.objects.filter(action="certificates.regenerated").count() == 1


@needs_poppler
def test_the_pdf_reads_right_in_azerbaijani_with_code_and_upper_case_i(certificate):
    name = "Şıxəliyeva Gülçöhrə Tuğrul qızı"
    type(certificate.employee).objects.filter(pk=certificate.employee_id).update(
        full_name=name
    )
    tasks.regenerate_certificate(certificate.pk)
    text = pdf_text(stored_pdf(certificate))
    assert name in text
    for letter in "əğıİşçöüƏŞ":
        assert letter in text
    words = text.split()
    assert "SERTİFİKAT" in words  # one word: lang="az" upper-cases i as İ
    assert "AKADEMİYA" in words
    joined = "".join(words)
    assert certificate.grouped_code in joined
    assert certificate.verification_url in joined


@needs_poppler
def test_the_pdf_in_russian_uses_the_russian_text(certificate):
    certificate.language = "ru"
    certificate.save(update_fields=["language"])
    tasks.regenerate_certificate(certificate.pk)
    text = pdf_text(stored_pdf(certificate))
    assert "СЕРТИФИКАТ" in text.replace(" ", "") and "Компетенции" in text


def pdf_info(data, folder, *options):
    path = folder / "info.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdfinfo", *options, path], capture_output=True, text=True, check=True
    )
    return result.stdout


def assert_tagged_pdf_a_3b(data, folder):
    assert re.search(r"^Tagged:\s+yes$", pdf_info(data, folder), re.M)
    metadata = pdf_info(data, folder, "-meta")
    assert 'pdfaid:part="3"' in metadata and 'pdfaid:conformance="B"' in metadata
    assert "H1" in pdf_info(data, folder, "-struct").split()


@needs_poppler
def test_the_pdf_is_tagged_and_pdf_a_3b(certificate, tmp_path):
    assert_tagged_pdf_a_3b(stored_pdf(certificate), tmp_path)


@needs_poppler
def test_the_fonts_are_embedded(certificate, tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(stored_pdf(certificate))
    listing = subprocess.run(["pdffonts", pdf], capture_output=True, text=True)
    fonts = listing.stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), listing.stdout
    assert any("Certificate-Serif" in line for line in fonts)


def test_the_qr_code_carries_the_absolute_verification_url(
    employee, course, pass_course
):
    with mock.patch("certificates.rendering.segno.make", wraps=segno.make) as make:
        enrolment = pass_course(employee, course)
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert make.call_args.args[0] == certificate.verification_url
    assert certificate.verification_url == (
        f"https://academy.example.az/verify/{certificate.code}/"
    )


@needs_zbar
def test_the_printed_qr_code_scans_to_the_verification_url(certificate, tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(stored_pdf(certificate))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", pdf, tmp_path / "page"], check=True
    )
    scanned = subprocess.run(
        ["zbarimg", "--quiet", "--raw", next(tmp_path.glob("page*.png"))],
        capture_output=True,
        text=True,
    )
    assert scanned.stdout.strip() == certificate.verification_url


def test_images_of_the_template_come_from_the_projects_media(certificate, settings):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    logo = Image.objects.create(title="Logo", file=get_test_image_file())
    template = certificate.template
    template.logo = logo
    template.save()
    with mock.patch(
        "certificates.fetcher.default_storage.open", wraps=default_storage.open
    ) as opened:
        tasks.regenerate_certificate(certificate.pk)
    assert opened.call_args.args[0].startswith("images/")
    assert CertificateTemplate.objects.get(pk=template.pk).version == 2

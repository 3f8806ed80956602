"""Optional PAdES signatures: a throwaway key signs, pyHanko validates, a flipped byte
fails."""

from io import BytesIO, StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from certificates import signing, tasks
from certificates.checks import check_settings
from certificates.storage import certificate_storage, read, sha256


@pytest.fixture
def signing_key(tmp_path, settings):
    call_command("create_signing_key", str(tmp_path / "keys"), stdout=StringIO())
    settings.LMS_CERT_SIGNING_KEY = str(tmp_path / "keys" / "signing-key.pem")
    settings.LMS_CERT_SIGNING_CERT = str(tmp_path / "keys" / "signing-cert.pem")
    return settings.LMS_CERT_SIGNING_CERT


def validate(data, cert_path):
    reader = PdfFileReader(BytesIO(data))
    (signature,) = reader.embedded_signatures
    context = ValidationContext(trust_roots=[load_cert_from_pemder(cert_path)])
    return signature, validate_pdf_signature(signature, context)


def signed_certificate_pdf(certificate):
    tasks.regenerate_certificate(certificate.pk)
    certificate.refresh_from_db()
    return read(certificate_storage(), certificate.pdf.name)


def test_a_configured_key_signs_the_pdf_and_pyhanko_validates_it(
    signing_key, certificate
):
    data = signed_certificate_pdf(certificate)
    assert sha256(data) == certificate.pdf_sha256  # the hash covers the signed file
    signature, status = validate(data, signing_key)
    assert status.intact and status.valid and status.bottom_line
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES


def test_a_flipped_byte_makes_validation_fail(signing_key, certificate):
    data = bytearray(signed_certificate_pdf(certificate))
    data[12] ^= 0x01  # inside the signed range, in the binary comment of the header
    _signature, status = validate(bytes(data), signing_key)
    assert not status.intact and not status.bottom_line


def test_without_a_key_pdfs_are_not_signed(certificate, settings):
    assert not signing.is_enabled()
    data = read(certificate_storage(), certificate.pdf.name)
    assert not PdfFileReader(BytesIO(data)).embedded_signatures


def test_the_command_refuses_to_overwrite_a_key(signing_key, tmp_path):
    with pytest.raises(CommandError):
        call_command("create_signing_key", str(tmp_path / "keys"))
    assert (tmp_path / "keys" / "signing-key.pem").stat().st_mode & 0o777 == 0o600


def test_settings_naming_half_a_key_or_missing_files_fail_the_checks(settings):
    settings.LMS_CERT_SIGNING_KEY = "/nowhere/key.pem"
    settings.LMS_CERT_SIGNING_CERT = ""
    assert [e.id for e in check_settings()] == ["certificates.E005"]
    settings.LMS_CERT_SIGNING_CERT = "/nowhere/cert.pem"
    assert {e.id for e in check_settings()} == {"certificates.E006"}
    settings.LMS_CERT_SIGNING_KEY = settings.LMS_CERT_SIGNING_CERT = ""
    settings.LMS_CERT_EXPIRY_REMINDER_DAYS = "30"
    settings.LMS_CERT_VERIFY_RATE_LIMIT = -1
    assert {e.id for e in check_settings()} == {
        "certificates.E001",
        "certificates.E002",
    }


def test_a_pkcs12_archive_with_a_password_signs_too(signing_key, certificate, settings):
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        load_pem_private_key,
        pkcs12,
    )
    from cryptography.x509 import load_pem_x509_certificate

    folder = Path(settings.LMS_CERT_SIGNING_KEY).parent
    key = load_pem_private_key((folder / "signing-key.pem").read_bytes(), None)
    cert = load_pem_x509_certificate((folder / "signing-cert.pem").read_bytes())
    archive = folder / "signing.p12"
    archive.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"lms", key, cert, None, BestAvailableEncryption(b"s3cret")
        )
    )
    settings.LMS_CERT_SIGNING_KEY = settings.LMS_CERT_SIGNING_CERT = ""
    settings.LMS_CERT_SIGNING_PKCS12 = str(archive)
    settings.LMS_CERT_SIGNING_PASSWORD = "s3cret"
    _signature, status = validate(signed_certificate_pdf(certificate), signing_key)
    assert status.intact and status.valid

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


def test_the_signed_pdf_stays_tagged_and_pdf_a_3b(signing_key, certificate, tmp_path):
    from tests.certificates.test_rendering import assert_tagged_pdf_a_3b

    data = signed_certificate_pdf(certificate)
    assert PdfFileReader(BytesIO(data)).embedded_signatures
    assert_tagged_pdf_a_3b(data, tmp_path)


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


# Long-term signatures: B-T and B-LT against a test PKI served in-process -----------


@pytest.fixture(scope="module")
def test_pki(tmp_path_factory):
    from tests.certificates.pki import start

    pki = start(tmp_path_factory.mktemp("pki"))
    yield pki
    pki.stop()


@pytest.fixture
def pki_signing(test_pki, settings):
    settings.LMS_CERT_SIGNING_KEY = str(test_pki.key)
    settings.LMS_CERT_SIGNING_CERT = str(test_pki.cert)
    settings.LMS_CERT_SIGNING_CHAIN = str(test_pki.chain)
    settings.LMS_CERT_TRUST_ROOTS = str(test_pki.roots)
    settings.LMS_CERT_TSA_URL = test_pki.tsa_url
    return test_pki


def pki_context(pki, **kwargs):
    roots = [load_cert_from_pemder(str(pki.roots))]
    return ValidationContext(trust_roots=roots, **kwargs)


def test_with_a_tsa_the_signature_is_pades_b_t_and_the_timestamp_validates(
    pki_signing, certificate
):
    data = signed_certificate_pdf(certificate)
    (signature,) = PdfFileReader(BytesIO(data)).embedded_signatures
    status = validate_pdf_signature(
        signature,
        pki_context(pki_signing, allow_fetching=True),
        ts_validation_context=pki_context(pki_signing, allow_fetching=True),
    )
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.timestamp_validity is not None
    assert status.timestamp_validity.intact and status.timestamp_validity.trusted
    assert "dss" not in {key.lower() for key in reader_root(data)}  # B-T, not B-LT


def reader_root(data):
    return [str(key).lstrip("/") for key in PdfFileReader(BytesIO(data)).root]


def test_with_ltv_the_revocation_info_is_embedded_and_validates_offline(
    pki_signing, certificate, settings
):
    from pyhanko.sign.validation import DocumentSecurityStore

    settings.LMS_CERT_SIGNING_LTV = True
    data = signed_certificate_pdf(certificate)
    reader = PdfFileReader(BytesIO(data))
    assert "DSS" in reader_root(data)
    (signature,) = reader.embedded_signatures
    roots = [load_cert_from_pemder(str(pki_signing.roots))]
    # Only what the PDF carries: no fetching, and missing revocation info fails.
    embedded = DocumentSecurityStore.read_dss(reader).as_validation_context(
        {"trust_roots": roots, "allow_fetching": False, "revocation_mode": "hard-fail"}
    )
    assert embedded.ocsps and embedded.crls
    status = validate_pdf_signature(signature, embedded, ts_validation_context=embedded)
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.timestamp_validity.trusted


def test_pdfsig_reads_the_long_term_signature_as_valid(pki_signing, certificate):
    import shutil
    import subprocess

    if not shutil.which("pdfsig"):
        pytest.skip("pdfsig (poppler-utils) is not installed")
    data = signed_certificate_pdf(certificate)
    path = Path(pki_signing.key).parent / f"cert-{certificate.pk}.pdf"
    path.write_bytes(data)
    result = subprocess.run(
        ["pdfsig", str(path)], capture_output=True, text=True, timeout=60
    )
    assert "Signature is Valid" in result.stdout
    assert "ETSI.CAdES.detached" in result.stdout


def test_the_signing_key_is_parsed_once_per_worker_not_per_certificate(
    signing_key, certificate, monkeypatch
):
    from cryptography.hazmat.primitives import serialization

    parsed = []
    real = serialization.load_der_private_key
    monkeypatch.setattr(
        serialization,
        "load_der_private_key",
        lambda *args, **kwargs: parsed.append(1) or real(*args, **kwargs),
    )
    signing.cached_signer.cache_clear()
    for _ in range(3):
        signed_certificate_pdf(certificate)
    assert len(parsed) == 1


def test_environment_variables_turn_signing_on(signing_key, tmp_path):
    """DEPLOYMENT.md's variables, exported in the shell, reach the settings."""
    import os
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "LMS_CERT_SIGNING_KEY": str(tmp_path / "keys" / "signing-key.pem"),
        "LMS_CERT_SIGNING_CERT": str(tmp_path / "keys" / "signing-cert.pem"),
        "LMS_CERT_TSA_URL": "https://tsa.example.az/rfc3161",
        "LMS_CERT_SIGNING_LTV": "1",
    }
    script = (
        "import django; django.setup()\n"
        "from certificates import conf, signing\n"
        "print(signing.is_enabled(), conf.tsa_url(), conf.signing_ltv())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.split() == ["True", "https://tsa.example.az/rfc3161", "True"]


def test_long_term_settings_are_checked(settings):
    settings.LMS_CERT_SIGNING_LTV = True
    settings.LMS_CERT_TSA_URL = ""
    assert [e.id for e in check_settings()] == ["certificates.E008"]
    settings.LMS_CERT_TSA_URL = "ftp://tsa.example.az"
    assert [e.id for e in check_settings()] == ["certificates.E007"]

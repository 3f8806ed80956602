"""Optional PAdES (baseline B) signature of certificate PDFs with pyHanko.

On when the settings name a key: ``LMS_CERT_SIGNING_KEY`` and
``LMS_CERT_SIGNING_CERT`` (PEM files), or ``LMS_CERT_SIGNING_PKCS12`` (with
``LMS_CERT_SIGNING_PASSWORD`` if the archive has one). ``manage.py
create_signing_key`` makes a self-signed pair for trials.
"""

import os
from functools import lru_cache
from io import BytesIO

from django.core.exceptions import ImproperlyConfigured
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from . import conf

FIELD_NAME = "CertificateSignature"
# Room for the CMS signature with a certificate chain of a few certificates; set
# up front, pyHanko would otherwise sign once more just to measure it.
SIGNATURE_BYTES = 16384


def is_enabled():
    key, cert, pkcs12, _password = conf.signing_settings()
    return bool(pkcs12 or (key and cert))


def load_signer():
    """The signer for the configured files, loaded again only when a file changes."""
    settings = conf.signing_settings()
    stamps = tuple(os.stat(path).st_mtime_ns for path in settings[:3] if path)
    return cached_signer(settings, stamps)


@lru_cache(maxsize=4)
def cached_signer(settings, stamps):
    key, cert, pkcs12, password = settings
    passphrase = password.encode() if password else None
    if pkcs12:
        signer = signers.SimpleSigner.load_pkcs12(pkcs12, passphrase=passphrase)
    else:
        signer = signers.SimpleSigner.load(key, cert, key_passphrase=passphrase)
    if signer is None:
        raise ImproperlyConfigured(
            "The certificate signing key or certificate could not be read."
        )
    return signer


def sign(pdf, *, reason="", location=""):
    """``pdf`` with a PAdES signature appended as an incremental update."""
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    signed = signers.sign_pdf(
        writer, metadata, signer=load_signer(), bytes_reserved=SIGNATURE_BYTES
    )
    return signed.getvalue()

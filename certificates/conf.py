"""The certificates app's settings (``LMS_CERT_*``), read when used.

Tests and host sites change them with ``override_settings``; ``checks.py`` validates
them at start-up.
"""

from pathlib import Path

from django.conf import settings

EXPIRY_REMINDER_DAYS = 30
VERIFY_RATE_LIMIT = 30  # requests per client per minute
ZIP_SYNC_LIMIT = 50  # more PDFs than this are zipped in the background
SWEEP_BATCH = 200  # PDFs re-hashed by one reconciliation sweep


def expiry_reminder_days():
    return getattr(settings, "LMS_CERT_EXPIRY_REMINDER_DAYS", EXPIRY_REMINDER_DAYS)


def verify_rate_limit():
    """Verification requests allowed per client and minute; 0 turns the limit off."""
    return getattr(settings, "LMS_CERT_VERIFY_RATE_LIMIT", VERIFY_RATE_LIMIT)


def zip_sync_limit():
    return getattr(settings, "LMS_CERT_ZIP_SYNC_LIMIT", ZIP_SYNC_LIMIT)


def sweep_batch():
    return getattr(settings, "LMS_CERT_SWEEP_BATCH", SWEEP_BATCH)


def pdf_root():
    """Where PDFs live on disk: outside the public media URLs' reach by default."""
    root = getattr(settings, "LMS_CERT_PDF_ROOT", None)
    if root:
        return Path(root)
    return Path(settings.MEDIA_ROOT or ".") / "private" / "certificates"


def site_url():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def signing_settings():
    """``(key, cert, pkcs12, password)``; signing is on when a key source is set."""
    return (
        str(getattr(settings, "LMS_CERT_SIGNING_KEY", "") or ""),
        str(getattr(settings, "LMS_CERT_SIGNING_CERT", "") or ""),
        str(getattr(settings, "LMS_CERT_SIGNING_PKCS12", "") or ""),
        getattr(settings, "LMS_CERT_SIGNING_PASSWORD", "") or "",
    )


def signing_chain():
    """A PEM file of intermediate certificates to embed with the signature."""
    return str(getattr(settings, "LMS_CERT_SIGNING_CHAIN", "") or "")


def tsa_url():
    """The RFC 3161 time-stamping authority: set, signatures are PAdES B-T."""
    return getattr(settings, "LMS_CERT_TSA_URL", "") or ""


def tsa_timeout():
    return getattr(settings, "LMS_CERT_TSA_TIMEOUT", 10)


def signing_ltv():
    """Embed revocation information (PAdES B-LT); needs a time-stamping authority."""
    return bool(getattr(settings, "LMS_CERT_SIGNING_LTV", False))


def trust_roots():
    """A PEM file of the root certificates the signing chain ends in (for B-LT)."""
    return str(getattr(settings, "LMS_CERT_TRUST_ROOTS", "") or "")


def credential_key():
    """The PEM private key (EC P-256 or Ed25519) that signs Open Badges credentials."""
    return str(getattr(settings, "LMS_CREDENTIAL_KEY", "") or "")


def credential_retired_keys():
    """Earlier keys' files, still published so what they signed still verifies."""
    value = getattr(settings, "LMS_CREDENTIAL_RETIRED_KEYS", ()) or ()
    if isinstance(value, str):
        value = value.split(",")
    return tuple(path.strip() for path in value if path.strip())


def site_name():
    return settings.WAGTAIL_SITE_NAME

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
        getattr(settings, "LMS_CERT_SIGNING_KEY", ""),
        getattr(settings, "LMS_CERT_SIGNING_CERT", ""),
        getattr(settings, "LMS_CERT_SIGNING_PKCS12", ""),
        getattr(settings, "LMS_CERT_SIGNING_PASSWORD", ""),
    )

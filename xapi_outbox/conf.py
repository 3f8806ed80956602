"""The outbox's settings (``LMS_LRS_*``), read when used; see docs/DEPLOYMENT.md."""

from django.conf import settings

BATCH = 50  # statements per POST
BACKOFF_BASE = 30  # seconds before the first retry; doubles each time
BACKOFF_MAX = 3600  # retries are never further apart than this
LEASE = 120  # seconds a worker holds a batch it is sending


def lrs_url():
    """The LRS's xAPI endpoint (…/xAPI/); empty: no statements are recorded."""
    return (getattr(settings, "LMS_LRS_URL", "") or "").rstrip("/")


def is_enabled():
    return bool(lrs_url())


def credentials():
    return (
        getattr(settings, "LMS_LRS_USERNAME", "") or "",
        getattr(settings, "LMS_LRS_PASSWORD", "") or "",
    )


def timeout():
    return getattr(settings, "LMS_LRS_TIMEOUT", 10)


def batch_size():
    return getattr(settings, "LMS_LRS_BATCH", BATCH)


def homepage():
    """The ``account.homePage`` of every actor: the LMS itself."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")

"""The skills app's settings, read when used so tests and sites can change them."""

from django.conf import settings

SYNC_EXPORT_LIMIT = 2000


def sync_export_limit():
    """Exports with more rows than this are prepared in the background."""
    return getattr(settings, "LMS_MATRIX_SYNC_EXPORT_LIMIT", SYNC_EXPORT_LIMIT)


EXPORT_KEEP_DAYS = 7


def export_keep_days():
    """Background exports are copies: downloadable, then deleted, after this many days."""
    return getattr(settings, "LMS_MATRIX_EXPORT_KEEP_DAYS", EXPORT_KEEP_DAYS)

"""The feedback app's settings (``LMS_FEEDBACK_*``), read when used."""

from django.conf import settings

RATE_LIMIT = 120  # requests per monitor token per minute
MAX_BATCH = 500  # ratings in one request
MIN_RATINGS = 30  # fewer ratings than this in a period: too few to call a need
COMMENT_RETENTION_DAYS = 180
EFFECT_WINDOW_DAYS = 90


def rate_limit():
    return getattr(settings, "LMS_FEEDBACK_RATE_LIMIT", RATE_LIMIT)


def max_batch():
    return getattr(settings, "LMS_FEEDBACK_MAX_BATCH", MAX_BATCH)


def min_ratings():
    return getattr(settings, "LMS_FEEDBACK_MIN_RATINGS", MIN_RATINGS)


def comment_retention_days():
    return getattr(
        settings, "LMS_FEEDBACK_COMMENT_RETENTION_DAYS", COMMENT_RETENTION_DAYS
    )


def effect_window_days():
    return getattr(settings, "LMS_FEEDBACK_EFFECT_WINDOW_DAYS", EFFECT_WINDOW_DAYS)

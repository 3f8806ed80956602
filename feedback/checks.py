from django.core.checks import Error

from . import conf

POSITIVE = [
    ("LMS_FEEDBACK_MAX_BATCH", conf.max_batch, 1, "feedback.E001"),
    ("LMS_FEEDBACK_RATE_LIMIT", conf.rate_limit, 0, "feedback.E002"),
    ("LMS_FEEDBACK_MIN_RATINGS", conf.min_ratings, 1, "feedback.E003"),
    (
        "LMS_FEEDBACK_COMMENT_RETENTION_DAYS",
        conf.comment_retention_days,
        1,
        "feedback.E004",
    ),
    ("LMS_FEEDBACK_EFFECT_WINDOW_DAYS", conf.effect_window_days, 7, "feedback.E005"),
]


def check_settings(app_configs=None, **kwargs):
    return [
        Error(f"{name} must be a whole number of {least} or more.", id=code)
        for name, read, least, code in POSITIVE
        if not isinstance(read(), int) or read() < least
    ]

from django.core.checks import Error

from .conf import sync_export_limit


def check_settings(app_configs=None, **kwargs):
    limit = sync_export_limit()
    if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 0:
        return []
    return [
        Error(
            "LMS_MATRIX_SYNC_EXPORT_LIMIT must be a whole number of rows, 0 or more.",
            hint="Exports above this many rows run in the background; e.g. 2000.",
            id="skills.E001",
        )
    ]

"""Start-up checks of the ``LMS_H5P_*`` settings and of the player's static files."""

from urllib.parse import urlsplit

from django.contrib.staticfiles import finders
from django.core.checks import Error, Info, Warning, register

from . import conf

WHOLE_NUMBERS = [
    ("LMS_H5P_MAX_TOTAL_BYTES", conf.max_total_bytes, "E001"),
    ("LMS_H5P_MAX_FILE_BYTES", conf.max_file_bytes, "E002"),
    ("LMS_H5P_MAX_RATIO", conf.max_ratio, "E003"),
    ("LMS_H5P_MAX_FILES", conf.max_files, "E004"),
    ("LMS_H5P_TOKEN_MAX_AGE", conf.token_max_age, "E005"),
    ("LMS_H5P_SAVE_FREQUENCY", conf.save_frequency, "E007"),
]
PLAYER_SCRIPT = "h5p-standalone/main.bundle.js"


def is_positive_whole(value):
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def check_settings(app_configs=None, **kwargs):
    errors = [
        Error(f"{name} must be a whole number above 0.", id=f"h5p.{code}")
        for name, read, code in WHOLE_NUMBERS
        if not is_positive_whole(read())
    ]
    return errors + origin_errors() + player_warnings()


def origin_errors():
    origin = conf.origin()
    if not origin:
        return []
    parts = urlsplit(origin)
    if parts.scheme in ("http", "https") and parts.netloc and not parts.path:
        return []
    return [
        Error(
            "LMS_H5P_ORIGIN must be a scheme and host only, "
            "e.g. https://h5p.academy.example.az.",
            id="h5p.E006",
        )
    ]


def player_warnings():
    if finders.find(PLAYER_SCRIPT):
        return []
    return [
        Warning(
            f"The H5P player ({PLAYER_SCRIPT}) is not among the static files.",
            hint="Run `npm install --ignore-scripts` and add node_modules/"
            "h5p-standalone/dist to STATICFILES_DIRS under the prefix h5p-standalone.",
            id="h5p.W001",
        )
    ]


@register(deploy=True)
def check_isolation(app_configs=None, **kwargs):
    if conf.origin():
        return []
    return [
        Info(
            "LMS_H5P_ORIGIN is not set: H5P packages run on the site's own origin.",
            hint="Serve the player from a second host name (docs/DEPLOYMENT.md).",
            id="h5p.I001",
        )
    ]

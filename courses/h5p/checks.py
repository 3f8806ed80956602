"""Start-up checks of the ``LMS_H5P_*`` settings and of the player's static files."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.checks import Error, Warning, register
from django.http.request import validate_host

from . import conf

WHOLE_NUMBERS = [
    ("LMS_H5P_MAX_TOTAL_BYTES", conf.max_total_bytes, "E001"),
    ("LMS_H5P_MAX_FILE_BYTES", conf.max_file_bytes, "E002"),
    ("LMS_H5P_MAX_RATIO", conf.max_ratio, "E003"),
    ("LMS_H5P_MAX_FILES", conf.max_files, "E004"),
    ("LMS_H5P_TOKEN_MAX_AGE", conf.token_max_age, "E005"),
    ("LMS_H5P_SAVE_FREQUENCY", conf.save_frequency, "E007"),
    ("LMS_H5P_STATE_QUOTA", conf.state_quota, "E013"),
    ("LMS_H5P_STATEMENT_QUOTA", conf.statement_quota, "E014"),
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


MIDDLEWARE = "courses.h5p.middleware.H5POriginMiddleware"


@register(deploy=True)
def check_isolation(app_configs=None, **kwargs):
    """In production H5P packages must run on an origin of their own, one the
    site's cookies never reach, behind the middleware that shows only the player."""
    origin = conf.origin()
    if not origin:
        return [
            Error(
                "LMS_H5P_ORIGIN is not set: H5P packages would run on the site's own "
                "origin, where their scripts can act as the user.",
                hint="Serve the player from a second host name and set LMS_H5P_ORIGIN "
                "to it (docs/DEPLOYMENT.md).",
                id="h5p.E008",
            )
        ]
    return isolation_errors(origin)


def isolation_errors(origin):
    host = urlsplit(origin).hostname or ""
    site = urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "")
    errors = []
    if site.hostname and site.hostname == host:
        errors.append(
            isolation_error("must be another host than the site's own", "E009")
        )
    for name in ("SESSION_COOKIE_DOMAIN", "CSRF_COOKIE_DOMAIN"):
        domain = (getattr(settings, name, None) or "").lstrip(".")
        if domain and (host == domain or host.endswith("." + domain)):
            errors.append(
                isolation_error(
                    f"is inside {name}, so the site's cookies reach it", "E010"
                )
            )
    if not validate_host(host, settings.ALLOWED_HOSTS):
        errors.append(isolation_error("is not in ALLOWED_HOSTS", "E011"))
    if MIDDLEWARE not in settings.MIDDLEWARE:
        errors.append(
            isolation_error(
                f"needs {MIDDLEWARE} in MIDDLEWARE to show only the player", "E012"
            )
        )
    return errors


def isolation_error(problem, code):
    return Error(f"The H5P origin (LMS_H5P_ORIGIN) {problem}.", id=f"h5p.{code}")

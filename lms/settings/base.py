"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "home",
    "lms",
    # The plugin: these four install into any Wagtail site.
    "people",
    "skills",
    "courses",
    "courses.quizzes",
    "courses.h5p",
    "certificates",
    # xAPI statements to an external LRS (LMS_LRS_URL); listens, nothing imports it.
    "xapi_outbox",
    # Citizen ratings from the centres' monitors -> training needs; nothing imports it.
    "feedback",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_q",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The H5P player's own origin answers only the player (LMS_H5P_ORIGIN).
    "courses.h5p.middleware.H5POriginMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "people.middleware.IdleSessionMiddleware",
    "people.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees the outcome of authentication in the views above.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# SQLite by default (nothing to start); DATABASE_URL overrides it with any URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several users and the worker write to one file. A transaction takes the write
    # lock when it begins (IMMEDIATE), so two writers queue on the busy timeout instead
    # of one failing with "database is locked" on upgrading a read lock; WAL lets
    # readers go on while one writes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Sessions end after LMS_SESSION_IDLE_MINUTES without a request (default 8 hours: a
# working day), checked on the server by people.middleware.IdleSessionMiddleware.
LMS_SESSION_IDLE_TIMEOUT = timedelta(
    minutes=int(os.environ.get("LMS_SESSION_IDLE_MINUTES", "480"))
)
SESSION_COOKIE_AGE = int(LMS_SESSION_IDLE_TIMEOUT.total_seconds())

LOGIN_URL = "people:login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "/"

# Languages: Azerbaijani first, then Russian and English. English is the source.
LANGUAGE_CODE = "az"
LANGUAGES = [
    ("az", "Azərbaycanca"),
    ("ru", "Русский"),
    ("en", "English"),
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Baku"

# Wagtail's and Django's own admin strings in Azerbaijani (Wagtail ships no "az"), and
# the Russian ones Wagtail lacks. Plugin sites add it too: people/admin_translations/.
LOCALE_PATHS = [BASE_DIR / "people" / "admin_translations" / "locale"]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [
    PROJECT_DIR / "static",
    # The H5P player from npm (node_modules is installed by ./run, not committed).
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
]
STATIC_ROOT = Path(os.environ.get("LMS_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("LMS_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

WAGTAIL_SITE_NAME = "ASAN Academy"
# ASCII slugs, transliterated as the agency's own site does (ə→e, ş→s, ı→i).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Documents are always streamed through Wagtail's serve view, which asks the
# before_serve_document hooks (courses: only people who may open a lesson using
# it), never redirected to a storage URL that anyone could reuse.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Background work: django-q2. The ORM broker needs nothing to start; REDIS_URL switches
# to Redis. Retries are bounded and a task times out before it would be retried.
REDIS_URL = os.environ.get("REDIS_URL", "")
Q_CLUSTER = {
    "name": "lms",
    "workers": int(os.environ.get("LMS_Q_WORKERS", "2")),
    "timeout": 240,
    "retry": 300,
    "max_attempts": 3,
    "ack_failures": True,
    "save_limit": 1000,
    "catch_up": False,
    "label": _("Background tasks"),
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

# The cache keeps what changes only when pages, locales or permissions change (the
# page tree's routing, course outlines, the layout's admin link; courses/routing.py).
# Several processes must share it so a change reaches them all: with REDIS_URL it is
# Redis; the embedded default (one process) keeps it in memory.
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "lms",
        }
    }

# Login throttling (people/throttle.py): three counters over the cool-off, each with
# its own limit. An account from one address (5, so locking one account does not lock
# its colleagues behind the same office NAT); one address over any accounts (20: one
# password sprayed over many usernames); one account from any address (10).
AXES_HANDLER = "people.throttle.LoginThrottle"
AXES_FAILURE_LIMIT = 5
LMS_LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LMS_LOGIN_ADDRESS_LIMIT", "20"))
LMS_LOGIN_USERNAME_FAILURE_LIMIT = int(os.environ.get("LMS_LOGIN_USERNAME_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# Attempts refused while locked are not counted: one address can then never push
# someone else's account over its own limit by hammering a locked pair.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_TEMPLATE = "lms/locked_out.html"
AXES_VERBOSE = False

# The client's address (people/clientip.py), for the login throttle and the
# verification page's limit. LMS_TRUSTED_PROXIES is the number of reverse proxies in
# front of the web processes that append the client to X-Forwarded-For (1 for one
# nginx). 0 (the default): clients connect directly and X-Forwarded-For is ignored.
# With N proxies the address is the Nth from the right of X-Forwarded-For, never the
# left-most one, which the client writes itself.
LMS_TRUSTED_PROXIES = int(os.environ.get("LMS_TRUSTED_PROXIES", "0"))
if LMS_TRUSTED_PROXIES:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR",)
    AXES_IPWARE_PROXY_COUNT = LMS_TRUSTED_PROXIES - 1
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
    AXES_IPWARE_PROXY_COUNT = None
# Extra values written at the left of the header (by the client) do not invalidate
# the chain: the address is still counted from the right.
IPWARE_STRICT = False

# Content-Security-Policy for the employee site. The Wagtail admin brings its own inline
# scripts and is excluded here; it is protected by login, CSRF and frame denial.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# H5P packages run in a sandboxed frame served from this second origin when set
# (e.g. https://h5p.academy.example.az; docs/DEPLOYMENT.md); lesson pages may frame it.
LMS_H5P_ORIGIN = os.environ.get("LMS_H5P_ORIGIN", "").rstrip("/")
if LMS_H5P_ORIGIN:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"].append(LMS_H5P_ORIGIN)
# Hosts an H5P video may stream from besides YouTube (e.g. the agency's own).
LMS_H5P_VIDEO_HOSTS = [
    h for h in os.environ.get("LMS_H5P_VIDEO_HOSTS", "").split(",") if h
]

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "academy@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# LMS settings (read lazily where they are used, validated by system checks).
# Which kind of site this is: "dev" and "test" may be filled with demo data
# (seed_demo refuses anywhere else unless forced). The settings modules set it.
LMS_ENVIRONMENT = "production"
# The demo logins' password (12 characters or more, as the validators require).
LMS_DEMO_PASSWORD = os.environ.get("LMS_DEMO_PASSWORD", "asan-demo-2026")
# H5P package limits: what a package may unpack to, in all and per file, and how far
# one file may expand (zip bombs).
LMS_H5P_MAX_TOTAL_BYTES = 200 * 1024 * 1024
LMS_H5P_MAX_FILE_BYTES = 50 * 1024 * 1024
LMS_H5P_MAX_RATIO = 100

# Certificate PDF signatures (PAdES; certificates/signing.py) and Open Badges
# credentials (certificates/credentials/): keys and authorities come from the
# environment, as docs/DEPLOYMENT.md lists them. Empty means off.
LMS_CERT_SIGNING_KEY = os.environ.get("LMS_CERT_SIGNING_KEY", "")
LMS_CERT_SIGNING_CERT = os.environ.get("LMS_CERT_SIGNING_CERT", "")
LMS_CERT_SIGNING_PKCS12 = os.environ.get("LMS_CERT_SIGNING_PKCS12", "")
LMS_CERT_SIGNING_PASSWORD = os.environ.get("LMS_CERT_SIGNING_PASSWORD", "")
LMS_CERT_SIGNING_CHAIN = os.environ.get("LMS_CERT_SIGNING_CHAIN", "")
LMS_CERT_TRUST_ROOTS = os.environ.get("LMS_CERT_TRUST_ROOTS", "")
LMS_CERT_TSA_URL = os.environ.get("LMS_CERT_TSA_URL", "")
LMS_CERT_SIGNING_LTV = os.environ.get("LMS_CERT_SIGNING_LTV", "") in (
    "1",
    "true",
    "yes",
)
LMS_CREDENTIAL_KEY = os.environ.get("LMS_CREDENTIAL_KEY", "")
LMS_CREDENTIAL_RETIRED_KEYS = os.environ.get("LMS_CREDENTIAL_RETIRED_KEYS", "")

# xAPI to an external LRS (xapi_outbox): empty LMS_LRS_URL records nothing.
LMS_LRS_URL = os.environ.get("LMS_LRS_URL", "")
LMS_LRS_USERNAME = os.environ.get("LMS_LRS_USERNAME", "")
LMS_LRS_PASSWORD = os.environ.get("LMS_LRS_PASSWORD", "")

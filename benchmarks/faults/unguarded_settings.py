"""The benchmark settings with the guard that pg_restart.py tests taken away:
database connections are reused without a health check (--without-guard)."""

from benchmarks.web_settings import *  # noqa: F403

DATABASES = {
    "default": {**DATABASES["default"], "CONN_HEALTH_CHECKS": False},  # noqa: F405
}

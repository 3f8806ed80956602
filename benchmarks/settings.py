"""Settings for measuring: the project's base settings, no debug (no query log)."""

from lms.settings.base import *  # noqa: F403

SECRET_KEY = "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LMS_ENVIRONMENT = "test"
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]  # noqa: F405

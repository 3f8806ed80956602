import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
ALLOWED_HOSTS = ["*"]
DEBUG = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Two runs side by side (.ci/run: SQLite and PostgreSQL) keep their files apart.
MEDIA_ROOT = BASE_DIR / os.environ.get("LMS_TEST_MEDIA_ROOT", ".test-media")
# Tasks run inline in tests, except in tests that are about the queue itself.
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The suite decides about signing itself, whatever the developer's shell exports.
LMS_CERT_SIGNING_KEY = LMS_CERT_SIGNING_CERT = LMS_CERT_SIGNING_PKCS12 = ""
LMS_CERT_SIGNING_CHAIN = LMS_CERT_TRUST_ROOTS = LMS_CERT_TSA_URL = ""
LMS_CERT_SIGNING_LTV = False
LMS_CREDENTIAL_KEY = LMS_CREDENTIAL_RETIRED_KEYS = ""
LMS_LRS_URL = LMS_LRS_USERNAME = LMS_LRS_PASSWORD = ""
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The test database lives in memory, one connection shared by the live server's
    # threads: a transaction there cannot take the write lock up front. The file the
    # demo uses keeps IMMEDIATE (tests/test_sqlite_concurrency.py runs it).
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)

LMS_ENVIRONMENT = "test"
# Each test clears the cache (tests/conftest.py): never a shared Redis database.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]  # noqa: F405

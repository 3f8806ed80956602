from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "dev-only-secret-key-not-for-production-use-0123456789"
)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

# The demo isolates H5P packages as production does: the site is served at
# http://127.0.0.1:8000 and the player at http://localhost:8000, another origin.
LMS_H5P_ORIGIN = os.environ.get("LMS_H5P_ORIGIN", "http://localhost:8000").rstrip("/")
if LMS_H5P_ORIGIN:
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"] = ["'self'", LMS_H5P_ORIGIN]
LMS_ENVIRONMENT = "dev"
# Load-data generators and measured scenarios: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]  # noqa: F405

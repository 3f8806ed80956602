from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "dev-only-secret-key-not-for-production-use-0123456789"
)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

LMS_ENVIRONMENT = "dev"
# Load-data generators and measured scenarios: never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "benchmarks"]  # noqa: F405

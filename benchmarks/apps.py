from django.apps import AppConfig


class BenchmarksConfig(AppConfig):
    """Load-data generators and measured scenarios; nothing here runs in production."""

    name = "benchmarks"
    label = "benchmarks"
    verbose_name = "Benchmarks"
    default_auto_field = "django.db.models.BigAutoField"

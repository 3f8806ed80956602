from django.apps import AppConfig


class BareConfig(AppConfig):
    """Baselines for the benchmarks: installed by benchmarks/web_settings.py only."""

    name = "benchmarks.bare"
    label = "bench_bare"
    verbose_name = "Benchmark baselines"
    default_auto_field = "django.db.models.BigAutoField"

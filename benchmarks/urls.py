"""The site's URLs plus the benchmark baselines (benchmarks/web_settings.py only)."""

from django.urls import include, path

from lms.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("bench/bare/", include("benchmarks.bare.urls")),
    *site_urlpatterns,
]

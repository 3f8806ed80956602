"""The feedback app's public URLs: the monitors' endpoint (admin screens are
registered by wagtail_hooks)."""

from django.urls import path

from .api import receive_ratings

urlpatterns = [
    path("api/feedback/", receive_ratings, name="feedback_api"),
]

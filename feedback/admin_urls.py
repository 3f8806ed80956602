"""Admin URLs of citizen feedback, registered by wagtail_hooks under /admin/feedback/."""

from django.urls import path

from . import admin_views, viewsets

urlpatterns = [
    path("import/", admin_views.import_view, name="feedback_import"),
    path(
        "monitors/<int:pk>/token/",
        viewsets.new_token_view,
        name="feedback_monitor_token",
    ),
    path(
        "monitors/<int:pk>/revoke/",
        viewsets.revoke_view,
        name="feedback_monitor_revoke",
    ),
]

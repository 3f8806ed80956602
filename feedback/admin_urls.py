"""Admin URLs of citizen feedback, registered by wagtail_hooks under /admin/feedback/."""

from django.urls import path

from . import admin_views, views, viewsets

urlpatterns = [
    path("", views.NeedsReportView.as_view(), name="feedback_report"),
    path(
        "results/",
        views.NeedsReportView.as_view(results_only=True),
        name="feedback_report_results",
    ),
    path("assign/", views.assign_view, name="feedback_assign"),
    path("assignments/<int:pk>/", views.EffectView.as_view(), name="feedback_effect"),
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

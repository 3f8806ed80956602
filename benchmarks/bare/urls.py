from django.urls import path

from . import views

app_name = "bench_bare"

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", views.start, name="start"),
    path("attempts/<int:attempt_id>/save/", views.save, name="save"),
    path("attempts/<int:attempt_id>/submit/", views.submit, name="submit"),
]

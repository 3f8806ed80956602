from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", views.start_quiz_view, name="start"),
    path("quizzes/attempts/<int:attempt_id>/", views.attempt_view, name="attempt"),
    path("quizzes/attempts/<int:attempt_id>/save/", views.save_view, name="save"),
    path("quizzes/attempts/<int:attempt_id>/submit/", views.submit_view, name="submit"),
    path("quizzes/attempts/<int:attempt_id>/review/", views.review_view, name="review"),
]

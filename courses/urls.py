from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path(
        "courses/lessons/<int:lesson_id>/done/",
        views.mark_lesson_done,
        name="mark_lesson_done",
    ),
]

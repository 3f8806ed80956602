from django.urls import path

from . import views

app_name = "skills"

urlpatterns = [
    path("competencies/", views.framework, name="framework"),
    path("my-skills/", views.my_skills, name="my_skills"),
]

from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("my-certificates/", views.my_certificates, name="my_certificates"),
    path("my-certificates/<int:pk>/pdf/", views.download, name="download"),
]

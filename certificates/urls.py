from django.urls import path

from . import views
from .credentials import views as credentials

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path(
        "verify/<str:code>/credential.jwt",
        credentials.credential_jwt,
        name="credential_jwt",
    ),
    path(
        "verify/<str:code>/credential.json",
        credentials.credential_json,
        name="credential_json",
    ),
    path("my-certificates/", views.my_certificates, name="my_certificates"),
    path("my-certificates/<int:pk>/pdf/", views.download, name="download"),
    # The Open Badges issuer: keys, status lists and achievements, public.
    path(".well-known/did.json", credentials.did_document, name="did_document"),
    path(".well-known/jwks.json", credentials.jwk_set, name="jwk_set"),
    path("credentials/status/<int:pk>/", credentials.status_list, name="status_list"),
    path(
        "credentials/achievements/<uuid:key>/",
        credentials.achievement_view,
        name="achievement",
    ),
]

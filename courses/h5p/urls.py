from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("h5p/xapi/<int:package_id>/", views.xapi_view, name="xapi"),
    path("h5p/user-data/<int:package_id>/", views.user_data_view, name="user_data"),
    path(
        "h5p/play/<int:package_id>/<str:token>/",
        views.player_view,
        name="player",
    ),
    path(
        "h5p/play/<int:package_id>/<str:token>/<path:path>",
        views.file_view,
        name="file",
    ),
]

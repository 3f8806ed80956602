from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("dashboard/", home_views.dashboard, name="dashboard"),
    path("", include("certificates.plugin_urls")),
    path("", include("feedback.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images only: documents and private files go through permission-checked views.
    urlpatterns += [path("", include("lms.media_urls"))]

urlpatterns += [path("", include(wagtail_urls))]

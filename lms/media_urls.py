"""Media the development server may hand out to anyone: images only.

Documents are served by Wagtail's serve view after the permission hooks; exports,
archives, certificate PDFs and H5P packages live in private storage and are served by
views that check who asks. A production web server in front of MEDIA_ROOT must
publish the same two folders and nothing else (docs/DEPLOYMENT.md).
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

PUBLIC_MEDIA_FOLDERS = ("original_images", "images")


def serve_public(request, path):
    # Normalised first, so that "images/../documents/x.pdf" is a document.
    path = posixpath.normpath(path).lstrip("/")
    if path.split("/", 1)[0] not in PUBLIC_MEDIA_FOLDERS:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(
        r"^{}(?P<path>.+)$".format(settings.MEDIA_URL.lstrip("/")),
        serve_public,
    )
]

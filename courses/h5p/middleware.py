"""The H5P origin (``LMS_H5P_ORIGIN``) answers the player, its files and the xAPI
and saved-state endpoints, and nothing else of the site: a package's script runs
there, and must find neither the admin nor any page that acts as the user."""

from django.conf import settings
from django.http import Http404
from django.urls import Resolver404, resolve

from . import conf
from .access import request_origin

ANSWERED = {"player", "file", "xapi", "user_data"}


def answered_on_h5p_origin(path):
    """Whether ``path`` is the player's own (static files included)."""
    if settings.STATIC_URL and path.startswith(settings.STATIC_URL):
        return True
    try:
        match = resolve(path)
    except Resolver404:
        return False
    return match.namespace == "h5p" and match.url_name in ANSWERED


class H5POriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        origin = conf.origin()
        if origin and request_origin(request) == origin:
            if not answered_on_h5p_origin(request.path_info):
                raise Http404
        return self.get_response(request)

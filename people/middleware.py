"""Two rules for every signed-in request. A host site adds both to ``MIDDLEWARE``
after Django's ``AuthenticationMiddleware``.

- ``PrivatePagesMiddleware``: what a signed-in person is shown is theirs; no shared
  cache (a proxy, a kiosk browser's disk cache) may keep it.
- ``IdleSessionMiddleware``: a session left idle for ``LMS_SESSION_IDLE_TIMEOUT``
  (default 8 hours) ends, on the server, whatever the cookie says.
"""

import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import logout
from django.utils.cache import patch_cache_control

IDLE_TIMEOUT = timedelta(hours=8)
SEEN_KEY = "_lms_seen"
# The last-seen time is written at most this often, so an active session costs one
# session write a minute, not one a request.
SEEN_RESOLUTION = 60


def idle_timeout():
    return getattr(settings, "LMS_SESSION_IDLE_TIMEOUT", IDLE_TIMEOUT)


class PrivatePagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            chosen = response.get("Cache-Control", "")
            # A view that chose a private policy itself (H5P library files) keeps it.
            if "private" not in chosen or "public" in chosen:
                patch_cache_control(response, private=True, no_store=True)
                response.headers.pop("Expires", None)
        return response


class IdleSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            seen = request.session.get(SEEN_KEY)
            if seen is not None and now - seen > idle_timeout().total_seconds():
                logout(request)
            elif seen is None or now - seen >= SEEN_RESOLUTION:
                # Saving the session also renews its expiry (SESSION_COOKIE_AGE).
                request.session[SEEN_KEY] = now
        return self.get_response(request)

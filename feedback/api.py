"""``POST /api/feedback/``: the centres' monitors send ratings, one or a batch.

A monitor authenticates with its own bearer token, not a session cookie, so the view
is exempt from Django's CSRF check (a browser cannot attach the token by itself);
a request carrying only a session is refused like any other without a token.
Everything refused answers JSON ``{"error": code, "message": text, ...}`` and stores
nothing.
"""

import json

from django.core.exceptions import RequestDataTooBig
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from . import conf
from .monitors import count_request, monitor_for
from .ratings import RatingsRefused, record_ratings


def refusal(status, error, message, **extra):
    return JsonResponse({"error": error, "message": message, **extra}, status=status)


def read_batch(request):
    """The list of items of the body, or a refusal."""
    if request.content_type != "application/json":
        return None, refusal(415, "content_type", _("send the ratings as JSON"))
    try:
        body = json.loads(request.body)
    except RequestDataTooBig:
        return None, refusal(413, "too_large", _("the request is too large"))
    except (ValueError, UnicodeDecodeError):
        return None, refusal(400, "malformed", _("the body is not valid JSON"))
    items = (
        body.get("ratings") if isinstance(body, dict) and "ratings" in body else body
    )
    if isinstance(items, dict):
        items = [items]
    if isinstance(items, list) and len(items) > conf.max_batch():
        message = _("send at most %d ratings in one request") % conf.max_batch()
        return None, refusal(413, "too_many", message)
    return items, None


@csrf_exempt
@require_POST
def receive_ratings(request):
    monitor = monitor_for(request)
    if monitor is None:
        response = refusal(401, "token", _("unknown or revoked monitor token"))
        response["WWW-Authenticate"] = 'Bearer realm="feedback"'
        return response
    if not count_request(monitor):
        response = refusal(429, "rate_limit", _("too many requests; retry later"))
        response["Retry-After"] = "60"
        return response
    items, refused = read_batch(request)
    if refused:
        return refused
    try:
        stored = record_ratings(items, monitor=monitor)
    except RatingsRefused as refused:
        problems = [problem.as_dict() for problem in refused.problems]
        if refused.replayed:
            return refusal(
                409,
                "replay",
                _("these events were recorded before; nothing was stored"),
                event_ids=refused.replayed,
            )
        return refusal(400, "invalid", _("nothing was stored"), problems=problems)
    return JsonResponse({"stored": len(stored)}, status=201)


receive_ratings.token_authenticated = True

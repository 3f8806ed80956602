"""The player (served from the H5P origin when configured) and the endpoints the
lesson page posts its results and saved state to (on the site's own origin)."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_POST, require_safe

from courses.blocks import packages_by_id
from courses.progress import profile_of

from . import conf
from .access import can_play, is_editor, read_token, request_origin
from .activities import playing_enrolments
from .files import file_response, stored_name
from .models import H5PPackage
from .results import StatementConflict, record_statement, rule_met
from .user_data import (
    InvalidUserData,
    QuotaExceeded,
    preloaded,
    read_request,
    save_user_data,
    stored_value,
)
from .xapi import InvalidStatement, parse_body, read_statement


def player_policy(parent_origin, video_hosts=()):
    """The player page's own Content-Security-Policy: scripts only from the H5P
    origin (and YouTube's player for a YouTube video), framed only by the page that
    asked for it."""
    youtube = any(h in conf.YOUTUBE_HOSTS for h in video_hosts)
    servers = " ".join(
        f"https://{h} http://{h}" for h in video_hosts if h not in conf.YOUTUBE_HOSTS
    )
    yt_script = " https://www.youtube.com https://s.ytimg.com" if youtube else ""
    yt_frame = "https://www.youtube.com https://www.youtube-nocookie.com"
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self'{yt_script}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:" + (" https://i.ytimg.com" if youtube else ""),
            f"media-src 'self' blob: {servers}".rstrip(),
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src {yt_frame}" if youtube else "frame-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
            "object-src 'none'",
            f"frame-ancestors {parent_origin}",
        ]
    )


def playable(request, package_id, token):
    """``(package, user, parent origin)`` for a player request, or 404.

    With ``LMS_H5P_ORIGIN`` set the player answers only on that origin, so package
    scripts never run on the site's own origin."""
    if conf.origin() and request_origin(request) != conf.origin():
        raise Http404
    found = read_token(token, package_id)
    if found is None:
        raise Http404
    user, parent_origin = found
    package = get_object_or_404(H5PPackage, pk=package_id)
    if not can_play(user, package):
        raise Http404
    return package, user, parent_origin


@never_cache
@xframe_options_sameorigin
@require_GET
def player_view(request, package_id, token):
    if request.headers.get("Sec-Fetch-Dest", "iframe") not in ("iframe", "frame"):
        raise Http404  # only ever shown inside the lesson page's frame
    package, user, parent_origin = playable(request, package_id, token)
    response = render(
        request,
        "h5p/player.html",
        {
            "package": package,
            "config": player_config(package, user, token, parent_origin),
        },
    )
    response["Content-Security-Policy"] = player_policy(
        parent_origin, package.video_hosts
    )
    response["Referrer-Policy"] = "no-referrer"
    return response


def player_config(package, user, token, parent_origin):
    base = reverse("h5p:player", args=[package.pk, token]).rstrip("/")
    employee = profile_of(user)
    return {
        "id": f"h5p-{package.pk}",
        "h5pJsonPath": base,
        "librariesPath": f"{base}/libraries",
        "frameJs": static("h5p-standalone/frame.bundle.js"),
        "frameCss": static("h5p-standalone/styles/h5p.css"),
        "customJs": [static("h5p/bridge.js")],
        "embedType": "div",
        "title": package.title,
        "xAPIObjectIRI": f"urn:lms:h5p:{package.uuid}",
        "saveFreq": conf.save_frequency(),
        "contentUserData": preloaded(employee, package) if employee else {},
        "userDataUrl": f"{base}/user-data/:dataType/:subContentId",
        "user": {"name": "learner", "mail": "learner@h5p.invalid"},
        "parentOrigin": parent_origin,
        "failedText": _("This activity could not be loaded. Reload the page."),
    }


@require_safe
def file_view(request, package_id, token, path):
    package, _user, _origin = playable(request, package_id, token)
    return file_response(stored_name(package, path))


def json_error(message, status=400):
    return JsonResponse({"error": message}, status=status)


def learner_for(request, package_id):
    """``(employee, package, enrolments)`` when the session's employee is enrolled
    in courses playing the package (those enrolments); ``(None, package, [])`` for
    an editor's preview, which stores nothing; otherwise 404."""
    package = packages_by_id({package_id}).get(package_id)  # kept in the cache
    if package is None:
        raise Http404
    enrolments = list(playing_enrolments(package.pk, request.user))
    if enrolments:
        return enrolments[0].employee, package, enrolments
    if is_editor(request.user):
        return None, package, []
    raise Http404


def read_json(request, limit):
    if len(request.body) > limit:
        raise InvalidStatement(_("The request is too large."))
    return parse_body(request.body)


@never_cache
@require_POST
def xapi_view(request, package_id):
    """One xAPI statement from the player, relayed by the lesson page."""
    if not request.user.is_authenticated:
        return json_error(_("Log in again to save your result."), status=403)
    employee, package, enrolments = learner_for(request, package_id)
    try:
        statement = read_statement(read_json(request, conf.MAX_STATEMENT_BYTES))
        if employee is None:
            return JsonResponse({"stored": False, "preview": True})
        row, created = record_statement(
            employee=employee,
            package=package,
            statement=statement,
            size=len(request.body),
            enrolments=enrolments,
        )
    except InvalidStatement as refused:
        return json_error(str(refused))
    except QuotaExceeded as refused:
        return json_error(str(refused), status=429)
    except StatementConflict:
        return json_error(_("This statement id is already used."), status=409)
    return JsonResponse(
        {
            "stored": created,
            "percent": row.percent,
            # by the block's rule; found while storing a new statement
            "completed": row.rule_met if created else rule_met(employee, package),
        },
        status=201 if created else 200,
    )


@never_cache
def user_data_view(request, package_id):
    """H5P's contentUserData endpoint: GET one saved value, POST to save it."""
    if not request.user.is_authenticated:
        return json_error(_("Log in again to save your progress."), status=403)
    if request.method not in ("GET", "POST"):
        return json_error(_("Only GET and POST are allowed."), status=405)
    employee, package, _enrolments = learner_for(request, package_id)
    try:
        data = (
            request.GET
            if request.method == "GET"
            else read_json(request, conf.MAX_USER_DATA_BYTES + 4096)
        )
        data_type, sub_content_id, value, preload, invalidate = read_request(data)
    except (InvalidStatement, InvalidUserData) as refused:
        return json_error(str(refused))
    if request.method == "GET":
        value = employee and stored_value(employee, package, data_type, sub_content_id)
        return JsonResponse({"success": True, "data": value or False})
    if employee is None:  # an editor's preview
        return JsonResponse({"success": True})
    try:
        save_user_data(
            employee=employee,
            package=package,
            data_type=data_type,
            sub_content_id=sub_content_id,
            value=value,
            preload=preload,
            invalidate=invalidate,
        )
    except QuotaExceeded as refused:
        return json_error(str(refused), status=413)
    return JsonResponse({"success": True})

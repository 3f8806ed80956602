from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.progress import profile_of

from ..access import (
    can_play,
    lesson_playable,
    make_token,
    player_origin,
    request_origin,
)
from ..completion import can_complete, rule_for
from ..results import result_from, results_by_package

register = template.Library()


@register.simple_tag(takes_context=True)
def h5p_activity(context, value):
    """What the lesson needs to play the block's package for the viewer: the
    player's address (with a token for this viewer), where to post results, their
    result, and what completes the lesson."""
    request = context.get("request")
    package = value.get("package") if value else None
    if package is None or request is None:
        return None
    activity = {"package": package, "rule": rule_text(package, value)}
    user = request.user
    viewer = lesson_viewer(context, request)
    if package.pk in viewer["playable"]:
        employee, found = viewer["employee"], viewer["results"]
    elif can_play(user, package):
        employee = profile_of(user)
        found = results_by_package(employee, [package.pk]) if employee else {}
    else:
        return activity
    token = make_token(
        user=user, package=package, parent_origin=request_origin(request)
    )
    origin = player_origin(request)
    activity.update(
        src=origin + reverse("h5p:player", args=[package.pk, token]),
        origin=origin,
        xapi_url=reverse("h5p:xapi", args=[package.pk]),
        user_data_url=reverse("h5p:user_data", args=[package.pk]),
        csrf_token=get_token(request),
        **own_progress(employee, package, value, found.get(package.pk)),
    )
    return activity


def lesson_viewer(context, request):
    """For the lesson being served, found once per request whatever the number of
    activities: the packages its enrolled viewer may play and the viewer's
    results in all of them (one query, a row each)."""
    page = context.get("page")
    found = getattr(request, "_lms_h5p_viewer", None)
    if found is not None and found["page"] == getattr(page, "pk", None):
        return found
    enrolment = context.get("enrolment")
    playable = lesson_playable(request, page, enrolment) if page else set()
    employee = enrolment.employee if playable else None
    found = {
        "page": getattr(page, "pk", None),
        "playable": playable,
        "employee": employee,
        "results": results_by_package(employee, playable) if playable else {},
    }
    request._lms_h5p_viewer = found
    return found


def own_progress(employee, package, value, row):
    """The employee's result (``row``: their ``H5PResult``, or None), and whether
    the block's rule is met."""
    if employee is None:
        return {"result": None, "rule_met": False}
    result = result_from(package, row)
    return {
        "result": result,
        "rule_met": can_complete(package, value) and rule_for(value).is_met_by(result),
    }


def rule_text(package, value):
    if not can_complete(package, value):
        return _("This activity does not report completion: mark the lesson as done.")
    return rule_for(value).describe()

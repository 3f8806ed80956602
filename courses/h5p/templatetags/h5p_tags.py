from django import template
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.progress import profile_of

from ..access import can_play, make_token, player_origin, request_origin
from ..completion import can_complete, rule_for
from ..results import own_statements, summarise

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
    if not can_play(user, package):
        return activity
    token = make_token(
        user=user, package=package, parent_origin=request_origin(request)
    )
    origin = player_origin(request)
    employee = profile_of(user)
    activity.update(
        src=origin + reverse("h5p:player", args=[package.pk, token]),
        origin=origin,
        xapi_url=reverse("h5p:xapi", args=[package.pk]),
        user_data_url=reverse("h5p:user_data", args=[package.pk]),
        csrf_token=get_token(request),
        **own_progress(employee, package, value),
    )
    return activity


def own_progress(employee, package, value):
    """The employee's result, and whether the block's rule is met."""
    if employee is None:
        return {"result": None, "rule_met": False}
    statements = own_statements(employee, package)
    return {
        "result": summarise(package, statements),
        "rule_met": can_complete(package, value) and rule_for(value).is_met(statements),
    }


def rule_text(package, value):
    if not can_complete(package, value):
        return _("This activity does not report completion: mark the lesson as done.")
    return rule_for(value).describe()

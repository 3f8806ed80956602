from django import template

from ..admin_access import may_access_admin
from ..notifications import unread_count

register = template.Library()


@register.filter
def shows_admin_link(user):
    """Whether the layout links to the administration (kept in the cache)."""
    return may_access_admin(user)


@register.simple_tag(takes_context=True)
def unread_notifications(context):
    """How many notifications the signed-in person has not read (one query)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return unread_count(user) if user is not None else 0

from django import template

from ..admin_access import may_access_admin

register = template.Library()


@register.filter
def shows_admin_link(user):
    """Whether the layout links to the administration (kept in the cache)."""
    return may_access_admin(user)

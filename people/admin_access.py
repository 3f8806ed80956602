"""Whether the site's layout shows the link to the administration: asked on every
page, so the answer is kept in the cache until a permission, a group membership or
a group's permissions change (then every kept answer is left unused). The admin
itself checks the permission again on each of its views."""

from django.core.cache import cache

from . import cache_versions

VERSION_KEY = "lms:permissions:version"
TIMEOUT = 60 * 60


def permissions_version():
    return cache_versions.current(VERSION_KEY)


def permissions_changed():
    cache_versions.advance(VERSION_KEY)


def may_access_admin(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    key = f"lms:admin-access:{user.pk}:{permissions_version()}"
    found = cache.get(key)
    if found is None:
        found = user.has_perm("wagtailadmin.access_admin")
        cache.set(key, found, TIMEOUT)
    return found

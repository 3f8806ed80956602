"""Serving the course tree with fewer queries.

Wagtail finds a page five levels deep with two queries a level (the child by its
slug, then its specific row) and checks view restrictions with two more. Here a
page knows its live children's slugs and types from the cache, so each level costs
one typed query, and the restrictions of a page and its ancestors come from one.

The cache holds only what changes when pages are saved, published, unpublished,
moved or deleted; each of those moves a version number on, so every cached entry
from before is left unused (use a shared cache, Redis, when several processes
serve the site: ``REDIS_URL``)."""

import time

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

VERSION_KEY = "lms:pages:version"
TIMEOUT = 24 * 60 * 60
# A save that writes only these columns changes nothing a visitor is routed by.
DRAFT_COLUMNS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "wagtail_admin_comments",
    }
)


def pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY)
    return version


def pages_changed():
    """Leave every cached view of the page tree behind."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not there (evicted or never set): a fresh, unused number
        cache.set(VERSION_KEY, time.time_ns(), None)


def changes_pages(update_fields):
    return update_fields is None or not set(update_fields) <= DRAFT_COLUMNS


def cached(name, page, build):
    """``build()``, kept for ``page`` until the page tree changes."""
    key = f"lms:pages:{name}:{page.pk}:{pages_version()}"
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, TIMEOUT)
    return found


def live_children(page):
    """``{slug: (page id, content type id)}`` of the page's live children."""
    rows = Page.objects.child_of(page).live()
    return cached(
        "children",
        page,
        lambda: {
            slug: (pk, type_id)
            for slug, pk, type_id in rows.values_list("slug", "pk", "content_type_id")
        },
    )


def typed_child(page_id, content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return model.objects.select_related("locale").filter(pk=page_id).first()


def view_restrictions(page):
    """The restrictions on the page and its ancestors (on the page an alias
    copies, for an alias), in one query, as Wagtail's own check reads them."""
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    copied = Page.objects.filter(path__in=paths, alias_of__isnull=False)
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True)
        | Q(page__in=copied.values("alias_of"))
    )


class CachedRoutingMixin:
    """For a Page subclass: one typed query per level of the path, and one for the
    view restrictions. Anything not found this way goes Wagtail's own way."""

    def route(self, request, path_components):
        if path_components:
            found = live_children(self).get(path_components[0])
            child = typed_child(*found) if found else None
            if child is not None:
                child._cached_parent_obj = self  # as Wagtail's route does
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_view_restrictions(self):
        return view_restrictions(self)

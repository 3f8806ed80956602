"""Serving the course tree with fewer queries.

Wagtail finds a page five levels deep with two queries a level (the child by its
slug, then its specific row) and checks view restrictions with two more. Here a
page knows its live children's slugs and types from the cache, so each level costs
one typed query, and the restrictions of a page and its ancestors are read with
one query and then kept in the cache.

The cache holds only what changes when pages are saved, published, unpublished,
moved or deleted, or when view restrictions change; each of those moves a version
number on, so every cached entry from before is left unused (use a shared cache,
Redis, when several processes serve the site: ``REDIS_URL``)."""

from threading import local

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction

from people import cache_versions

from . import prepared

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


# Within a request the version is read from the cache once (a request reads
# several cached entries); outside requests (commands, workers) every time.
_request = local()


@receiver(request_started, dispatch_uid="courses.routing.request_started")
def request_began(**kwargs):
    _request.serving, _request.version = True, None


@receiver(request_finished, dispatch_uid="courses.routing.request_finished")
def request_ended(**kwargs):
    _request.serving, _request.version = False, None


def pages_version():
    serving = getattr(_request, "serving", False)
    if serving and _request.version is not None:
        return _request.version
    version = cache_versions.current(VERSION_KEY)
    if serving:
        _request.version = version
    return version


def pages_changed():
    """Leave every cached view of the page tree behind."""
    _request.version = None
    cache_versions.advance(VERSION_KEY)


def changes_pages(update_fields):
    return update_fields is None or not set(update_fields) <= DRAFT_COLUMNS


def cached(name, page_id, build):
    """``build()``, kept for the page until the page tree changes (build queries
    inside ``build``: a hit should cost no more than the cache's answer)."""
    key = f"lms:pages:{name}:{page_id}:{pages_version()}"
    found = cache.get(key)
    if found is None:
        found = build()
        cache.set(key, found, TIMEOUT)
    return found


def cached_many(name, ids, build):
    """``{id: build's value}`` for ``ids``, kept like ``cached``: the ones the cache
    lacks are built together, ``build(missing ids)`` returning ``{id: value}`` (an
    id it leaves out is built again next time)."""
    version = pages_version()
    keys = {f"lms:pages:{name}:{id_}:{version}": id_ for id_ in ids}
    found = {keys[key]: value for key, value in cache.get_many(list(keys)).items()}
    missing = [id_ for id_ in ids if id_ not in found]
    if missing:
        built = build(missing)
        cache.set_many(
            {f"lms:pages:{name}:{id_}:{version}": v for id_, v in built.items()},
            TIMEOUT,
        )
        found.update(built)
    return found


def live_children(parent_id, path, depth):
    """``{slug: (page id, content type id, path, depth)}`` of a page's live
    children (the page given by its id, tree path and depth)."""

    def build():
        rows = Page.objects.filter(path__startswith=path, depth=depth + 1).live()
        fields = ("slug", "pk", "content_type_id", "path", "depth")
        return {row[0]: row[1:] for row in rows.values_list(*fields)}

    return cached("children", parent_id, build)


def model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def typed_page(page_id, content_type_id):
    """The live or draft page of that id as its own type, with its locale, in one
    query whose SQL is built once per type (``courses.prepared``)."""
    model = model_of(content_type_id)
    if model is None:
        return None
    found = prepared.instances(
        ("typed-page", model._meta.label),
        lambda marker: model.objects.filter(pk=marker),
        [page_id],
        related=("locale",),
    )
    return found[0] if found else None


def cached_page(page_id, content_type_id):
    """``typed_page``, kept in the cache until the page tree changes: for pages a
    request only reads around the page it serves (a lesson's course). Only its
    draft columns (the latest revision, locking) can be older than the database."""
    return cached("page", page_id, lambda: typed_page(page_id, content_type_id))


def walks_through(model):
    """Whether routing may pass a page of ``model`` without loading it: its route
    only looks its child up by slug."""
    return model is not None and model.route in (CachedRoutingMixin.route, Page.route)


def walk(page, path_components):
    """The live pages ``path_components`` name below ``page``, as far as they are
    known and may be passed without loading them: ``[(id, type id, path, depth)]``."""
    found = []
    parent = (page.pk, page.path, page.depth)
    for slug in path_components:
        entry = live_children(*parent).get(slug)
        if entry is None:
            break
        found.append(entry)
        if not walks_through(model_of(entry[1])):
            break
        parent = (entry[0], entry[2], entry[3])
    return found


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


def cached_restrictions(page):
    """The rows of ``view_restrictions``, kept until the page tree or a restriction
    changes; their passwords stay in the database (read if a form shows one)."""
    return cached(
        "restrictions", page.pk, lambda: list(view_restrictions(page).defer("password"))
    )


class CachedRoutingMixin:
    """For a Page subclass: the pages of the rest of the path are found in the
    cache, and only the last one is loaded, with one typed query; its parent, as
    Wagtail's route leaves it, comes from the cache too (``cached_page``), unless
    the page's class says it is served without it (``routing_loads_parent =
    False``); view restrictions from the cache, or one query. Anything not found
    this way goes Wagtail's own way."""

    routing_loads_parent = True

    def route(self, request, path_components):
        found = walk(self, path_components) if path_components else []
        target = typed_page(*found[-1][:2]) if found else None
        if target is None:
            return super().route(request, path_components)
        if len(found) == 1:
            target._cached_parent_obj = self  # as Wagtail's route does
        elif getattr(target, "routing_loads_parent", True):
            parent = cached_page(*found[-2][:2])
            if parent is None:
                return super().route(request, path_components)
            target._cached_parent_obj = parent
        return target.route(request, path_components[len(found) :])

    def get_view_restrictions(self):
        """The rows of ``view_restrictions``, read from the cache, as a queryset
        of those rows (the admin orders and filters it, which asks again)."""
        rows = cached_restrictions(self)
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in rows])
        restrictions._result_cache = rows
        restrictions._prefetch_done = True
        return restrictions

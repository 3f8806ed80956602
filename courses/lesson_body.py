"""A lesson's body, its content blocks rendered once per publish.

Headings, text, callouts, procedures, images, videos and documents show the same
HTML to every viewer of the live lesson: it changes only when the page tree changes
(a publish, or a page a link points at), an image or document changes, or the
language does. Those blocks are kept in the cache, rendered, until then (the page
tree's version number, ``courses.routing``, moves on with each of those). Blocks
that depend on the viewer (an H5P activity, a quiz card) are rendered on every
request with the page's context, as ``{% include_block %}`` renders them; so is
every block of a preview, whose body is a draft."""

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .routing import cached

SAME_FOR_EVERYONE = frozenset(
    {"heading", "text", "callout", "procedure", "image", "video", "document"}
)


def render_body(page, context):
    """The HTML of the lesson's body blocks, in order, from the cache where it may
    come from there."""
    body = page.body
    kept = kept_blocks(page, context)
    parts = []
    for index, raw in enumerate(body.raw_data):
        if kept is not None and raw["type"] in SAME_FOR_EVERYONE:
            parts.append(kept[index])
        else:
            parts.append(render_block(body[index], context.flatten()))
    return mark_safe("".join(parts))


def kept_blocks(page, context):
    """``{index: html}`` of the blocks the same for everyone, or None (a preview)."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", True):
        return None
    if not page.pk or not page.live:
        return None
    key = f"lesson-body-{get_language()}"
    return cached(key, page.pk, lambda: render_same_for_everyone(page.body))


def render_same_for_everyone(body):
    return {
        index: str(render_block(body[index], {}))
        for index, raw in enumerate(body.raw_data)
        if raw["type"] in SAME_FOR_EVERYONE
    }


def render_block(child, context):
    return conditional_escape(child.render_as_block(context=context))

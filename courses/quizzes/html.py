"""HTML in questions (imported from Moodle): sanitised with an allow-list (nh3,
the Ammonia sanitiser), never with regular expressions."""

import html

import nh3

TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "figcaption",
    "figure", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}  # fmt: skip
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}


def sanitise(text):
    """``text`` with only the allowed tags and attributes (links and images by
    http(s), relative or data-free URLs; no scripts, styles or event handlers)."""
    if not text:
        return ""
    return nh3.clean(
        text,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def plain(text):
    """The text of an HTML fragment (answers and options are plain text here)."""
    return html.unescape(nh3.clean(text or "", tags=set())).strip()


def hint_html(text):
    """A hint as a trainer typed it, as the HTML stored: HTML kept to the allow-list;
    plain text (no tag in it) escaped, its line breaks kept."""
    if not nh3.is_html(text):
        text = html.escape(text, quote=False).replace("\n", "<br>")
    return sanitise(text)


def hint_text(fragment):
    """A stored hint as a trainer edits it: as plain text where hint_html turns that
    text back into this very hint (only text and line breaks), else as its HTML."""
    text = html.unescape(fragment.replace("<br>", "\n"))
    if nh3.is_html(text) or hint_html(text) != fragment:
        return fragment
    return text

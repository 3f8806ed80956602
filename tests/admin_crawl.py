"""Walk the admin as one user and read every screen as a person would: the visible
text, the labels a screen reader reads, tooltips, and the menus the admin's scripts
draw from JSON. Used by the test that the admin reads in Azerbaijani."""

import json
import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import wagtail
from django.urls import Resolver404, resolve

READ_ATTRIBUTES = {
    "title",
    "aria-label",
    "placeholder",
    "alt",
    "aria-description",
    "data-w-tooltip-content-value",
}
SKIPPED_ELEMENTS = {"script", "style", "svg", "noscript"}
# Views that answer with something other than a screen, or end the session.
SKIPPED_VIEWS = {
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_icons",
}
SKIPPED_PARAMETERS = ("export=",)
JSON_TEXT_KEYS = {"label", "title", "help_text", "text", "placeholder", "html"}


VOID_ELEMENTS = {"area", "br", "col", "hr", "img", "input", "link", "meta", "source"}


class ScreenText(HTMLParser):
    """The words of a page a person reads or hears, and its links. Hidden elements
    are skipped, and so are the time zone names of the account form (identifiers)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self._skip, self._json = [], [], 0, False
        self._hidden = []  # the open tags from the first hidden one down

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._hidden or hidden(attrs) or unread(tag, attrs):
            if tag not in VOID_ELEMENTS:
                self._hidden.append(tag)
            return
        if tag in SKIPPED_ELEMENTS:
            self._skip += 1
            self._json = tag == "script" and attrs.get("type") == "application/json"
        for name in READ_ATTRIBUTES & attrs.keys():
            self.parts.append(attrs[name] or "")
        if tag == "input" and attrs.get("type") in ("submit", "button"):
            self.parts.append(attrs.get("value") or "")
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if self._hidden:
            if tag in self._hidden:
                while self._hidden.pop() != tag:
                    pass
            return
        if tag in SKIPPED_ELEMENTS and self._skip:
            self._skip -= 1
            self._json = False

    def handle_data(self, data):
        if self._hidden:
            return
        if self._json:
            texts, links = json_texts(data)
            self.parts.extend(texts)
            self.links.extend(links)
        elif not self._skip:
            self.parts.append(data)


def hidden(attrs):
    style = (attrs.get("style") or "").replace(" ", "")
    return "hidden" in attrs or "display:none" in style


def unread(tag, attrs):
    """Identifiers a screen shows as they are: the time zone names of the account
    form, and Django's permission names ("Can add user"), which Django keeps in
    English in the database and Wagtail's group form gives screen readers as the
    label of each permission's checkbox (people/admin_translations/README.md)."""
    if tag == "select":
        return (attrs.get("name") or "").endswith("current_time_zone")
    return tag == "label" and "permissions" in (attrs.get("for") or "")


def json_texts(data):
    """Labels and links in the JSON the admin's scripts render (the sidebar menu,
    chooser dialogues)."""
    try:
        value = json.loads(data)
    except ValueError:
        return [], []
    found, links = [], []

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)
        elif isinstance(node, str) and key == "url":
            links.append(node)
        elif isinstance(node, str) and key == "html":
            text, inner_links = screen_text(node)
            found.append(text)
            links.extend(inner_links)
        elif isinstance(node, str) and key in JSON_TEXT_KEYS:
            found.append(node)

    walk(value)
    return found, links


def screen_text(html):
    parser = ScreenText()
    parser.feed(html)
    return " ".join(parser.parts), parser.links


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def words(text):
    return WORD.findall(text)


def source_vocabulary(extra_catalogues=()):
    """Every word of the English source strings of Wagtail, Django and ``extra``."""
    roots = [Path(wagtail.__file__).parent, Path(__import__("django").__file__).parent]
    catalogues = [
        path for root in roots for path in root.glob("**/locale/en/LC_MESSAGES/*.po")
    ]
    vocabulary = set()
    for path in [*catalogues, *extra_catalogues]:
        for text in msgids(path):
            vocabulary.update(word.lower() for word in words(text))
    return vocabulary


def msgids(path):
    """The English side of a catalogue (msgid and msgid_plural), wrapped lines joined."""
    texts, current = [], None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith(("msgid ", "msgid_plural ")):
            current = [line.split(" ", 1)[1].strip()[1:-1]]
            texts.append(current)
        elif line.startswith('"') and current is not None:
            current.append(line.strip()[1:-1])
        else:
            current = None
    return ["".join(parts) for parts in texts]


def msgstrs(path):
    """The translated side of a catalogue, wrapped lines joined."""
    texts, current = [], None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("msgstr"):
            current = [line.split(" ", 1)[1].strip()[1:-1]]
            texts.append(current)
        elif line.startswith('"') and current is not None:
            current.append(line.strip()[1:-1])
        else:
            current = None
    return ["".join(parts) for parts in texts]


def view_name(path):
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def admin_links(base, links):
    for link in links:
        url = urljoin(base, link)
        parts = urlsplit(url)
        if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver"):
            continue
        if not parts.path.startswith("/admin/"):
            continue
        if any(p in parts.query for p in SKIPPED_PARAMETERS):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


# Views every model shares one template for: one of each tells what all of them say.
GENERIC_VIEWS = ("history", "history_results", "usage", "delete", "copy")


def generic_view(name):
    if name and name.rsplit(":", 1)[-1] in GENERIC_VIEWS:
        return name.rsplit(":", 1)[-1]
    return name


def crawl(client, start="/admin/", per_view=1, extra=()):
    """``{url: text}`` for the screens reachable from ``start``: each view at most
    ``per_view`` times (a list and one of its objects, not all of them), and every
    ``extra`` screen (the editor of each kind of page, say)."""
    seen_views, screens = {}, {}
    queue = deque([start, *extra])
    while queue:
        url = queue.popleft()
        path = url.split("?")[0]
        name = view_name(path)
        key = generic_view(name)
        if url in screens or name is None or name in SKIPPED_VIEWS:
            continue
        if seen_views.get(key, 0) >= per_view and url not in extra:
            continue
        seen_views[key] = seen_views.get(key, 0) + 1
        response = client.get(url)
        if response.status_code != 200:
            continue
        kind = response.get("Content-Type", "")
        if kind.startswith("application/json"):
            texts, links = json_texts(response.content.decode())
            text = " ".join(texts)
        elif kind.startswith("text/html"):
            text, links = screen_text(response.content.decode())
        else:
            continue
        screens[url] = text
        queue.extend(admin_links(url, links))
    return screens


# Reading the words --------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
OUR_CATALOGUES = sorted(ROOT.glob("*/locale/*/LC_MESSAGES/django.po")) + sorted(
    ROOT.glob("people/admin_translations/locale/az/LC_MESSAGES/*.po")
)

# Words that read the same in Azerbaijani or are names and codes nobody translates.
ALLOWED = {
    # Brands, standards and file formats.
    "wagtail", "asan", "xidmət", "mygov", "login", "h5p", "moodle", "xml", "csv",
    "xlsx", "pdf", "zip", "json", "api", "url", "id", "qr", "utc", "html", "xapi",
    # Language names, each written in its own language.
    "english",
    # Words Azerbaijani shares with English.
    "test", "status", "format", "minimum", "maksimum", "video", "port", "token",
    "administrator", "filtr", "profil", "sektor", "modul", "bal", "top",
    # The names of the roles' groups, which the code and Wagtail's own migrations
    # look groups up by.
    "employee", "trainer", "hr", "manager", "moderators", "editors",
}  # fmt: skip
# Names Wagtail gives records and models without a translatable name.
UNTRANSLATABLE = ("Simple translation",)
# Codes: slugs, dotted names ("courses.lessonpage") and upper-case acronyms.
CODE = re.compile(r"^[\w-]*[a-z0-9][._/-][\w./-]*$|^[A-Z0-9-]{2,}$")
PLURAL_AFTER_NUMBER = re.compile(r"\b\d+\s+[a-zçəğıöşü]+l[aə]r\b")
UNDOTTED_CAPITAL = re.compile(r"\bI[a-zçəğıöşü]")


def english_words():
    """English source words that no Azerbaijani translation of ours uses."""
    azerbaijani = set()
    for path in OUR_CATALOGUES:
        if "/az/" in str(path):
            for text in msgstrs(path):
                azerbaijani.update(word.lower() for word in words(text))
    return source_vocabulary(OUR_CATALOGUES) - azerbaijani - ALLOWED


def problems(screens, english):
    """``{word: [urls]}``: English words, plurals after a number, undotted capitals."""
    found = {}
    for url, text in screens.items():
        for phrase in UNTRANSLATABLE:
            text = text.replace(phrase, "")
        # A code keeps its brackets or a trailing comma ("(7NDK2QXA…),"): random
        # codes would otherwise now and then spell an English word.
        tokens = [
            token
            for token in text.split()
            if not CODE.match(token.strip("()[]«»\"'.,:;!?…"))
        ]
        for word in words(" ".join(tokens)):
            if len(word) > 1 and word.lower() in english:
                found.setdefault(word, set()).add(url)
        for mistake in PLURAL_AFTER_NUMBER.findall(text) + UNDOTTED_CAPITAL.findall(
            text
        ):
            found.setdefault(mistake, set()).add(url)
    return {word: sorted(urls)[:3] for word, urls in found.items()}

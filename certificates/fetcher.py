"""WeasyPrint may read only the project's own files: its media and static files and
the certificate fonts. Everything else (other URLs, other local files) is refused,
so nothing a user types can make the renderer fetch a URL or read a file.

Every field is escaped in the HTML as well; this is the second wall.
"""

import mimetypes
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import conf
from .fonts import allowed_font_paths


class RefusedURL(ValueError):
    """The renderer asked for something outside the project's own files."""


class AssetFetcher(URLFetcher):
    def __init__(self):
        super().__init__(timeout=5, allow_redirects=False)
        base = conf.site_url() + "/"
        self.media_prefix = urljoin(base, settings.MEDIA_URL or "/media/")
        self.static_prefix = urljoin(base, settings.STATIC_URL or "/static/")

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        data = self.read_local(url)
        if data is None:
            raise RefusedURL(f"Not one of the project's own files: {url[:200]}")
        content_type = mimetypes.guess_type(urlsplit(url).path)[0]
        headers = {"Content-Type": content_type or "application/octet-stream"}
        return URLFetcherResponse(url, body=data, headers=headers)

    def read_local(self, url):
        if url.startswith("file:"):
            return read_font(url)
        if url.startswith(self.media_prefix):
            return read_media(url[len(self.media_prefix) :])
        if url.startswith(self.static_prefix):
            return read_static(url[len(self.static_prefix) :])
        return None


def safe_name(raw):
    """A storage-relative name without tricks (``..``, absolute, query), or None."""
    name = unquote(raw.split("?", 1)[0].split("#", 1)[0])
    parts = PurePosixPath(name).parts
    if not parts or name.startswith("/") or ".." in parts or "\\" in name:
        return None
    return name


def read_font(url):
    path = url2pathname(urlsplit(url).path)
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):
        return None
    if resolved not in allowed_font_paths():
        return None
    return resolved.read_bytes()


def read_media(raw):
    name = safe_name(raw)
    if name is None or name.startswith("private/"):
        return None
    try:
        with default_storage.open(name, "rb") as stored:
            return stored.read()
    except (OSError, ValueError, SuspiciousFileOperation):
        return None


def read_static(raw):
    name = safe_name(raw)
    path = name and finders.find(name)
    if not path:
        return None
    with open(path, "rb") as found:
        return found.read()

"""Which stored file a player request names, and how it is sent."""

from django.http import FileResponse, Http404

from .archive import CONTENT_TYPES, LIBRARY_TYPES, extension, is_unsafe_path
from .storage import h5p_storage

CONTENT_TYPE_OF = {
    "js": "text/javascript; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "json": "application/json",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "svg": "image/svg+xml",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "wav": "audio/wav",
    "weba": "audio/webm",
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "webm": "video/webm",
    "ogv": "video/ogg",
    "pdf": "application/pdf",
    "vtt": "text/vtt; charset=utf-8",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "eot": "application/vnd.ms-fontobject",
}
# A file opened on its own (an SVG, a PDF) runs no script and loads nothing.
FILE_POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "font-src 'self' data:; media-src 'self'; sandbox"
)


def stored_name(package, path):
    """The storage name of ``path`` as the player asks for it, or Http404."""
    if is_unsafe_path(path):
        raise Http404
    if path == "h5p.json":
        return f"{package.folder}/h5p.json"
    if path.startswith("content/") and extension(path) in CONTENT_TYPES:
        return f"{package.folder}/{path}"
    head, _slash, rest = path.partition("/")
    if head == "libraries" and extension(rest) in LIBRARY_TYPES:
        folder, _slash, name = rest.partition("/")
        library = library_named(package, folder)
        if library is not None and name:
            return f"{library.folder}/{name}"
    raise Http404


def library_named(package, folder):
    for library in package.libraries.all():
        if library.player_folder == folder:
            return library
    return None


def file_response(name):
    storage = h5p_storage()
    try:
        stream = storage.open(name, "rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    response = FileResponse(
        stream,
        content_type=CONTENT_TYPE_OF.get(extension(name), "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = FILE_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, max-age=3600"
    return response

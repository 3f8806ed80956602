"""The archive checks pyh5p stops at the first problem of: every problem of an
``.h5p`` ZIP, reported by name, before anything is unpacked."""

import json
import re
import stat
import zipfile
import zlib
from pathlib import PurePosixPath

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import conf

IMAGES = {"png", "jpg", "jpeg", "gif", "webp", "bmp"}
AUDIO = {"mp3", "m4a", "ogg", "oga", "wav", "weba"}
VIDEO = {"mp4", "m4v", "webm", "ogv"}
CONTENT_TYPES = IMAGES | AUDIO | VIDEO | {"pdf", "json", "vtt"}
LIBRARY_TYPES = CONTENT_TYPES | {
    "js",
    "css",
    "svg",
    "ttf",
    "otf",
    "woff",
    "woff2",
    "eot",
}
# Named in their own message wherever they appear: they run on a server or in a
# browser as a page of their own.
TOP_LEVEL_NOTES = {"txt", "md"}
FORBIDDEN_TYPES = {
    "php", "php3", "php4", "php5", "php7", "phtml", "phar", "html", "htm", "xhtml",
    "shtml", "xml", "exe", "dll", "com", "bat", "cmd", "sh", "bash", "cgi", "pl",
    "py", "rb", "jsp", "asp", "aspx", "jar", "msi", "scr", "vbs", "ps1", "swf",
}  # fmt: skip
DRIVE = re.compile(r"^[A-Za-z]:")


class NotAZip(Exception):
    pass


def open_zip(source):
    try:
        if hasattr(source, "seek"):
            source.seek(0)
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise NotAZip from error


def extension(name):
    return PurePosixPath(name).suffix.lower().lstrip(".")


def is_unsafe_path(name):
    if not name or "\x00" in name or "\\" in name:
        return True
    if name.startswith("/") or DRIVE.match(name):
        return True
    parts = name.rstrip("/").split("/")
    return any(part in ("", ".", "..") for part in parts)


def is_symlink(info):
    return stat.S_ISLNK(info.external_attr >> 16)


def folder_of(name):
    parts = name.split("/")
    return parts[0] if len(parts) > 1 else ""


def member_problems(info):
    """What is wrong with one archive entry (before its bytes are read)."""
    name = info.filename
    if is_unsafe_path(name):
        return [
            _(
                "Unsafe path in the package: “%(name)s” (absolute paths and “..” "
                "are not allowed)."
            )
            % {"name": name}
        ]
    if is_symlink(info):
        return [
            _("“%(name)s” is a symbolic link; links are not allowed in a package.")
            % {"name": name}
        ]
    if info.is_dir():
        return []
    return type_problems(name) + size_problems(info)


def type_problems(name):
    kind = extension(name)
    folder = folder_of(name)
    if name == "h5p.json":
        return []
    if not kind:
        return [
            _("“%(name)s” has no file extension; only known file types are allowed.")
            % {"name": name}
        ]
    if kind in FORBIDDEN_TYPES:
        return [
            _("Forbidden file type “.%(type)s”: “%(name)s”.")
            % {"type": kind, "name": name}
        ]
    if not folder and kind in TOP_LEVEL_NOTES:
        return []  # a read-me some exporters add; never served
    if not folder:
        return [
            _("Unexpected file at the top of the package: “%(name)s”.") % {"name": name}
        ]
    allowed = CONTENT_TYPES if folder == "content" else LIBRARY_TYPES
    if kind not in allowed:
        where = "content/" if folder == "content" else _("a library folder")
        return [
            _("File type “.%(type)s” is not allowed in %(where)s: “%(name)s”.")
            % {"type": kind, "where": where, "name": name}
        ]
    return []


def size_problems(info):
    problems = []
    size, limit = info.file_size, conf.max_file_bytes()
    if size > limit:
        problems.append(
            _("“%(name)s” unpacks to %(size)s; the limit for one file is %(limit)s.")
            % {
                "name": info.filename,
                "size": filesizeformat(size),
                "limit": filesizeformat(limit),
            }
        )
    ratio = size / max(info.compress_size, 1)
    if size > conf.RATIO_FLOOR and ratio > conf.max_ratio():
        problems.append(
            _(
                "“%(name)s” expands %(ratio)d times when unpacked (the limit is "
                "%(limit)d): the package looks like a zip bomb."
            )
            % {"name": info.filename, "ratio": ratio, "limit": conf.max_ratio()}
        )
    if info.flag_bits & 0x1:
        problems.append(
            _("“%(name)s” is encrypted; encrypted packages are not supported.")
            % {"name": info.filename}
        )
    return problems


def archive_problems(archive):
    """Every problem of the archive as a whole and of each entry; and the names of
    the entries that are safe to read."""
    infos = archive.infolist()
    problems, safe, seen = [], set(), set()
    if len(infos) > conf.max_files():
        problems.append(
            _("The package holds %(count)d files; the limit is %(limit)d.")
            % {"count": len(infos), "limit": conf.max_files()}
        )
    for info in infos:
        found = member_problems(info)
        if info.filename in seen:
            found.append(
                _("“%(name)s” appears twice in the package.") % {"name": info.filename}
            )
        seen.add(info.filename)
        problems += found
        if not found and not info.is_dir():
            safe.add(info.filename)
    total = sum(info.file_size for info in infos)
    if total > conf.max_total_bytes():
        problems.append(
            _("The package unpacks to %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(total),
                "limit": filesizeformat(conf.max_total_bytes()),
            }
        )
    return problems, safe


class Unreadable(Exception):
    pass


def read_member(archive, name):
    """The bytes of one entry, never more than the per-file limit."""
    limit = conf.max_file_bytes()
    try:
        with archive.open(name) as stream:
            data = stream.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError) as error:
        raise Unreadable(name) from error
    if len(data) > limit:
        raise Unreadable(name)
    return data


def unreadable_message(name):
    return _("“%(name)s” cannot be read: the archive is damaged.") % {"name": name}


class JsonReader:
    """Reads JSON entries that passed the archive checks; reports what fails."""

    def __init__(self, archive, safe, problems):
        self.archive, self.safe, self.problems = archive, safe, problems
        self.names = set(archive.namelist())

    def read(self, name):
        if name not in self.safe:
            return None
        try:
            return json.loads(read_member(self.archive, name).decode("utf-8"))
        except Unreadable:
            self.problems.append(unreadable_message(name))
        except (UnicodeDecodeError, ValueError) as error:
            self.problems.append(
                _("“%(name)s” is not valid JSON (%(error)s).")
                % {"name": name, "error": error}
            )
        return None

    def read_object(self, name):
        value = self.read(name)
        if value is not None and not isinstance(value, dict):
            self.problems.append(
                _("“%(name)s” must hold a JSON object.") % {"name": name}
            )
            return None
        return value

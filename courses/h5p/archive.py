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

# The file types H5P core allows (H5PCore::$defaultContentWhitelist and, for library
# folders, $defaultLibraryWhitelistExtras on top).
CONTENT_TYPES = set(
    "json png jpg jpeg gif bmp tif tiff eot ttf woff woff2 otf webm mp4 ogg mp3 m4a "
    "wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp csv diff patch swf md "
    "textile vtt webvtt gltf glb".split()
)
LIBRARY_TYPES = CONTENT_TYPES | {"js", "css", "svg", "xml"}
# Named in their own message wherever they appear: they run on a server or in a
# browser as a page of their own.
FORBIDDEN_TYPES = {
    "php", "php3", "php4", "php5", "php7", "phtml", "phar", "html", "htm", "xhtml",
    "shtml", "exe", "dll", "com", "bat", "cmd", "sh", "bash", "cgi", "pl",
    "py", "rb", "jsp", "asp", "aspx", "jar", "msi", "scr", "vbs", "ps1",
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


def is_ignored(name):
    """H5P core skips every file or folder whose name starts with “.” or “_”
    (``__MACOSX/``, ``.DS_Store``) and every loose file beside h5p.json: never
    checked, never unpacked."""
    if any(part.startswith((".", "_")) for part in name.split("/")):
        return True
    return "/" not in name.rstrip("/") and name != "h5p.json"


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
    if name == "h5p.json" or is_ignored(name):
        return []
    if kind in FORBIDDEN_TYPES:
        return [
            _("Forbidden file type “.%(type)s”: “%(name)s”.")
            % {"type": kind, "name": name}
        ]
    in_content = folder_of(name) == "content"
    if kind not in (CONTENT_TYPES if in_content else LIBRARY_TYPES):
        where = "content/" if in_content else _("a library folder")
        return [
            _("File type “%(type)s” is not allowed in %(where)s: “%(name)s”.")
            % {
                "type": f".{kind}" if kind else _("(none)"),
                "where": where,
                "name": name,
            }
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
        if not found and not info.is_dir() and not is_ignored(info.filename):
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


MAX_DEPTH = 64  # nesting deeper than any real H5P content


class InvalidJson(Exception):
    def __init__(self, line=None, column=None, too_deep=False):
        super().__init__(line, column, too_deep)
        self.line, self.column, self.too_deep = line, column, too_deep

    def message(self, name):
        if self.too_deep:
            return _("“%(name)s” nests its data more than %(depth)d levels deep.") % {
                "name": name,
                "depth": MAX_DEPTH,
            }
        if self.line is None:
            return _("“%(name)s” is not UTF-8 text.") % {"name": name}
        return _("“%(name)s” is not valid JSON (line %(line)d, column %(column)d).") % {
            "name": name,
            "line": self.line,
            "column": self.column,
        }


def parse_json(data, depth=MAX_DEPTH, **options):
    """The JSON document in ``data`` (bytes), refusing nesting deeper than
    ``depth`` before the parser would recurse into it."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as error:
        raise InvalidJson from error
    if nesting(text) > depth:
        raise InvalidJson(too_deep=True)
    try:
        return json.loads(text, **options)
    except json.JSONDecodeError as error:
        raise InvalidJson(error.lineno, error.colno) from error


def nesting(text):
    """How deep the brackets of a JSON text go (outside strings), in one pass."""
    depth = deepest = 0
    for match in NESTING_TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


NESTING_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


class JsonReader:
    """Reads JSON entries that passed the archive checks; reports what fails."""

    def __init__(self, archive, safe, problems):
        self.archive, self.safe, self.problems = archive, safe, problems
        self.names = set(archive.namelist())

    def read(self, name):
        if name not in self.safe:
            return None
        try:
            return parse_json(read_member(self.archive, name))
        except Unreadable:
            self.problems.append(unreadable_message(name))
        except InvalidJson as error:
            self.problems.append(error.message(name))
        return None

    def read_object(self, name):
        value = self.read(name)
        if value is not None and not isinstance(value, dict):
            self.problems.append(
                _("“%(name)s” must hold a JSON object.") % {"name": name}
            )
            return None
        return value

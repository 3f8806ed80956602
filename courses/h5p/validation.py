"""Is this ``.h5p`` file safe and complete? Every problem, by name, before anything
is stored.

The rules are H5P core's (``H5PValidator`` in h5p-php-library; Lumi's validator makes
the same checks): ``archive.py`` checks the archive and its file types,
``library_folders.py`` each library folder, ``semantics.py`` reads the content as
core's content validator does, and this module checks h5p.json, resolves the
dependencies against the installed libraries, applies the outside-address rule and
the install permission.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from . import conf
from .archive import JsonReader, NotAZip, archive_problems, is_unsafe_path, open_zip
from .library_folders import (
    DEPENDENCY_LISTS,
    LibraryFolder,
    matches,
    parse_dependencies,
    read_library_folders,
)
from .models import H5PLibrary
from .semantics import ContentWalk

# H5PValidator::$h5pRequired
H5P_JSON_REQUIRED = {
    "title": re.compile(r"^.{1,255}$"),
    "language": re.compile(r"^[-a-zA-Z]{1,10}$"),
    "mainLibrary": re.compile(r"^[$a-z_][0-9a-z_.$]{1,254}$", re.IGNORECASE),
}
EMBED_TYPES = {"iframe", "div"}


@dataclass
class Inspection:
    problems: list = field(default_factory=list)
    archive: object = None
    metadata: dict | None = None
    content: dict | None = None
    folders: dict = field(default_factory=dict)
    uses: dict = field(default_factory=dict)  # (name, major, minor) → folder/library
    main_key: tuple | None = None
    video_hosts: list = field(default_factory=list)  # outside hosts videos play from

    @property
    def ok(self):
        return not self.problems

    @property
    def title(self):
        return str((self.metadata or {}).get("title") or "")[:255]

    def to_install(self):
        return [f for f in self.uses.values() if isinstance(f, LibraryFolder)]

    def installed(self):
        return [f for f in self.uses.values() if isinstance(f, H5PLibrary)]


def inspect_package(source, *, may_install):
    """Check ``source`` (a path or a file object) and plan what to install."""
    inspection = Inspection()
    try:
        inspection.archive = open_zip(source)
    except NotAZip:
        inspection.problems.append(
            _("This is not an H5P package: the file is not a ZIP archive.")
        )
        return inspection
    problems, safe = archive_problems(inspection.archive)
    inspection.problems += problems
    reader = JsonReader(inspection.archive, safe, inspection.problems)
    if not read_descriptions(inspection, reader):
        return inspection
    inspection.folders = read_library_folders(inspection.archive, reader)
    resolve(inspection)
    check_main_library(inspection)
    check_permission(inspection, may_install)
    return inspection


def read_descriptions(inspection, reader):
    """h5p.json and content/content.json; False when there is nothing to go on."""
    if "h5p.json" not in reader.names:
        inspection.problems.append(_("The package has no h5p.json."))
        return False
    if "content/content.json" not in reader.names:
        inspection.problems.append(_("The package has no content/content.json."))
    inspection.metadata = reader.read_object("h5p.json")
    inspection.content = reader.read_object("content/content.json")
    if inspection.metadata is None:
        return False
    inspection.problems += metadata_problems(inspection.metadata)
    return True


def metadata_problems(metadata):
    """h5p.json's required properties (H5PValidator::$h5pRequired)."""
    problems = []
    for key, pattern in H5P_JSON_REQUIRED.items():
        if key not in metadata:
            problems.append(missing_property(key))
        elif not matches(metadata[key], pattern):
            problems.append(invalid_property(key))
    if "preloadedDependencies" not in metadata:
        problems.append(missing_property("preloadedDependencies"))
    embed = metadata.get("embedTypes")
    if embed is None:
        problems.append(missing_property("embedTypes"))
    elif not isinstance(embed, list) or not set(embed) <= EMBED_TYPES:
        problems.append(invalid_property("embedTypes"))
    return problems


def missing_property(name):
    return _("h5p.json lacks the required property “%(field)s”.") % {"field": name}


def invalid_property(name):
    return _("In h5p.json, “%(field)s” is not valid.") % {"field": name}


def media_paths(value, where="content"):
    """``(where, path)`` for every file the content refers to."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            if key == "path" and isinstance(item, str):
                yield where, item
            else:
                yield from media_paths(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from media_paths(item, f"{where}[{index}]")


def outside_host(path):
    """The host of an outside address, or None for a path inside the package."""
    if "://" not in path and not path.startswith(("//", "data:")):
        return None
    parts = urlsplit(path)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    return parts.hostname.lower()


def media_problems(content, names, video_paths, hosts):
    """Every file the content names is in the package, except a video streamed
    from an allowed host (YouTube, ``LMS_H5P_VIDEO_HOSTS``)."""
    problems = []
    for where, path in media_paths(content):
        path = path.removesuffix("#tmp")  # core drops the editor's marker too
        host = outside_host(path)
        if host is not None:
            if host and path in video_paths and host in conf.video_hosts():
                hosts.add(host)
                continue
            message = _(
                "content.json refers to an outside address at %(where)s; a package "
                "must carry its own media (videos may also come from YouTube or an "
                "allowed video server)."
            )
        elif is_unsafe_path(path):
            message = _("content.json refers to an unsafe path at %(where)s.")
        elif f"content/{path}" not in names:
            message = _(
                "content.json refers to “%(path)s” (at %(where)s), which is not in "
                "the package."
            )
        else:
            continue
        problems.append(message % {"where": where, "path": path})
    return problems


def dependencies_of(found, problems):
    """What ``found`` needs to play (its preloaded and dynamic dependencies);
    ``found`` is a LibraryFolder or an installed H5PLibrary: both keep library.json."""
    return [
        dependency
        for key in DEPENDENCY_LISTS
        for dependency in parse_dependencies(
            found.metadata.get(key), f"“{found}”", problems
        )
    ]


def choose(key, folders):
    """The package's copy if it is newer than every installed patch, else the
    newest installed patch; None if neither exists."""
    machine_name, major, minor = key
    installed = (
        H5PLibrary.objects.filter(
            machine_name=machine_name, major_version=major, minor_version=minor
        )
        .order_by("-patch_version")
        .first()
    )
    packaged = folders.get(key)
    if packaged and (installed is None or packaged.patch > installed.patch_version):
        return packaged
    return installed or packaged


def resolve(inspection):
    """Follow preloadedDependencies from h5p.json through every library.json."""
    problems = inspection.problems
    queue = [
        (dependency, "h5p.json")
        for key in DEPENDENCY_LISTS
        for dependency in parse_dependencies(
            inspection.metadata.get(key), "h5p.json", problems
        )
    ]
    while queue:
        dependency, needed_by = queue.pop(0)
        key = (dependency.machine_name, dependency.major, dependency.minor)
        if key in inspection.uses:
            continue
        found = choose(key, inspection.folders)
        inspection.uses[key] = found
        if found is None:
            problems.append(
                _(
                    "Library “%(library)s” is needed by %(needed_by)s but is neither in "
                    "the package nor installed."
                )
                % {"library": "{} {}.{}".format(*key), "needed_by": needed_by}
            )
            continue
        queue += [(d, f"“{found}”") for d in dependencies_of(found, problems)]


def check_main_library(inspection):
    name = inspection.metadata.get("mainLibrary")
    if not isinstance(name, str):
        return
    keys = [key for key in inspection.uses if key[0] == name]
    if not keys:
        inspection.problems.append(
            _(
                "The main library “%(library)s” is not among the package's "
                "preloadedDependencies."
            )
            % {"library": name}
        )
        return
    inspection.main_key = keys[0]
    main = inspection.uses[keys[0]]
    if main is None:
        return
    if not main.runnable:
        inspection.problems.append(
            _("The main library “%(library)s” is not a content type (not runnable).")
            % {"library": main}
        )
        return
    inspection.problems += content_problems(inspection, main)


def content_problems(inspection, main):
    """What H5P core's content validator reports, and the media rule."""
    content = inspection.content
    if content is None:
        return []
    if main.semantics is None:
        return [
            _(
                "The main library “%(library)s” has no semantics.json, so the content "
                "cannot be checked."
            )
            % {"library": main}
        ]
    walk = ContentWalk(semantics_of=lambda *key: semantics_of(inspection, key))
    problems = walk.check(content, main.semantics)
    hosts = set()
    names = set(inspection.archive.namelist())
    problems += media_problems(content, names, walk.video_paths, hosts)
    inspection.video_hosts = sorted(hosts)
    return problems


def semantics_of(inspection, key):
    found = inspection.uses.get(tuple(key))
    return found.semantics if found is not None else None


def check_permission(inspection, may_install):
    if may_install:
        return
    for library in inspection.to_install():
        inspection.problems.append(
            _(
                "The package brings the new library “%(library)s”; installing a new "
                "library version needs the “install H5P libraries” permission. Ask an "
                "administrator."
            )
            % {"library": library}
        )

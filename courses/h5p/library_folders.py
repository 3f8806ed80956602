"""The libraries a package brings: one folder each, named ``machineName-major.minor``
with its ``library.json`` (and ``semantics.json`` for content types). pyh5p parses
the ids, dependencies and semantics; this module checks the folder layout."""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyh5p
from django.utils.translation import gettext as _

from .archive import folder_of, is_unsafe_path

MACHINE_NAME = re.compile(r"^[\w.-]{1,255}$")
VERSION_FIELDS = ("majorVersion", "minorVersion", "patchVersion")


@dataclass
class LibraryFolder:
    """A library shipped inside the package."""

    folder: str
    id: pyh5p.LibraryId
    metadata: dict
    semantics: list | None
    names: list

    @property
    def key(self):
        return (self.id.machine_name, self.id.major, self.id.minor)

    @property
    def patch(self):
        return self.id.patch

    @property
    def runnable(self):
        return bool(self.metadata.get("runnable"))

    def __str__(self):
        return str(self.id)


def read_library_folders(archive, reader):
    groups = {}
    for name in archive.namelist():
        folder = folder_of(name)
        if folder and folder != "content" and not is_unsafe_path(name):
            groups.setdefault(folder, []).append(name)
    folders = {}
    for folder, names in sorted(groups.items()):
        library = read_library_folder(folder, names, reader)
        if library is not None:
            folders[library.key] = library
    return folders


def read_library_folder(folder, names, reader):
    problems = reader.problems
    if f"{folder}/library.json" not in names:
        problems.append(
            _("Library folder “%(folder)s” has no library.json.") % {"folder": folder}
        )
        return None
    metadata = reader.read_object(f"{folder}/library.json")
    if metadata is None:
        return None
    found = library_json_problems(folder, metadata)
    if found:
        problems += found
        return None
    library = LibraryFolder(
        folder=folder,
        id=pyh5p.LibraryId.parse(with_whole_versions(metadata)),
        metadata=metadata,
        semantics=None,
        names=names,
    )
    problems += missing_files(library)
    library.semantics = read_semantics(library, reader)
    return library


def library_json_problems(folder, metadata):
    name = metadata.get("machineName")
    if not isinstance(name, str) or not MACHINE_NAME.match(name):
        return [
            _("library.json in “%(folder)s” lacks a valid “machineName”.")
            % {"folder": folder}
        ]
    problems = [
        _("library.json in “%(folder)s” lacks a whole-number “%(field)s”.")
        % {"folder": folder, "field": key}
        for key in VERSION_FIELDS
        if not is_whole(metadata.get(key))
    ]
    if problems:
        return problems
    expected = f"{name}-{metadata['majorVersion']}.{metadata['minorVersion']}"
    if folder != expected:
        return [
            _(
                "Library folder “%(folder)s” should be named “%(expected)s”, as its "
                "library.json says."
            )
            % {"folder": folder, "expected": expected}
        ]
    return []


def is_whole(value):
    """A version number: an int, or digits in a string as many exporters write it."""
    if isinstance(value, str) and value.isdigit():
        return True
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def with_whole_versions(entry):
    """``entry`` with its version numbers as ints ("1" → 1)."""
    return {
        key: int(value) if key in VERSION_FIELDS and isinstance(value, str) else value
        for key, value in entry.items()
    }


def missing_files(library):
    problems = []
    for kind in ("preloadedJs", "preloadedCss"):
        for entry in library.metadata.get(kind) or []:
            path = entry.get("path") if isinstance(entry, Mapping) else None
            if not isinstance(path, str) or f"{library.folder}/{path}" not in (
                library.names
            ):
                problems.append(
                    _(
                        "Library “%(library)s” needs “%(path)s”, which is not in its "
                        "folder."
                    )
                    % {"library": library, "path": path}
                )
    return problems


def read_semantics(library, reader):
    name = f"{library.folder}/semantics.json"
    if name not in library.names:
        return None
    raw = reader.read(name)
    try:
        pyh5p.Semantics.from_json(raw)
    except (TypeError, ValueError) as error:
        reader.problems.append(
            _("semantics.json of “%(library)s” is invalid: %(detail)s.")
            % {"library": library, "detail": error}
        )
        return None
    return raw


def parse_dependencies(value, needed_by, problems):
    """pyh5p ``Dependency`` objects of a preloadedDependencies list."""
    dependencies = []
    for entry in value if isinstance(value, list) else []:
        ok = isinstance(entry, Mapping) and isinstance(entry.get("machineName"), str)
        ok = ok and all(is_whole(entry.get(k)) for k in VERSION_FIELDS[:2])
        if not ok:
            problems.append(
                _(
                    "%(needed_by)s lists a dependency that is not a library name and "
                    "version: %(entry)s."
                )
                % {"needed_by": needed_by, "entry": json.dumps(entry)[:100]}
            )
            continue
        dependencies.append(pyh5p.Dependency.from_json(with_whole_versions(entry)))
    return dependencies

"""The libraries a package brings: one folder each, named ``machineName`` or
``machineName-major.minor``, with its ``library.json`` (and ``semantics.json`` for
content types). The checks are H5P core's (``H5PValidator::getLibraryData`` and its
``$libraryRequired``/``$libraryOptional`` patterns), as Lumi's validator makes them
too; pyh5p parses the library ids and dependencies."""

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pyh5p
from django.utils.translation import gettext as _

from . import conf
from .archive import folder_of, is_ignored, is_unsafe_path

FOLDER_NAME = re.compile(r"^[\w.-]{1,255}$")
MACHINE_NAME = re.compile(r"^[\w.-]{1,255}$")
VERSION = re.compile(r"^[0-9]{1,5}$")
TITLE = re.compile(r"^.{1,255}$")
LANGUAGE_FILE = re.compile(r"^(-?[a-z]+){1,7}\.json$", re.IGNORECASE)
ASSET_PATH = {
    "preloadedJs": re.compile(r"^((\\|/)?[a-z_\-\s0-9.]+)+\.js$", re.IGNORECASE),
    "preloadedCss": re.compile(r"^((\\|/)?[a-z_\-\s0-9.]+)+\.css$", re.IGNORECASE),
}
VERSION_FIELDS = ("majorVersion", "minorVersion", "patchVersion")
DEPENDENCY_LISTS = ("preloadedDependencies", "dynamicDependencies")


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
        return str(self.metadata.get("runnable")) == "1"

    def __str__(self):
        return str(self.id)


def read_library_folders(archive, reader):
    groups = {}
    for name in archive.namelist():
        folder = folder_of(name)
        if folder and folder != "content" and not is_unsafe_path(name):
            if not is_ignored(name):
                groups.setdefault(folder, []).append(name)
    folders = {}
    for folder, names in sorted(groups.items()):
        library = read_library_folder(folder, names, reader)
        if library is not None:
            folders[library.key] = library
    return folders


def read_library_folder(folder, names, reader):
    problems = reader.problems
    if not FOLDER_NAME.match(folder):
        problems.append(
            _("Invalid library folder name: “%(folder)s”.") % {"folder": folder}
        )
        return None
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
    problems += language_problems(library, reader)
    library.semantics = read_semantics(library, reader)
    return library


def library_json_problems(folder, metadata):
    """library.json's required properties, its dependency lists and asset paths,
    the folder name and the H5P core version the library needs."""
    problems = required_problems(folder, metadata)
    if problems:
        return problems
    for key in DEPENDENCY_LISTS + ("editorDependencies",):
        problems += dependency_list_problems(metadata.get(key), key, folder)
    problems += asset_path_problems(folder, metadata)
    if not problems:
        problems += folder_name_problems(folder, metadata)
        problems += core_api_problems(folder, metadata)
    return problems


def required_problems(folder, metadata):
    checks = [
        ("title", TITLE),
        ("machineName", MACHINE_NAME),
        *((key, VERSION) for key in VERSION_FIELDS),
        ("runnable", re.compile(r"^(0|1)$")),
    ]
    problems = []
    for key, pattern in checks:
        if key not in metadata:
            problems.append(
                _("library.json in “%(folder)s” lacks the required “%(field)s”.")
                % {"folder": folder, "field": key}
            )
        elif not matches(metadata[key], pattern):
            problems.append(
                _("library.json in “%(folder)s” has an invalid “%(field)s”.")
                % {"folder": folder, "field": key}
            )
    return problems


def matches(value, pattern):
    """H5P core's test: a string or a whole number matching ``pattern``."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return False
    return bool(pattern.match(str(value)))


def dependency_list_problems(value, key, needed_by):
    if value is None:
        return []
    entries = value if isinstance(value, list) else [value]
    return [
        _(
            "%(needed_by)s lists a dependency that is not a library name and "
            "version: %(entry)s."
        )
        % {"needed_by": needed_by, "entry": json.dumps(entry)[:100]}
        for entry in entries
        if not is_dependency(entry)
    ]


def is_dependency(entry):
    return (
        isinstance(entry, Mapping)
        and matches(entry.get("machineName"), MACHINE_NAME)
        and matches(entry.get("majorVersion"), VERSION)
        and matches(entry.get("minorVersion"), VERSION)
    )


def asset_path_problems(folder, metadata):
    problems = []
    for key, pattern in ASSET_PATH.items():
        for entry in metadata.get(key) or []:
            path = entry.get("path") if isinstance(entry, Mapping) else None
            if not matches(path, pattern):
                problems.append(
                    _(
                        "library.json in “%(folder)s” lists an invalid file in “%(field)s”."
                    )
                    % {"folder": folder, "field": key}
                )
    return problems


def folder_name_problems(folder, metadata):
    name = metadata["machineName"]
    expected = f"{name}-{metadata['majorVersion']}.{metadata['minorVersion']}"
    if folder in (name, expected):
        return []
    return [
        _(
            "Library folder “%(folder)s” should be named “%(expected)s” (or "
            "“%(name)s”), as its library.json says."
        )
        % {"folder": folder, "expected": expected, "name": name}
    ]


def core_api_problems(folder, metadata):
    """H5P core refuses a library that needs a newer core than the one running;
    ours is the core inside the player (h5p-standalone)."""
    needed = metadata.get("coreApi")
    if not needed:
        return []
    if not isinstance(needed, Mapping) or not all(
        matches(needed.get(k), VERSION) for k in ("majorVersion", "minorVersion")
    ):
        return [
            _("library.json in “%(folder)s” has an invalid “%(field)s”.")
            % {"folder": folder, "field": "coreApi"}
        ]
    wanted = (int(needed["majorVersion"]), int(needed["minorVersion"]))
    if wanted <= conf.CORE_API:
        return []
    return [
        _(
            "“%(library)s” needs H5P core %(required)s or newer; the player here runs "
            "%(current)s. Use an older version of the content type or update the "
            "player."
        )
        % {
            "library": metadata.get("title") or folder,
            "required": "{}.{}".format(*wanted),
            "current": "{}.{}".format(*conf.CORE_API),
        }
    ]


def is_whole(value):
    """A version number: an int, or digits in a string as many exporters write it."""
    return matches(value, VERSION)


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
            path = entry["path"].replace("\\", "/").lstrip("/")
            if f"{library.folder}/{path}" not in library.names:
                problems.append(
                    _(
                        "Library “%(library)s” needs “%(path)s”, which is not in its "
                        "folder."
                    )
                    % {"library": library, "path": path}
                )
    return problems


def language_problems(library, reader):
    """Each ``language/*.json`` is named by a language code and is valid JSON."""
    prefix = f"{library.folder}/language/"
    problems = []
    for name in library.names:
        if not name.startswith(prefix) or name.endswith("/"):
            continue
        file = name.removeprefix(prefix)
        if "/" in file or not LANGUAGE_FILE.match(file):
            problems.append(
                _("Invalid language file “%(file)s” in the library “%(library)s”.")
                % {"file": file, "library": library}
            )
        else:
            reader.read(name)  # reports a file that is not valid JSON
    return problems


def read_semantics(library, reader):
    """semantics.json, which H5P core only requires to be valid JSON."""
    name = f"{library.folder}/semantics.json"
    if name not in library.names:
        return None
    raw = reader.read(name)
    if raw is not None and not isinstance(raw, list):
        reader.problems.append(
            _("semantics.json of “%(library)s” must hold a list of fields.")
            % {"library": library}
        )
        return None
    return raw


def parse_dependencies(value, needed_by, problems):
    """pyh5p ``Dependency`` objects of a dependency list."""
    problems += dependency_list_problems(value, "", needed_by)
    return [
        pyh5p.Dependency.from_json(with_whole_versions(entry))
        for entry in (value if isinstance(value, list) else [])
        if is_dependency(entry)
    ]

"""Is this ``.h5p`` file safe and complete? Every problem, by name, before anything
is stored.

pyh5p does the format work where it fits (``h5p.json`` properties, library ids and
dependencies, ``semantics.json`` parsing and content validation). ``archive.py`` adds
the archive checks, ``library_folders.py`` the library folder layout, and this module
the descriptions, dependency resolution against installed libraries, the content
check and the install permission.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field

import pyh5p
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .archive import JsonReader, NotAZip, archive_problems, is_unsafe_path, open_zip
from .library_folders import LibraryFolder, parse_dependencies, read_library_folders
from .models import H5PLibrary

DETAILS = {
    "expected a string": gettext_lazy("text expected"),
    "expected a number": gettext_lazy("a number expected"),
    "expected a boolean": gettext_lazy("true or false expected"),
    "expected an object": gettext_lazy("a group of fields expected"),
    "expected an array": gettext_lazy("a list expected"),
    "expected {library, params}": gettext_lazy("a library and its settings expected"),
    "expected a library name": gettext_lazy("a library name expected"),
    "null is not allowed for this field": gettext_lazy("it may not be empty"),
}


@dataclass
class Inspection:
    problems: list = field(default_factory=list)
    archive: object = None
    metadata: dict | None = None
    content: dict | None = None
    folders: dict = field(default_factory=dict)
    uses: dict = field(default_factory=dict)  # (name, major, minor) → folder/library
    main_key: tuple | None = None

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
    if inspection.content is not None:
        inspection.problems += media_problems(inspection.content, reader.names)
    return True


def metadata_problems(metadata):
    """pyh5p's checks of the mandatory h5p.json properties, in our words."""
    package = pyh5p.H5PPackage(metadata, None, (), {})
    problems = []
    for issue in package.validate(allow_content_only=True):
        if not issue.path.startswith("$.h5p.") or issue.keyword not in (
            "required",
            "type",
        ):
            continue
        name = issue.path.removeprefix("$.h5p.")
        if issue.keyword == "required":
            problems.append(
                _("h5p.json lacks the required property “%(field)s”.") % {"field": name}
            )
        else:
            problems.append(
                _("In h5p.json, “%(field)s” has the wrong type.") % {"field": name}
            )
    return problems


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


def media_problems(content, names):
    problems = []
    for where, path in media_paths(content):
        if "://" in path or path.startswith(("//", "data:")):
            message = _(
                "content.json refers to an outside address at %(where)s; a package "
                "must carry its own media."
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
    """``found`` is a LibraryFolder or an installed H5PLibrary: both keep library.json."""
    dependencies = found.metadata.get("preloadedDependencies")
    return parse_dependencies(dependencies, f"“{found}”", problems)


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
        for dependency in parse_dependencies(
            inspection.metadata.get("preloadedDependencies"), "h5p.json", problems
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
    inspection.problems += content_problems(main, inspection.content)


def content_problems(main, content):
    if content is None:
        return []
    if not main.semantics:
        return [
            _(
                "The main library “%(library)s” has no semantics.json, so the content "
                "cannot be checked."
            )
            % {"library": main}
        ]
    semantics = pyh5p.Semantics.from_json(main.semantics)
    return [content_problem(issue) for issue in semantics.validate(content)]


def content_problem(issue):
    where = issue.path.removeprefix("$.")
    detail = DETAILS.get(issue.message, issue.message)
    if issue.keyword == "required":
        return _("content.json lacks “%(field)s”, which the main library requires.") % {
            "field": where
        }
    if issue.keyword == "type":
        return _("In content.json, “%(field)s” has the wrong type (%(detail)s).") % {
            "field": where,
            "detail": detail,
        }
    return _("In content.json, “%(field)s” is not valid (%(detail)s).") % {
        "field": where,
        "detail": detail,
    }


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

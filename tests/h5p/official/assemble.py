"""Build real .h5p packages from the official H5P library repositories.

Each package the browser test plays is put together here from two parts:

- the libraries, exactly as their maintainers publish them: the files of the
  official repositories (``h5p/h5p-multi-choice``, ``h5p/h5p-question``…) read
  from local git mirrors, built with the repository's own ``npm run build`` where
  the repository keeps only sources (its ``dist/`` is not in git), or, for a
  version no mirror holds, the library folder of a real package inside a
  mirror's test data (``H5P.TextUtilities-1.3``, ``H5P.DragQuestion-1.13``);
- our own short content (``content/content.json``, in Azerbaijani, on ASAN
  service standards) and an ``h5p.json`` naming the libraries it uses.

The dependencies are followed from each library's ``library.json``
(``preloadedDependencies``), so a package carries every library it needs.
Packages go to the cache the browser test reads (``$LMS_H5P_PACKAGES`` or
``~/.cache/lms-h5p-packages``) as ``<mainLibrary>-<major>.<minor>.h5p``, never
into the project; the npm builds are kept under ``<cache>/.build`` so a second
run is quick.

A mirror folder holds one bare git directory per repository,
``<owner>+<name>/repo`` (the layout ``fetch_packages.py --mirrors`` reads too):

    python tests/h5p/official/assemble.py --mirrors /work/.mirror
    python tests/h5p/official/assemble.py --mirrors DIR H5P.MultiChoice-1.16
"""

import argparse
import io
import json
import shutil
import subprocess
import sys
import tarfile
import uuid
import zipfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from tests.h5p.official.contents import PACKAGES  # noqa: E402
from tests.h5p.official.fetch_packages import cache_dir, main_library  # noqa: E402

# Where each library's official source lives: machine name → mirrored repository.
REPOSITORIES = {
    "FontAwesome": "h5p+font-awesome",
    "jQuery.ui": "h5p+jquery-ui",
    "H5P.Transition": "h5p+h5p-transition",
    "H5P.FontIcons": "h5p+h5p-font-icons",
    "H5P.JoubelUI": "h5p+h5p-joubel-ui",
    "H5P.Components": "h5p+h5p-components",
    "H5P.Question": "h5p+h5p-question",
    "H5P.AdvancedText": "h5p+h5p-advanced-text",
    "H5P.Image": "h5p+h5p-image",
    "H5P.Video": "h5p+h5p-video",
    "H5P.Audio": "h5p+h5p-audio",
    "H5P.DragNDrop": "h5p+h5p-drag-n-drop",
    "H5P.DragNResize": "h5p+h5p-drag-n-resize",
    "H5P.DragNBar": "h5p+h5p-drag-n-bar",
    "H5P.MultiChoice": "h5p+h5p-multi-choice",
    "H5P.TrueFalse": "h5p+h5p-true-false",
    "H5P.QuestionSet": "h5p+h5p-question-set",
    "H5P.Blanks": "h5p+h5p-blanks",
    "H5P.MarkTheWords": "h5p+h5p-mark-the-words",
    "H5P.Summary": "h5p+h5p-summary",
    "H5P.DragQuestion": "h5p+h5p-drag-question",
    "H5P.DragText": "h5p+h5p-drag-text",
    "H5P.Column": "h5p+h5p-column",
    "H5P.CoursePresentation": "h5p+h5p-course-presentation",
    "H5P.InteractiveVideo": "h5p+h5p-interactive-video",
    "H5P.Accordion": "h5p+h5p-accordion",
    "H5P.Dialogcards": "h5p+h5p-dialogcards",
    "H5P.Agamotto": "otacke+h5p-agamotto",
}

# Real packages in mirrored test data whose library folders stand in for versions
# no repository mirror holds (H5P.TextUtilities has no public mirror here).
DONORS = [
    (
        "Lumieducation+H5P-Nodejs-library",
        "packages/h5p-examples/test/data/problem-cases/interactive-content-2260.h5p",
    ),
    ("Lumieducation+H5P-Nodejs-library", "test/data/validator/valid3-3-images.h5p"),
]

# Never copied from a repository into a library folder (besides the dotfiles and
# the repository's own .h5pignore list): build inputs and tooling.
TOOLING = {
    "node_modules",
    "src",
    "test",
    "tests",
    "package.json",
    "package-lock.json",
    "webpack.config.js",
    "eslint.config.js",
    "eslint.config.mjs",
    "crowdin.yml",
    "Documentation",
}


class AssemblyError(Exception):
    pass


def git(git_dir, *args):
    done = subprocess.run(
        ["git", "--git-dir", str(git_dir), *args], capture_output=True, check=False
    )
    if done.returncode:
        raise AssemblyError(f"git {' '.join(args)}: {done.stderr.decode().strip()}")
    return done.stdout


def library_id(metadata):
    return (
        metadata["machineName"],
        int(metadata["majorVersion"]),
        int(metadata["minorVersion"]),
    )


def folder_name(key):
    return "{}-{}.{}".format(*key)


def dependencies(metadata):
    return [library_id(entry) for entry in metadata.get("preloadedDependencies") or []]


class Library:
    """One library version's files: ``{relative path: bytes}`` and library.json."""

    def __init__(self, files, origin):
        self.files = files
        self.metadata = json.loads(files["library.json"])
        self.key = library_id(self.metadata)
        self.origin = origin

    def missing(self):
        wanted = self.metadata.get("preloadedJs", []) + self.metadata.get(
            "preloadedCss", []
        )
        return [entry["path"] for entry in wanted if entry["path"] not in self.files]


class Sources:
    """Finds each library version in the mirrors, building it when needed."""

    def __init__(self, mirrors, build_root):
        self.mirrors = Path(mirrors)
        self.build_root = build_root
        self.found = {}
        self.donated = None

    def library(self, key):
        if key not in self.found:
            self.found[key] = (
                self.from_repository(key, ["HEAD"])
                or self.from_donors(key)
                or self.from_repository(key, release_tags(self.git_dir(key[0]), key))
            )
            if self.found[key] is None:
                raise AssemblyError(
                    f"{folder_name(key)}: no mirror of {REPOSITORIES.get(key[0], 'its repository')} "
                    f"in {self.mirrors} holds that version"
                )
        return self.found[key]

    def git_dir(self, machine_name):
        repository = REPOSITORIES.get(machine_name)
        path = self.mirrors / repository / "repo" if repository else None
        return path if path and path.exists() else None

    def from_repository(self, key, refs):
        git_dir = self.git_dir(key[0])
        if git_dir is None:
            return None
        for ref in refs:
            metadata = json.loads(git(git_dir, "show", f"{ref}:library.json"))
            if library_id(metadata) == key:
                return self.checkout(git_dir, ref)
        return None

    def checkout(self, git_dir, ref):
        commit = git(git_dir, "rev-parse", f"{ref}^{{commit}}").decode().strip()
        tree = self.build_root / f"{git_dir.parent.name}-{commit[:12]}"
        if not (tree / ".complete").exists():
            shutil.rmtree(tree, ignore_errors=True)
            tree.mkdir(parents=True)
            with tarfile.open(
                fileobj=io.BytesIO(git(git_dir, "archive", commit))
            ) as tar:
                tar.extractall(tree, filter="data")
            files = library_files(tree)
            if Library(files, tree).missing():
                build(tree, self.mirrors)
            (tree / ".complete").write_text(commit)
        library = Library(library_files(tree), f"{git_dir.parent.name}@{commit[:12]}")
        if library.missing():
            raise AssemblyError(
                f"{library.origin}: built, yet lacks {library.missing()}"
            )
        return library

    def from_donors(self, key):
        if self.donated is None:
            self.donated = {}
            for repository, path in DONORS:
                git_dir = self.mirrors / repository / "repo"
                if git_dir.exists():
                    self.read_donor(git_dir, path, f"{repository}:{path}")
        return self.donated.get(key)

    def read_donor(self, git_dir, path, origin):
        with zipfile.ZipFile(
            io.BytesIO(git(git_dir, "show", f"HEAD:{path}"))
        ) as package:
            folders = {}
            for name in package.namelist():
                folder, _, rest = name.partition("/")
                if rest and not name.endswith("/") and folder != "content":
                    folders.setdefault(folder, {})[rest] = package.read(name)
        for files in folders.values():
            if "library.json" in files:
                library = Library(files, origin)
                self.donated.setdefault(library.key, library)


def release_tags(git_dir, key):
    """The release tags of that major.minor, newest first."""
    if git_dir is None:
        return []
    prefix = f"{key[1]}.{key[2]}."
    tags = git(git_dir, "tag", "--list", f"{prefix}*", "--sort=-v:refname")
    return [tag for tag in tags.decode().split() if tag.startswith(prefix)]


def ignored_names(tree):
    listed = tree / ".h5pignore"
    names = set(TOOLING)
    if listed.exists():
        names.update(line.strip() for line in listed.read_text().splitlines())
    return {name for name in names if name}


def library_files(tree):
    ignored = ignored_names(tree)
    files = {}
    for path in sorted(tree.rglob("*")):
        relative = path.relative_to(tree)
        parts = relative.parts
        if parts[0] in ignored or any(part.startswith((".", "_")) for part in parts):
            continue
        if "." not in parts[-1]:  # LICENSE, Makefile: no type H5P lets in
            continue
        if path.is_file():
            files[relative.as_posix()] = path.read_bytes()
    return files


def build(tree, mirrors):
    """The repository's own build: ``npm ci`` (``npm install`` when a dependency
    comes from GitHub, which npm cannot reach here: it is packed from its mirror)
    and ``npm run build``."""
    if not (tree / "package.json").exists():
        raise AssemblyError(f"{tree.name}: files are missing and there is no build")
    install = ["npm", "ci"]
    if from_mirrors(tree, mirrors):
        install = ["npm", "install"]
    for command in (
        [*install, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
        ["npm", "run", "build"],
    ):
        print(f"  {tree.name}: {' '.join(command)}", flush=True)
        done = subprocess.run(command, cwd=tree, capture_output=True, text=True)
        if done.returncode:
            raise AssemblyError(
                f"{tree.name}: {' '.join(command)} failed:\n{done.stdout[-2000:]}"
                f"{done.stderr[-2000:]}"
            )
    shutil.rmtree(tree / "node_modules", ignore_errors=True)


def from_mirrors(tree, mirrors):
    """Point each ``github:owner/name#ref`` dependency at a tarball of its mirror;
    True if any was."""
    manifest = json.loads((tree / "package.json").read_text())
    changed = False
    for section in ("dependencies", "devDependencies"):
        for name, wanted in (manifest.get(section) or {}).items():
            if not wanted.startswith("github:"):
                continue
            repository, _, ref = wanted.removeprefix("github:").partition("#")
            git_dir = Path(mirrors) / repository.replace("/", "+") / "repo"
            if not git_dir.exists():
                raise AssemblyError(
                    f"{tree.name} needs {wanted}: no mirror at {git_dir}"
                )
            packed = (
                tree.parent / f"npm-{repository.replace('/', '+')}-{ref or 'HEAD'}.tgz"
            )
            packed.write_bytes(
                git(
                    git_dir,
                    "archive",
                    "--format=tar.gz",
                    "--prefix=package/",
                    ref or "HEAD",
                )
            )
            manifest[section][name] = f"file:{packed}"
            changed = True
    if changed:
        (tree / "package.json").write_text(json.dumps(manifest, indent=2))
    return changed


def closure(sources, roots):
    """Every library the roots need, each once, dependencies first."""
    ordered, seen = [], set()

    def visit(key, path):
        if key in seen:
            return
        if key in path:
            return  # H5P allows cycles (a library preloading its parent)
        library = sources.library(key)
        for dependency in dependencies(library.metadata):
            visit(dependency, (*path, key))
        seen.add(key)
        ordered.append(library)

    for root in roots:
        visit(root, ())
    by_name = {}
    for library in ordered:
        other = by_name.setdefault(library.key[0], library)
        if other is not library:
            raise AssemblyError(
                f"two versions of {library.key[0]} needed: "
                f"{folder_name(other.key)} and {folder_name(library.key)}"
            )
    return ordered


def with_ids(value):
    """Sub-content gets the ``subContentId`` the H5P editor would give it."""
    if isinstance(value, dict):
        value = {key: with_ids(item) for key, item in value.items()}
        if "library" in value and "params" in value:
            value.setdefault(
                "subContentId",
                str(uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(value, sort_keys=True))),
            )
            value.setdefault(
                "metadata", {"contentType": value["library"].split()[0], "license": "U"}
            )
        return value
    if isinstance(value, list):
        return [with_ids(item) for item in value]
    return value


def with_defaults(fields, params, sources):
    """``params`` completed with the semantics' defaults, as the H5P editor saves
    content: a content type reads its labels from there."""
    params = dict(params)
    for field in fields:
        name = field.get("name")
        if name is None:
            continue
        if name in params:
            params[name] = field_value(field, params[name], sources)
        elif field["type"] == "group":  # the editor saves every group
            params[name] = field_value(
                field, {} if len(field["fields"]) > 1 else None, sources
            )
            if params[name] is None:
                del params[name]
        elif "default" in field and field["type"] != "library":
            params[name] = field["default"]
    return params


def field_value(field, value, sources):
    kind = field["type"]
    if kind == "group":
        if len(field["fields"]) == 1:  # H5P stores a one-field group as its value
            only = field["fields"][0]
            if value is None:
                return only.get("default")
            return field_value(only, value, sources)
        return with_defaults(field["fields"], value, sources)
    if kind == "list" and isinstance(value, list):
        return [field_value(field["field"], item, sources) for item in value]
    if kind == "library" and isinstance(value, dict) and "library" in value:
        name, version = value["library"].split()
        major, minor = version.split(".")
        library = sources.library((name, int(major), int(minor)))
        semantics = json.loads(library.files.get("semantics.json", b"[]"))
        return {
            **value,
            "params": with_defaults(semantics, value.get("params", {}), sources),
        }
    return value


def used_libraries(value):
    """Every ``"H5P.Name 1.2"`` sub-content library the content names."""
    if isinstance(value, dict):
        found = []
        if isinstance(value.get("library"), str) and "params" in value:
            name, version = value["library"].split()
            major, minor = version.split(".")
            found.append((name, int(major), int(minor)))
        for item in value.values():
            found += used_libraries(item)
        return found
    if isinstance(value, list):
        return [key for item in value for key in used_libraries(item)]
    return []


def assemble(spec, sources):
    """The bytes of one package, and its ``<mainLibrary>-<major>.<minor>`` name."""
    main = spec["main"]
    semantics = json.loads(sources.library(main).files.get("semantics.json", b"[]"))
    content = with_ids(with_defaults(semantics, spec["content"], sources))
    direct = [main]
    for key in used_libraries(content):
        if key not in direct:
            direct.append(key)
    libraries = closure(sources, direct)
    metadata = {
        "title": spec["title"],
        "language": "az",
        "mainLibrary": main[0],
        "embedTypes": ["iframe"],
        "license": "U",
        "defaultLanguage": "az",
        "preloadedDependencies": [
            {"machineName": n, "majorVersion": str(a), "minorVersion": str(b)}
            for n, a, b in direct
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("h5p.json", json.dumps(metadata, ensure_ascii=False, indent=2))
        package.writestr(
            "content/content.json", json.dumps(content, ensure_ascii=False, indent=2)
        )
        for name, data in spec.get("files", {}).items():
            package.writestr(f"content/{name}", data() if callable(data) else data)
        for library in libraries:
            for name, data in library.files.items():
                package.writestr(f"{folder_name(library.key)}/{name}", data)
    return buffer.getvalue(), folder_name(main), libraries


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", required=True, help="a folder of git mirrors")
    parser.add_argument("names", nargs="*", help="only these packages")
    args = parser.parse_args(argv)
    target = cache_dir()
    sources = Sources(args.mirrors, target / ".build")
    failed = 0
    for spec in PACKAGES:
        name = folder_name(spec["main"])
        if args.names and name not in args.names:
            continue
        try:
            data, name, libraries = assemble(spec, sources)
        except AssemblyError as problem:
            failed += 1
            print(f"{name}: not built: {problem}")
            continue
        target.mkdir(parents=True, exist_ok=True)
        incoming = target / ".incoming.h5p"
        incoming.write_bytes(data)
        if main_library(incoming) != name:
            incoming.unlink()
            failed += 1
            print(f"{name}: not built: its h5p.json does not name {name}")
            continue
        incoming.replace(target / f"{name}.h5p")
        origins = ", ".join(
            f"{folder_name(lib.key)} ({lib.origin})" for lib in libraries
        )
        print(f"{name}.h5p  ← {origins}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

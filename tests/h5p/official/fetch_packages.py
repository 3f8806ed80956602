"""Collect official H5P packages into the cache the browser test plays them from.

Nothing here is committed to the project: the packages (third-party code and
content) stay in the cache folder, ``$LMS_H5P_PACKAGES`` or
``~/.cache/lms-h5p-packages``. The browser test plays each content type it finds
there and skips the others, naming the file it looked for.

Most packages are built by ``assemble.py`` beside this file from the official
library repositories with our own content; this script adds real packages made
elsewhere. Sources, each optional:
  --from DIR        .h5p files downloaded by hand, e.g. from h5p.org's content type
                    pages ("Download" under each example);
  --mirrors DIR     a folder of git mirrors of public repositories (one
                    ``owner+name/repo`` each) whose test data hold real packages:
                    tunapanda/h5p-standalone and Lumieducation/H5P-Nodejs-library.

Each package is stored as ``<mainLibrary>-<major>.<minor>.h5p`` after a check that
it is a ZIP with an h5p.json naming its main library.

    python tests/h5p/official/fetch_packages.py --from ~/Downloads
    python tests/h5p/official/fetch_packages.py --mirrors "$LMS_H5P_MIRRORS"
"""

import argparse
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

# Real packages inside public repositories' test data: (repository, path).
MIRRORED = [
    ("tunapanda+h5p-standalone", "test/h5p-test.h5p"),
    ("Lumieducation+H5P-Nodejs-library", "test/data/example-packages/H5P.DragText.h5p"),
    (
        "Lumieducation+H5P-Nodejs-library",
        "packages/h5p-examples/test/data/problem-cases/interactive-content-2260.h5p",
    ),
    ("Lumieducation+H5P-Nodejs-library", "test/data/validator/valid3-3-images.h5p"),
]


def cache_dir():
    configured = os.environ.get("LMS_H5P_PACKAGES")
    return Path(configured) if configured else Path.home() / ".cache/lms-h5p-packages"


def main_library(path):
    """``"H5P.MultiChoice-1.16"`` from the package's h5p.json, or None."""
    try:
        with zipfile.ZipFile(path) as archive:
            metadata = json.loads(archive.read("h5p.json"))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return None
    name = metadata.get("mainLibrary")
    for dependency in metadata.get("preloadedDependencies") or []:
        if dependency.get("machineName") == name:
            return f"{name}-{dependency['majorVersion']}.{dependency['minorVersion']}"
    return None


def store(data, target_dir, source):
    target_dir.mkdir(parents=True, exist_ok=True)
    incoming = target_dir / ".incoming.h5p"
    incoming.write_bytes(data)
    name = main_library(incoming)
    if name is None:
        incoming.unlink()
        print(f"skipped {source}: not an H5P package")
        return
    incoming.replace(target_dir / f"{name}.h5p")
    print(f"{name}.h5p  ← {source}")


def from_folder(folder, target_dir):
    for path in sorted(Path(folder).glob("*.h5p")):
        store(path.read_bytes(), target_dir, path)


def from_mirrors(mirrors, target_dir):
    for repository, path in MIRRORED:
        git_dir = Path(mirrors) / repository / "repo"
        if not git_dir.exists():
            print(f"not mirrored: {repository}")
            continue
        shown = subprocess.run(
            ["git", "-C", str(git_dir), "show", f"HEAD:{path}"], capture_output=True
        )
        if shown.returncode == 0:
            store(shown.stdout, target_dir, f"{repository}:{path}")
        else:
            print(f"absent: {repository}:{path}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="folder", help="a folder of .h5p downloads")
    parser.add_argument("--mirrors", help="a folder of git mirrors")
    args = parser.parse_args(argv)
    target = cache_dir()
    if args.folder:
        from_folder(args.folder, target)
    if args.mirrors:
        from_mirrors(args.mirrors, target)
    found = sorted(p.name for p in target.glob("*.h5p")) if target.exists() else []
    print(f"{len(found)} packages in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

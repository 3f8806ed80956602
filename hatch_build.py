"""What the plugin's wheel carries that git does not (hatchling build hook).

- Compiled translations: every ``<language>/LC_MESSAGES/*.po`` inside the wheel's
  packages (under ``locale/`` or any other catalogue folder) is compiled by GNU
  gettext's ``msgfmt --check-format`` (what Django's ``compilemessages`` runs) and the
  ``.mo`` goes into the wheel beside its ``.po``.
- The H5P player: ``node_modules/h5p-standalone/dist`` (``npm install --ignore-scripts``)
  becomes the static folder ``h5p-standalone/`` of ``courses.h5p``, with its licence, at
  the version ``package-lock.json`` pins.

Both are written to a temporary folder, never into the source tree, and nothing is
committed. The sdist carries the player's files under ``node_modules/`` so that a wheel
builds from the sdist alone (``msgfmt`` is still needed there).
"""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PLAYER_PACKAGE = "h5p-standalone"
PLAYER_STATIC = "courses/h5p/static/h5p-standalone"
# Type declarations for TypeScript users of the npm package: nothing a browser loads.
PLAYER_SKIP = {"h5p.d.ts"}


class BuildError(RuntimeError):
    pass


class PluginBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    scratch = None

    def initialize(self, version, build_data):
        include = build_data["force_include"]
        root = Path(self.root)
        player = player_folder(root)
        if self.target_name == "sdist":
            for name in ("dist", "package.json", "LICENSE"):
                include[str(player / name)] = f"node_modules/{PLAYER_PACKAGE}/{name}"
            return
        self.scratch = Path(tempfile.mkdtemp(prefix="lms-build-"))
        try:
            for source, target in compiled_catalogues(
                root, self.build_config.packages, self.scratch / "mo"
            ):
                include[str(source)] = target
            include[str(player_copy(player, self.scratch / "player"))] = PLAYER_STATIC
        except BaseException:
            self.finalize(version, build_data, None)
            raise

    def finalize(self, version, build_data, artifact_path):
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)


def compiled_catalogues(root, packages, out):
    """``(compiled .mo, path in the wheel)`` for every catalogue of ``packages``."""
    msgfmt = shutil.which("msgfmt")
    if not msgfmt:
        raise BuildError(
            "Building the wheel compiles the translations with GNU gettext's msgfmt, "
            "which is not installed (Debian: apt-get install gettext)."
        )
    compiled = []
    for package in packages:
        for po in sorted((root / package).glob("**/LC_MESSAGES/*.po")):
            relative = po.relative_to(root).with_suffix(".mo")
            mo = out / relative
            mo.parent.mkdir(parents=True, exist_ok=True)
            result = subprocess.run(
                [msgfmt, "--check-format", "-o", str(mo), str(po)],
                capture_output=True,
                text=True,
            )
            if result.returncode:
                raise BuildError(f"msgfmt failed on {po}:\n{result.stderr}")
            compiled.append((mo, relative.as_posix()))
    if not compiled:
        raise BuildError(f"No translation catalogues found in {', '.join(packages)}.")
    return compiled


def player_folder(root):
    """``node_modules/h5p-standalone``, checked against the version the lock file pins."""
    folder = root / "node_modules" / PLAYER_PACKAGE
    if not (folder / "dist" / "main.bundle.js").is_file():
        raise BuildError(
            f"The H5P player is missing ({folder}/dist): run "
            "`npm install --ignore-scripts` (./run does) before building."
        )
    installed = json.loads((folder / "package.json").read_text())["version"]
    lock = json.loads((root / "package-lock.json").read_text())
    pinned = lock["packages"][f"node_modules/{PLAYER_PACKAGE}"]["version"]
    if installed != pinned:
        raise BuildError(
            f"node_modules holds {PLAYER_PACKAGE} {installed} but package-lock.json "
            f"pins {pinned}: run `npm install --ignore-scripts` again."
        )
    return folder


def player_copy(folder, out):
    """The player's browser files and its licence, as served under h5p-standalone/."""
    shutil.copytree(
        folder / "dist", out, ignore=lambda _dir, names: PLAYER_SKIP & set(names)
    )
    shutil.copy2(folder / "LICENSE", out / "LICENSE")
    return out

"""The plugin's package layout, checked without building anything (fast).

``test_wheel.py`` proves the wheel in a fresh site; these catch the usual slips first:
a new plugin app that is not packaged or not in the install guide, an ``LMS_*`` setting
the guide does not name, an import of this repository's own site.
"""

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "INSTALL-PLUGIN.md").read_text()
BUILD = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]
PACKAGES = BUILD["targets"]["wheel"]["packages"]
EXCLUDED = [p.strip("/") for p in BUILD["targets"]["wheel"]["exclude"]]
HOST_ONLY = {"home", "lms", "benchmarks", "tests"}
SETTING = re.compile(r"\bLMS_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_*])")


def packaged_files(suffix):
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob(f"*{suffix}")):
            relative = path.relative_to(ROOT).as_posix()
            if "__pycache__" not in relative and not any(
                relative.startswith(e) for e in EXCLUDED
            ):
                yield path, relative


def settings_block():
    found = re.search(
        r"<!-- install-plugin:settings -->\n```python\n(.*?)```", GUIDE, re.S
    )
    assert found
    return found.group(1)


def test_every_app_outside_the_host_site_is_packaged():
    apps = {p.parent.name for p in ROOT.glob("*/apps.py")} - HOST_ONLY
    assert apps == set(PACKAGES)
    sdist = BUILD["targets"]["sdist"]["only-include"]
    assert set(PACKAGES) <= set(sdist)


def test_the_install_guide_lists_every_app_config():
    names = {
        relative.removesuffix("/apps.py").replace("/", ".")
        for _path, relative in packaged_files("apps.py")
    }
    assert names >= {"people", "courses.quizzes", "courses.h5p", "certificates"}
    block = settings_block()
    assert not [name for name in names if f'"{name}",' not in block]
    assert '"django_q",' in block


def test_the_install_guide_names_every_lms_setting_the_plugin_reads():
    used = set()
    for suffix in (".py", ".html"):
        for path, _relative in packaged_files(suffix):
            used |= set(SETTING.findall(path.read_text()))
    assert len(used) > 10
    assert not sorted(name for name in used if f"`{name}`" not in GUIDE)


def imported_modules(path, relative):
    package = relative.removesuffix(".py").replace("/", ".").rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = (
                    package.rsplit(".", node.level - 1)[0]
                    if node.level > 1
                    else package
                )
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def test_the_plugin_imports_nothing_of_the_host_site_or_the_demo():
    demo = {e.removesuffix(".py").replace("/", ".") for e in EXCLUDED}
    wrong = [
        (relative, module)
        for path, relative in packaged_files(".py")
        for module in imported_modules(path, relative)
        if module.split(".")[0] in HOST_ONLY or module in demo
    ]
    assert not wrong


def test_no_plugin_migration_depends_on_the_host_site():
    wrong = [
        relative
        for path, relative in packaged_files(".py")
        if "/migrations/" in relative
        and re.search(r"""\(\s*["'](home|lms)["']\s*,""", path.read_text())
    ]
    assert not wrong

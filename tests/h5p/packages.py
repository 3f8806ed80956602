"""Packages built at test time: the demo package, variations of it, and hostile
archives. Nothing here is a third-party H5P package."""

import io
import json
import stat
import zipfile
from pathlib import Path

from courses.h5p.demo import FOLDER, h5p_json, library_files, quick_check

QUESTION = quick_check(
    "Hansı sertifikat şirkət adından imza üçündür?",
    [("Biznes", True, ""), ("Vətəndaş", False, ""), ("Dövlət", False, "")],
)


def demo_files(title="Sınaq"):
    files = {"h5p.json": h5p_json(title), "content/content.json": QUESTION}
    files.update(library_files())
    return files


def zipped(files, infos=()):
    """``files`` ``{name: bytes | JSON-able}``; ``infos`` extra ``(ZipInfo, bytes)``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            if not isinstance(data, bytes):
                data = json.dumps(data, ensure_ascii=False).encode()
            archive.writestr(name, data)
        for info, data in infos:
            archive.writestr(info, data)
    return buffer.getvalue()


def demo(title="Sınaq", **changes):
    files = demo_files(title)
    files.update(changes.pop("files", {}))
    for name in changes.pop("without", ()):
        files.pop(name)
    return zipped(files)


def with_library_json(**fields):
    files = demo_files()
    metadata = json.loads(files[f"{FOLDER}/library.json"])
    metadata.update(fields)
    files[f"{FOLDER}/library.json"] = metadata
    return files


def newer_patch():
    return zipped(with_library_json(patchVersion=3))


def zip_bomb():
    info = zipfile.ZipInfo("content/bomb.json")
    info.compress_type = zipfile.ZIP_DEFLATED
    return zipped(demo_files(), [(info, b"0" * (8 * 1024 * 1024))])


def traversal():
    return zipped(demo_files(), [(zipfile.ZipInfo("../../evil.js"), b"alert(1)")])


def absolute_path():
    return zipped(demo_files(), [(zipfile.ZipInfo("/etc/cron.d/x.json"), b"{}")])


def php():
    return zipped(demo_files(), [(zipfile.ZipInfo(f"{FOLDER}/shell.php"), b"<?php")])


def html_in_content():
    page = b"<script>parent.document.cookie</script>"
    return zipped(demo_files(), [(zipfile.ZipInfo("content/page.html"), page)])


def missing_h5p_json():
    files = demo_files()
    files.pop("h5p.json")
    return zipped(files)


def not_a_zip():
    return b"%PDF-1.4 this is not an H5P package"


def oversize():
    """A video bigger than the per-file limit the test sets (incompressible)."""
    info = zipfile.ZipInfo("content/video.mp4")
    return zipped(demo_files(), [(info, bytes(range(256)) * 64)])


def missing_dependency():
    files = with_library_json(
        preloadedDependencies=[
            {"machineName": "H5P.JoubelUI", "majorVersion": 1, "minorVersion": 3}
        ]
    )
    return zipped(files)


def symlink():
    info = zipfile.ZipInfo("content/passwd.json")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return zipped(demo_files(), [(info, b"/etc/passwd")])


WRAPPER = "ASAN.Wrapper-1.0"
WRAPPER_SEMANTICS = [
    {"name": "intro", "type": "text", "optional": True,
     "regexp": {"pattern": "^[A-ZƏÖÜĞIŞÇ]", "modifiers": ""}},
    {"name": "layout", "type": "select", "default": "wide",
     "options": [{"value": "wide", "label": "Wide"}, {"value": "narrow", "label": "Narrow"}]},
    {"name": "question", "type": "library", "options": ["ASAN.QuickCheck 1.0"]},
    {"name": "image", "type": "image", "optional": True},
    {"name": "video", "type": "video", "optional": True},
    {"name": "overallFeedback", "type": "group", "fields": [
        {"name": "overallFeedback", "type": "list", "field": {
            "name": "range", "type": "group", "fields": [
                {"name": "from", "type": "number"},
                {"name": "to", "type": "number"},
                {"name": "feedback", "type": "text", "optional": True},
            ]}},
    ]},
]  # fmt: skip


def wrapper_files(**content):
    """A content type of our own that holds a quick check: the semantics shapes
    official content types use (a one-field group, a library field, media)."""
    files = demo_files()
    files["h5p.json"] = {
        **files["h5p.json"],
        "mainLibrary": "ASAN.Wrapper",
        "preloadedDependencies": [
            {"machineName": "ASAN.Wrapper", "majorVersion": 1, "minorVersion": 0},
            {"machineName": "ASAN.QuickCheck", "majorVersion": 1, "minorVersion": 0},
        ],
    }
    files[f"{WRAPPER}/library.json"] = {
        "title": "Wrapper", "machineName": "ASAN.Wrapper", "majorVersion": 1,
        "minorVersion": 0, "patchVersion": 0, "runnable": 1,
    }  # fmt: skip
    files[f"{WRAPPER}/semantics.json"] = WRAPPER_SEMANTICS
    files["content/content.json"] = {
        "intro": "Sual",
        "layout": "wide",
        "question": {"library": "ASAN.QuickCheck 1.0", "params": QUESTION},
        "overallFeedback": [{"from": 0, "to": 100, "feedback": "Əla"}],
        **content,
    }
    return files


HOSTILE_DIR = Path(__file__).resolve().parent / "hostile"


def hostile(site):
    """Our hostile content type, told the site's address to attack."""
    files = {
        f"ASAN.Hostile-1.0/{p.name}": p.read_bytes() for p in HOSTILE_DIR.iterdir()
    }
    files["h5p.json"] = {
        **h5p_json("Hostile"),
        "mainLibrary": "ASAN.Hostile",
        "preloadedDependencies": [
            {"machineName": "ASAN.Hostile", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    files["content/content.json"] = {"site": site}
    return zipped(files)

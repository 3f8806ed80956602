"""Every interface string is in the az and ru catalogues, translated and up to date."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ["people", "skills", "courses", "certificates", "xapi_outbox", "home", "lms"]
LANGUAGES = ["az", "ru"]


def catalogue(app, language):
    return ROOT / app / "locale" / language / "LC_MESSAGES" / "django.po"


def msgids(path):
    """Every msgid of a catalogue, continuation lines joined (tools wrap differently)."""
    ids, current, in_msgid = set(), None, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#~"):
            in_msgid = False
            continue
        if line.startswith("msgid "):
            current, in_msgid = line[len("msgid ") :].strip()[1:-1], True
        elif in_msgid and line.startswith('"'):
            current += line.strip()[1:-1]
        elif in_msgid:
            ids.add(current)
            in_msgid = False
    ids.discard("")
    return ids


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("app", APPS)
def test_catalogue_is_fully_translated(app, language):
    result = subprocess.run(
        [
            "msgfmt",
            "--check",
            "--statistics",
            "-o",
            "/dev/null",
            catalogue(app, language),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "fuzzy" not in result.stderr and "untranslated" not in result.stderr, (
        result.stderr
    )


@pytest.mark.parametrize("app", APPS)
def test_catalogue_holds_every_string_of_the_source(app, tmp_path):
    copy = tmp_path / app
    shutil.copytree(
        ROOT / app, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__")
    )
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "az", "-v", "0"],
        cwd=copy,
        check=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": ""},
    )
    fresh = msgids(copy / "locale" / "az" / "LC_MESSAGES" / "django.po")
    committed = msgids(catalogue(app, "az"))
    assert fresh - committed == set(), "run makemessages and translate the new strings"

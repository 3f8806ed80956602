"""Our own small H5P content type (``demo_library/``) packed into ``.h5p`` files, for
the tests and the demo. The library is ours; no third-party H5P code is shipped."""

import io
import json
import zipfile
from pathlib import Path

LIBRARY_DIR = Path(__file__).resolve().parent / "demo_library"
MACHINE_NAME = "ASAN.QuickCheck"
FOLDER = "ASAN.QuickCheck-1.0"
TEXTS_AZ = {
    "check": "Yoxla",
    "retry": "Yenidən cəhd et",
    "correct": "Düzdür!",
    "wrong": "Düz deyil.",
    "choose": "Əvvəlcə cavab seçin.",
}


def h5p_json(title, language="az"):
    return {
        "title": title,
        "language": language,
        "mainLibrary": MACHINE_NAME,
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [
            {"machineName": MACHINE_NAME, "majorVersion": 1, "minorVersion": 0}
        ],
    }


def quick_check(question, answers, pass_percentage=100, texts=None):
    """content.json of a quick check: ``answers`` are ``(text, right, feedback)``."""
    return {
        "question": question,
        "answers": [
            {"text": text, "correct": right, "feedback": feedback}
            for text, right, feedback in answers
        ],
        "passPercentage": pass_percentage,
        "l10n": texts or TEXTS_AZ,
    }


def library_files():
    """``{name in the package: bytes}`` of the demo library folder."""
    return {
        f"{FOLDER}/{path.name}": path.read_bytes()
        for path in sorted(LIBRARY_DIR.iterdir())
        if path.is_file()
    }


def pack(files):
    """A ZIP of ``{name: bytes or JSON-able}``, as an .h5p file's bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            if not isinstance(data, bytes):
                data = json.dumps(data, ensure_ascii=False).encode()
            archive.writestr(name, data)
    return buffer.getvalue()


def demo_package(title, content, with_library=True):
    files = {"h5p.json": h5p_json(title), "content/content.json": content}
    if with_library:
        files.update(library_files())
    return pack(files)

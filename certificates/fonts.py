"""Fonts for the PDF, embedded (subset) by WeasyPrint.

They come from Debian packages the ``run`` script installs: Noto Serif and Noto Sans
(``fonts-noto-core``), falling back to DejaVu (``fonts-dejavu-core``). Both cover
Azerbaijani (ə ğ ı İ ş ç ö ü), Russian and English. The files are named here, and
the URL fetcher reads these files and no others from the file system.
"""

from functools import lru_cache
from pathlib import Path

from weasyprint.urls import path2url

NOTO = Path("/usr/share/fonts/truetype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# family, weight, style, candidate files (first found wins)
FACES = [
    ("Certificate Serif", 400, "normal", [NOTO / "NotoSerif-Regular.ttf", DEJAVU / "DejaVuSerif.ttf"]),
    ("Certificate Serif", 700, "normal", [NOTO / "NotoSerif-Bold.ttf", DEJAVU / "DejaVuSerif-Bold.ttf"]),
    ("Certificate Serif", 400, "italic", [NOTO / "NotoSerif-Italic.ttf", DEJAVU / "DejaVuSerif.ttf"]),
    ("Certificate Sans", 400, "normal", [NOTO / "NotoSans-Regular.ttf", DEJAVU / "DejaVuSans.ttf"]),
    ("Certificate Sans", 700, "normal", [NOTO / "NotoSans-Bold.ttf", DEJAVU / "DejaVuSans-Bold.ttf"]),
]  # fmt: skip


@lru_cache
def font_files():
    """``[(family, weight, style, path)]`` for each face whose file is installed."""
    found = []
    for family, weight, style, candidates in FACES:
        path = next((p for p in candidates if p.is_file()), None)
        if path:
            found.append((family, weight, style, path.resolve()))
    return found


def allowed_font_paths():
    return {path for *_face, path in font_files()}


def font_face_css():
    """``@font-face`` rules with file URLs, built here rather than typed by anyone."""
    return "\n".join(
        f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
        f"font-style: {style}; src: url('{path2url(str(path))}'); }}"
        for family, weight, style, path in font_files()
    )

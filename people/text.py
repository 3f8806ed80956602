"""Azerbaijani-aware text helpers (Python's defaults get ə, ı and İ wrong)."""

import re
import unicodedata

from django.utils.text import slugify

AZ_TO_ASCII = str.maketrans(
    {
        "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ç": "c",
        "Ç": "c", "ğ": "g", "Ğ": "g", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
    }
)  # fmt: skip
AZ_UPPER_TO_LOWER = str.maketrans({"İ": "i", "I": "ı"})
SPACES = re.compile(r"\s+")


def az_slugify(text):
    """An ASCII slug as the admin's own slug field makes it: “Vətəndaş” → “vetendas”."""
    return slugify(text.translate(AZ_TO_ASCII))


def az_lower(text):
    """Lower case by Azerbaijani rules: İ → i and I → ı (Python gives i̇ and i)."""
    return unicodedata.normalize("NFC", text).translate(AZ_UPPER_TO_LOWER).lower()


def normalise_answer(text):
    """For comparing typed answers: case by Azerbaijani rules, then dotted and
    dotless i folded together (keyboards without the Azerbaijani layout type
    “I” for “İ” and “i” for “ı”), single spaces, trimmed."""
    folded = az_lower(text).replace("\u0307", "").replace("ı", "i")
    return SPACES.sub(" ", folded).strip()


# Characters a name never contains but an attacker or a bad export may: C0/C1 controls
# (NUL, newlines, tabs), and invisible format characters, among them the bidi overrides
# and isolates that make a name display reversed (U+202A-U+202E, U+2066-U+2069).
# Zero-width (non-)joiners are kept: some scripts need them inside words.
KEPT_FORMAT_CHARACTERS = {"\u200c", "\u200d"}
LINE_BREAKS = re.compile(r"[\n\r\t\v\f\x85\u2028\u2029]+")


def clean_name(text):
    """A name as one line of visible text: controls and bidi overrides removed, line
    breaks and tabs turned into single spaces, NFC, trimmed."""
    text = unicodedata.normalize("NFC", LINE_BREAKS.sub(" ", text or ""))
    kept = "".join(
        ch
        for ch in text
        if ch in KEPT_FORMAT_CHARACTERS or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return SPACES.sub(" ", kept).strip()

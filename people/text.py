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

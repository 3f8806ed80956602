"""Azerbaijani-aware text helpers (Python's defaults get ə, ı and İ wrong)."""

from django.utils.text import slugify

AZ_TO_ASCII = str.maketrans(
    {
        "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ş": "s", "Ş": "s", "ç": "c",
        "Ç": "c", "ğ": "g", "Ğ": "g", "ö": "o", "Ö": "o", "ü": "u", "Ü": "u",
    }
)  # fmt: skip


def az_slugify(text):
    """An ASCII slug as the admin's own slug field makes it: “Vətəndaş” → “vetendas”."""
    return slugify(text.translate(AZ_TO_ASCII))

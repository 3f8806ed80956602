"""Per-field translations for small reference data (units, positions, competencies).

The base field holds the Azerbaijani text, the primary language; ``<field>_ru`` and
``<field>_en`` hold optional translations. Reference rows stay one row each, so the
foreign keys of results and evidence never depend on a language.
"""

from django.utils.translation import get_language

TRANSLATED_LANGUAGES = ("ru", "en")


def current_language():
    return (get_language() or "az").split("-")[0]


class TranslatedField:
    """Descriptor: the field's text in the active language, falling back to Azerbaijani."""

    def __init__(self, field_name):
        self.field_name = field_name

    def __get__(self, instance, owner):
        if instance is None:
            return self
        language = current_language()
        if language in TRANSLATED_LANGUAGES:
            value = getattr(instance, f"{self.field_name}_{language}", "")
            if value:
                return value
        return getattr(instance, self.field_name)

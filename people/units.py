"""A unit's name with its context: six centres each have an "Ön ofis", so a unit is
shown as its path below the agency, "Bakı 1 › Ön ofis".

Labels are built from the names of every unit, read in one query the first time a
request (or a background task) needs one and forgotten when the next one starts or a
unit changes, so a listing of a hundred employees costs one query, not a hundred.
"""

from contextvars import ContextVar

from .translation import current_language

SEPARATOR = " › "
TRANSLATED = ("ru", "en")

_names = ContextVar("org_unit_names", default=None)


def unit_names():
    """``{path: {"az": name, "ru": name_ru, "en": name_en}}`` of every unit."""
    names = _names.get()
    if names is None:
        from .models import OrgUnit

        rows = OrgUnit.objects.order_by().values_list(
            "path", "name", "name_ru", "name_en"
        )
        names = {path: {"az": az, "ru": ru, "en": en} for path, az, ru, en in rows}
        _names.set(names)
    return names


def forget_unit_names(**kwargs):
    _names.set(None)


def path_label(path, steplen, language=None, fresh=False):
    """The unit at ``path`` named with its ancestors below the top of the tree, or
    None if there is no unit at ``path``."""
    language = language or current_language()
    names = unit_names()
    depth = len(path) // steplen
    first = 2 if depth > 1 else 1  # the agency itself is the context of everything
    parts = []
    for level in range(first, depth + 1):
        found = names.get(path[: level * steplen])
        if found is None and not fresh:  # changed since the names were read
            forget_unit_names()
            return path_label(path, steplen, language, fresh=True)
        if found is None:
            return None
        parts.append(localized(found, language))
    return SEPARATOR.join(parts)


def localized(names, language):
    if language in TRANSLATED and names[language]:
        return names[language]
    return names["az"]

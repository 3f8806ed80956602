"""Placeholders in a template's title and text: checked on save, filled in safely.

Authors write ``{employee_name}``; ``{{`` and ``}}`` print a literal brace. The text
and every value are HTML-escaped before ``str.format_map`` joins them, and a field
may name only a placeholder of the list: no attributes, indexes, conversions or
format specifications, so a template can neither inject markup nor reach into
Python objects.
"""

import re
from string import Formatter

from django.core.exceptions import ValidationError
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

PLACEHOLDERS = (
    "employee_name",
    "course_title",
    "course_hours",
    "issue_date",
    "expiry_date",
    "competencies",
    "verification_url",
    "code",
)
KNOWN = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def problems(text):
    """What is wrong with the placeholders of ``text``, as readable sentences."""
    try:
        fields = [
            (name, conversion, spec)
            for _literal, name, spec, conversion in Formatter().parse(text)
            if name is not None
        ]
    except ValueError:
        return [_("A brace is not closed. Write {{ and }} to print a brace itself.")]
    return [
        _("Unknown placeholder {%(name)s}. Use one of: %(known)s.")
        % {"name": name, "known": known_list()}
        for name, conversion, spec in fields
        if name not in PLACEHOLDERS or conversion or spec
    ]


def known_list():
    return ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)


def validate_placeholders(text):
    found = problems(text or "")
    if found:
        raise ValidationError(found)


def fill(text, values):
    """``text`` with placeholders replaced; safe HTML, each value in its own span."""
    wrapped = {
        name: format_html(
            '<span class="value value--{}">{}</span>', name, values.get(name, "")
        )
        for name in PLACEHOLDERS
    }
    escaped = str(conditional_escape(text or ""))
    if problems(escaped):
        # Saved before validation existed: fill what is known, show the rest as typed.
        return mark_safe(KNOWN.sub(lambda match: wrapped[match.group(1)], escaped))
    return mark_safe(escaped.format_map(wrapped))


def paragraphs(text, values):
    """Blank lines separate paragraphs; a single newline breaks the line."""
    filled = str(fill(text, values)).replace("\r\n", "\n")
    blocks = [block.strip() for block in filled.split("\n\n")]
    return [mark_safe(block.replace("\n", "<br>")) for block in blocks if block]

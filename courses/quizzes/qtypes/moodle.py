"""The small pieces of Moodle XML (question/format/xml) that question types read
and write: answers with their fractions, per-answer feedback and plain texts.
The question as a whole (text, files, names, hints) is moodle_xml.py's."""

from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

from django.utils.translation import gettext as _

from ..html import plain

HTML_FORMATS = {"html", "moodle_auto_format"}
# Moodle's grade options (question_bank::fraction_options_full), as fractions.
GRADES = [
    Decimal(v)
    for v in (
        "1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5",
        "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125",
        "0.1111111", "0.1", "0.05", "0",
    )
]  # fmt: skip
GRADES_FULL = GRADES + [-g for g in GRADES if g]


class Rejected(Exception):
    """A question the file cannot give us; the message says why."""


# ---- reading ---------------------------------------------------------------------


def text_of(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def fraction_of(answer):
    """The answer's fraction (-1..1), refused unless it is one of Moodle's grades."""
    text = answer.get("fraction", "0")
    try:
        value = Decimal(text) / 100
    except InvalidOperation:
        raise Rejected(_("an answer's fraction is not a number")) from None
    for grade in GRADES_FULL:
        if abs(value - grade) < Decimal("0.00001"):
            return grade
    raise Rejected(
        _("the fraction %(fraction)s is not one of Moodle's grades")
        % {"fraction": text}
    )


def position_of(answer):
    """An ordering item's place, which Moodle writes as its fraction."""
    try:
        return Decimal(answer.get("fraction", "0"))
    except InvalidOperation:
        raise Rejected(_("an answer's fraction is not a number")) from None


def plain_text(element, path="text"):
    """The plain text of a Moodle text element (HTML reduced to its text)."""
    text = text_of(element, path)
    return plain(text) if element.get("format") in HTML_FORMATS else text


def answer_feedback(answer):
    feedback = answer.find("feedback")
    text = text_of(answer, "feedback/text")
    if feedback is not None and feedback.get("format", "html") in HTML_FORMATS:
        text = plain(text)
    return text[:500]


def is_true(element, path, default):
    """A Moodle flag (``true``/``1``); ``default`` when the element is absent."""
    if element.find(path) is None:
        return default
    return text_of(element, path).lower() in ("true", "1")


# ---- writing ---------------------------------------------------------------------


def percent_text(fraction):
    """A fraction as Moodle writes it in XML: 100, 50, 33.33333, -25."""
    value = (Decimal(fraction) * 100).quantize(Decimal("0.00001")).normalize()
    return format(value, "f")


def number_text(value):
    """A number as Moodle writes an answer or tolerance: 108, 2.5, or ``*``."""
    if str(value).strip() == "*":
        return "*"
    number = Decimal(str(value).replace(",", ".")).normalize()
    return format(number, "f")


def sub_text(parent, tag, text, **attrs):
    element = ElementTree.SubElement(parent, tag, attrs)
    ElementTree.SubElement(element, "text").text = text or ""
    return element


def flag(parent, tag, value):
    ElementTree.SubElement(parent, tag).text = "true" if value else "false"


def answer_element(element, text, fraction, feedback=""):
    answer = sub_text(
        element, "answer", text, fraction=percent_text(fraction), format="plain_text"
    )
    sub_text(answer, "feedback", feedback, format="plain_text")
    return answer

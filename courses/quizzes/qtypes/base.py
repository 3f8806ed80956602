"""What every question type shares: the base class and small helpers."""

import re
from decimal import Decimal

ZERO, ONE = Decimal(0), Decimal(1)


class InvalidAnswer(ValueError):
    """An answer that cannot belong to this attempt (a forged or stale form)."""


def field_name(slot, part=None):
    return f"q{slot}" if part is None else f"q{slot}-{part}"


def token_in(value, allowed):
    if value not in allowed:
        raise InvalidAnswer(value)
    return value


def parse_number(value):
    from ..scoring import parse_number as parse

    return parse(value)


def answer_fraction(option):
    """Short and numeric answers: every listed answer is right (100%) unless it
    has a grade of its own."""
    return option.grade / 100 if option.grade is not None else ONE


def wildcard_match(pattern, text):
    """Moodle's short-answer match: ``*`` stands for any characters."""
    if "*" not in pattern:
        return pattern == text
    parts = [re.escape(part) for part in pattern.split("*")]
    return re.fullmatch(".*".join(parts), text, flags=re.S) is not None


def shuffled(entries, rng):
    entries = list(entries)
    rng.shuffle(entries)
    return entries


class QuestionType:
    kind = ""
    label = ""
    template = ""
    input_type = ""  # choice types: the <input> type their options use
    regradable = True

    # -- authoring -----------------------------------------------------------------
    def problem(self, options, data):
        """What makes a question of this type unanswerable, or None. ``options``
        are dicts of the option fields, ``data`` the question's fields."""
        return None

    # -- attempt snapshot ----------------------------------------------------------
    def build(self, question, options, tokens, shown, key, rng, shuffle):
        """Fill ``shown`` and ``key`` for ``question`` with these ``options``."""

    # -- the attempt form ----------------------------------------------------------
    def read(self, item, data):
        """``(present, response)`` from posted ``data`` for the shown ``item``."""
        name = field_name(item["slot"])
        if name not in data:
            return False, None
        return True, self.parse(item, data.get(name))

    def parse(self, item, value):
        return value

    def form_item(self, entry, answer):
        """The shown item made ready for its template, the saved answer in place."""
        return entry

    # -- grading and review --------------------------------------------------------
    def score(self, key, response):
        raise NotImplementedError

    def right_response(self, key):
        raise NotImplementedError

    def describe(self, shown, response):
        """A (non-empty) response in words, as the employee saw it."""
        return str(response)

    # -- Moodle XML (the question's text, files and hints are moodle_xml.py's) ---
    moodle_names = ()  # the <question type="…"> values this type reads
    moodle_unsupported = ""  # why it cannot be written as Moodle XML, if it cannot

    def reads_moodle(self, element):
        """Whether this type reads the Moodle <question> ``element``."""
        return element.get("type") in self.moodle_names

    def from_moodle(self, element, fields):
        """The options (dicts of option fields) of the Moodle <question>
        ``element``; the type's own question fields go into ``fields``. Raises
        ``moodle.Rejected`` for what Moodle itself would not accept."""
        raise NotImplementedError

    def moodle_type(self, question, options):
        """The Moodle XML type this question is written as."""
        raise NotImplementedError

    def to_moodle(self, question, options, element):
        """Write the answers (fractions, feedback, tolerances, subquestions)
        into the <question> ``element``."""
        raise NotImplementedError

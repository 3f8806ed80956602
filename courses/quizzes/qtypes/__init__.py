"""Question types. Each type is one class that owns everything about it: what makes
a question of the type answerable (validation), the answer fields it shows in the
attempt form, what an attempt keeps of it (snapshot and key), how a posted answer
is read, how it is scored, how a response reads in words, and how its answers go
in and out of Moodle XML. They are registered in one place, ``TYPES``; the rest of
the quiz code asks the registry instead of branching on the type.

Conventions: a *shown* item is what the employee's attempt keeps (no answer); a
*key* is what grades it; options, items and matches are named by per-attempt
random tokens (see snapshot.py). ``score`` returns the fraction of the question's
points earned (clamped to 0..1 by the caller)."""

from .arranged import Matching, Ordering
from .base import InvalidAnswer, QuestionType, answer_fraction, field_name
from .choice import MultipleChoice, SingleChoice, TrueFalse
from .written import Numeric, ShortAnswer

__all__ = [
    "TYPES",
    "InvalidAnswer",
    "QuestionType",
    "answer_fraction",
    "field_name",
    "moodle_reader",
    "question_type",
]

TYPES = {
    t.kind: t
    for t in (
        SingleChoice(),
        MultipleChoice(),
        TrueFalse(),
        ShortAnswer(),
        Numeric(),
        Matching(),
        Ordering(),
    )
}


def question_type(kind):
    return TYPES[kind]


def moodle_reader(element):
    """The type that reads the Moodle <question> ``element``, or None."""
    return next((t for t in TYPES.values() if t.reads_moodle(element)), None)

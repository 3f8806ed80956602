"""What an attempt shows (no answer key) and, kept apart, the key to grade it.

Nothing shown correlates with the key: every option, ordering item and match is
named by a random token made for this attempt (never a database id), and the
shown order is drawn at random, independently of ids and tokens. The key maps
each token back to its option (``options``) so a regrade can read the current
answer key of the very options that were shown."""

import secrets
from decimal import Decimal
from typing import NamedTuple

from .html import sanitise
from .qtypes import question_type


class PreparedOption(NamedTuple):
    """The fields of an option an attempt copies (what the question types read)."""

    pk: int
    text: str
    is_correct: bool
    match_text: str
    feedback: str
    grade: Decimal | None
    tolerance: Decimal | None

    @property
    def fraction(self):
        """The share of the points this option earns, -1..1 (as the model's)."""
        if self.grade is not None:
            return self.grade / 100
        return Decimal(1) if self.is_correct else Decimal(0)


class PreparedQuestion(NamedTuple):
    """What an attempt copies of a question, its HTML already sanitised: made once
    for the quiz's cached structure (structure.py), not per attempt, and cheaper to
    read back from the cache than the models."""

    pk: int
    translation_key: object
    type: str
    text: str
    text_is_html: bool
    points: Decimal
    general_feedback: str
    hints: tuple
    partial_credit: bool
    true_false_answer: bool
    numeric_answer: Decimal | None
    tolerance: Decimal
    options: tuple


def prepared(question):
    """``question`` (a model with its options, or already prepared) prepared."""
    if isinstance(question, PreparedQuestion):
        return question
    html = question.text_is_html
    return PreparedQuestion(
        pk=question.pk,
        translation_key=question.translation_key,
        type=question.type,
        text=sanitise(question.text) if html else question.text,
        text_is_html=html,
        points=question.points,
        general_feedback=(
            sanitise(question.general_feedback) if html else question.general_feedback
        ),
        hints=tuple(sanitise(hint) for hint in question.hints),  # always HTML
        partial_credit=question.partial_credit,
        true_false_answer=question.true_false_answer,
        numeric_answer=question.numeric_answer,
        tolerance=question.tolerance,
        options=tuple(
            PreparedOption(*(getattr(o, name) for name in PreparedOption._fields))
            for o in question.options.all()
        ),
    )


def build_item(question, slot, rng, shuffle_options, tokens=None):
    """``(shown, key)`` for ``question`` (a model or ``prepared``) placed in
    ``slot``. With ``tokens`` (option id → token, from an earlier key) only those
    options, under those tokens: the key of the same shown question, on the
    question as it is now."""
    question = prepared(question)
    options = list(question.options)
    if tokens is None:
        tokens = new_tokens(options)
    else:
        options = [o for o in options if o.pk in tokens]
    shown = {
        "slot": slot,
        "question_id": question.pk,
        "question_key": str(question.translation_key),
        "type": question.type,
        "text": question.text,
        "html": question.text_is_html,
        "points": str(question.points),
    }
    key = {
        "slot": slot,
        "question_id": question.pk,
        "type": question.type,
        "points": str(question.points),
        "options": {tokens[o.pk]: o.pk for o in options},
        "feedback": {
            "general": question.general_feedback,
            "options": {tokens[o.pk]: o.feedback for o in options if o.feedback},
            "hints": list(question.hints),
        },
    }
    question_type(question.type).build(
        question, options, tokens, shown, key, rng, shuffle_options
    )
    return shown, key


def new_tokens(options):
    """A fresh random token per option, unique within the question."""
    tokens = {}
    while len(set(tokens.values())) != len(options):
        tokens = {o.pk: secrets.token_hex(4) for o in options}
    return tokens


def shuffled(entries, rng):
    entries = list(entries)
    rng.shuffle(entries)
    return entries

"""What an attempt shows (no answer key) and, kept apart, the key to grade it.

Nothing shown correlates with the key: every option, ordering item and match is
named by a random token made for this attempt (never a database id), and the
shown order is drawn at random, independently of ids and tokens. The key maps
each token back to its option (``options``) so a regrade can read the current
answer key of the very options that were shown."""

import secrets

from .html import sanitise
from .qtypes import question_type


def build_item(question, slot, rng, shuffle_options, tokens=None):
    """``(shown, key)`` for ``question`` placed in ``slot``. With ``tokens``
    (option id → token, from an earlier key) only those options, under those
    tokens: the key of the same shown question, on the question as it is now."""
    options = list(question.options.all())
    if tokens is None:
        tokens = new_tokens(options)
    else:
        options = [o for o in options if o.pk in tokens]
    shown = {
        "slot": slot,
        "question_id": question.pk,
        "question_key": str(question.translation_key),
        "type": question.type,
        "text": sanitise(question.text) if question.text_is_html else question.text,
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
            "general": sanitise(question.general_feedback)
            if question.text_is_html
            else question.general_feedback,
            "options": {tokens[o.pk]: o.feedback for o in options if o.feedback},
            "hints": [sanitise(hint) for hint in question.hints],  # always HTML
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

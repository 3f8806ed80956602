"""What an attempt shows (no answer key) and, kept apart, the key to grade it.

Nothing shown correlates with the key: every option, ordering item and match is
named by a random token made for this attempt (never a database id), and the
shown order is drawn at random, independently of ids and tokens. The key maps
each token back to its option (``options``) so a regrade can read the current
answer key of the very options that were shown."""

import secrets

from people.text import normalise_answer


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
        "text": question.text,
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
        },
    }
    BUILDERS[question.type](question, options, tokens, shown, key, rng, shuffle_options)
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


def choice_builder(question, options, tokens, shown, key, rng, shuffle):
    listed = [{"id": tokens[o.pk], "text": o.text} for o in options]
    shown["options"] = shuffled(listed, rng) if shuffle else listed
    key["correct"] = [tokens[o.pk] for o in options if o.is_correct]
    key["all"] = [tokens[o.pk] for o in options]
    key["partial"] = question.partial_credit
    key["option_texts"] = {tokens[o.pk]: o.text for o in options}


def true_false_builder(question, options, tokens, shown, key, rng, shuffle):
    key["answer"] = question.true_false_answer


def short_builder(question, options, tokens, shown, key, rng, shuffle):
    key["accepted"] = sorted({normalise_answer(o.text) for o in options})
    key["display"] = [o.text for o in options]


def numeric_builder(question, options, tokens, shown, key, rng, shuffle):
    key["answer"] = str(question.numeric_answer)
    key["tolerance"] = str(question.tolerance)


def matching_builder(question, options, tokens, shown, key, rng, shuffle):
    matches = new_tokens(options)  # the right-hand side has tokens of its own
    lefts = [{"id": tokens[o.pk], "text": o.text} for o in options]
    rights = [{"id": matches[o.pk], "text": o.match_text} for o in options]
    shown["left"] = shuffled(lefts, rng) if shuffle else lefts
    shown["right"] = shuffled(rights, rng)  # the right-hand side is always shuffled
    key["pairs"] = {tokens[o.pk]: matches[o.pk] for o in options}
    key["right_texts"] = {matches[o.pk]: o.match_text for o in options}


def ordering_builder(question, options, tokens, shown, key, rng, shuffle):
    order = [tokens[o.pk] for o in options]
    items = [{"id": tokens[o.pk], "text": o.text} for o in options]
    while len(items) > 1 and [i["id"] for i in items] == order:
        rng.shuffle(items)  # never show them already in order
    shown["items"] = items
    key["order"] = order


BUILDERS = {
    "single": choice_builder,
    "multiple": choice_builder,
    "truefalse": true_false_builder,
    "short": short_builder,
    "numeric": numeric_builder,
    "matching": matching_builder,
    "ordering": ordering_builder,
}

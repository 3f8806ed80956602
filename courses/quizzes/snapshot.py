"""What an attempt shows (no answer key) and, kept apart, the key to grade it."""

import secrets

from people.text import normalise_answer


def build_item(question, slot, rng, shuffle_options):
    """``(shown, key)`` for ``question`` placed in ``slot``."""
    options = list(question.options.all())
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
        "feedback": {
            "general": question.general_feedback,
            "options": {str(o.pk): o.feedback for o in options if o.feedback},
        },
    }
    BUILDERS[question.type](question, options, shown, key, rng, shuffle_options)
    return shown, key


def choice_builder(question, options, shown, key, rng, shuffle):
    listed = [{"id": o.pk, "text": o.text} for o in options]
    if shuffle:
        rng.shuffle(listed)
    shown["options"] = listed
    key["correct"] = [o.pk for o in options if o.is_correct]
    key["all"] = [o.pk for o in options]
    key["partial"] = question.partial_credit
    key["option_texts"] = {str(o.pk): o.text for o in options}


def true_false_builder(question, options, shown, key, rng, shuffle):
    key["answer"] = question.true_false_answer


def short_builder(question, options, shown, key, rng, shuffle):
    key["accepted"] = sorted({normalise_answer(o.text) for o in options})
    key["display"] = [o.text for o in options]


def numeric_builder(question, options, shown, key, rng, shuffle):
    key["answer"] = str(question.numeric_answer)
    key["tolerance"] = str(question.tolerance)


def matching_builder(question, options, shown, key, rng, shuffle):
    tokens = {o.pk: secrets.token_hex(4) for o in options}
    lefts = [{"id": o.pk, "text": o.text} for o in options]
    rights = [{"id": tokens[o.pk], "text": o.match_text} for o in options]
    rng.shuffle(rights)  # the right-hand side is always shuffled
    if shuffle:
        rng.shuffle(lefts)
    shown["left"], shown["right"] = lefts, rights
    key["pairs"] = {str(o.pk): tokens[o.pk] for o in options}
    key["right_texts"] = {tokens[o.pk]: o.match_text for o in options}


def ordering_builder(question, options, shown, key, rng, shuffle):
    items = [{"id": o.pk, "text": o.text} for o in options]
    while len(items) > 1 and [i["id"] for i in items] == [o.pk for o in options]:
        rng.shuffle(items)  # never show them already in order
    shown["items"] = items
    key["order"] = [o.pk for o in options]


BUILDERS = {
    "single": choice_builder,
    "multiple": choice_builder,
    "truefalse": true_false_builder,
    "short": short_builder,
    "numeric": numeric_builder,
    "matching": matching_builder,
    "ordering": ordering_builder,
}

"""Question types. Each type is one class that owns everything about it: what makes
a question of the type answerable (validation), the answer fields it shows in the
attempt form, what an attempt keeps of it (snapshot and key), how a posted answer
is read, how it is scored, how a response reads in words, and how it goes in and
out of Moodle XML. They are registered in one place, ``TYPES``; the rest of the
quiz code asks the registry instead of branching on the type.

Conventions: a *shown* item is what the employee's attempt keeps (no answer); a
*key* is what grades it; options, items and matches are named by per-attempt
random tokens (see snapshot.py). ``score`` returns the fraction of the question's
points earned (clamped to 0..1 by the caller)."""

import re
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from people.text import normalise_answer

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
    from .scoring import parse_number as parse

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

    def moodle_type(self, question, options):
        """The Moodle XML type this question is written as."""
        raise NotImplementedError

    def describe(self, shown, response):
        """A (non-empty) response in words, as the employee saw it."""
        return str(response)


class ChoiceType(QuestionType):
    template = "quizzes/includes/types/choice.html"

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        listed = [{"id": tokens[o.pk], "text": o.text} for o in options]
        shown["options"] = shuffled(listed, rng) if shuffle else listed
        key["correct"] = [tokens[o.pk] for o in options if o.is_correct]
        key["all"] = [tokens[o.pk] for o in options]
        key["partial"] = question.partial_credit
        key["option_texts"] = {tokens[o.pk]: o.text for o in options}

    def form_item(self, entry, answer):
        chosen = answer if isinstance(answer, list) else [answer]
        entry["options"] = [
            dict(o, checked=o["id"] in chosen) for o in entry["options"]
        ]
        return entry

    def describe(self, shown, response):
        names = {o["id"]: o["text"] for o in shown["options"]}
        chosen = response if isinstance(response, list) else [response]
        return "; ".join(names.get(c, "?") for c in chosen)


class SingleChoice(ChoiceType):
    kind = "single"
    label = gettext_lazy("Single choice")
    input_type = "radio"

    def problem(self, options, data):
        right = [o for o in options if o.get("is_correct")]
        if len(options) < 2 or len(right) != 1:
            return _(
                "A single-choice question needs two or more options, one of them right."
            )
        return None

    def parse(self, item, value):
        if value == "":
            return None
        return token_in(value, {o["id"] for o in item["options"]})

    def score(self, key, response):
        if "fractions" in key:  # Moodle: the chosen answer's grade (100/50/0…)
            return Decimal(key["fractions"].get(response, 0)) if response else ZERO
        return ONE if response is not None and response in key["correct"] else ZERO

    def right_response(self, key):
        fractions = key.get("fractions")
        if fractions:
            return max(fractions, key=lambda token: Decimal(fractions[token]))
        return key["correct"][0] if key["correct"] else None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        super().build(question, options, tokens, shown, key, rng, shuffle)
        key["fractions"] = {tokens[o.pk]: str(o.fraction) for o in options}

    def moodle_type(self, question, options):
        return "multichoice"


class MultipleChoice(ChoiceType):
    kind = "multiple"
    label = gettext_lazy("Multiple choice")
    input_type = "checkbox"

    def problem(self, options, data):
        if len(options) < 2 or not [o for o in options if o.get("is_correct")]:
            return _(
                "A multiple-choice question needs two or more options, at least one right."
            )
        grades = [o.get("grade") for o in options if o.get("grade") is not None]
        if grades and abs(sum(g for g in grades if g > 0) - 100) > Decimal("0.01"):
            return _("The positive grades of the options must add up to 100%.")
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        super().build(question, options, tokens, shown, key, rng, shuffle)
        if any(o.grade is not None for o in options):
            key["fractions"] = {tokens[o.pk]: str(o.fraction) for o in options}

    def moodle_type(self, question, options):
        if question.partial_credit or any(o.grade is not None for o in options):
            return "multichoice"
        return "multichoiceset"  # all or nothing

    def read(self, item, data):
        name = field_name(item["slot"])
        if field_name(item["slot"], "present") not in data and name not in data:
            return False, None
        allowed = {o["id"] for o in item["options"]}
        values = [v for v in data.getlist(name) if v != ""]
        return True, sorted({token_in(v, allowed) for v in values})

    def score(self, key, response):
        chosen = set(response or [])
        correct, everything = set(key["correct"]), set(key["all"])
        chosen &= everything
        if "fractions" in key:  # Moodle multichoice: the chosen grades summed
            return sum((Decimal(key["fractions"][c]) for c in chosen), ZERO)
        if not key.get("partial"):
            return ONE if chosen == correct else ZERO
        wrong = everything - correct
        earned = Decimal(len(chosen & correct)) / Decimal(len(correct))
        if wrong:
            earned -= Decimal(len(chosen & wrong)) / Decimal(len(wrong))
        return earned

    def right_response(self, key):
        return key["correct"]


class TrueFalse(QuestionType):
    kind = "truefalse"
    label = gettext_lazy("True/false")
    template = "quizzes/includes/types/truefalse.html"

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        key["answer"] = question.true_false_answer

    def parse(self, item, value):
        if value not in ("true", "false", ""):
            raise InvalidAnswer(value)
        return None if value == "" else value == "true"

    def score(self, key, response):
        return ONE if isinstance(response, bool) and response == key["answer"] else ZERO

    def right_response(self, key):
        return key["answer"]

    def describe(self, shown, response):
        return _("True") if response else _("False")

    def moodle_type(self, question, options):
        return "truefalse"


class TextType(QuestionType):
    max_length = 500

    def parse(self, item, value):
        value = value or ""
        if len(value) > self.max_length:
            raise InvalidAnswer("too long")
        return value


class ShortAnswer(TextType):
    kind = "short"
    label = gettext_lazy("Short text answer")
    template = "quizzes/includes/types/short.html"

    def problem(self, options, data):
        return None if options else _("Add every accepted answer as an option.")

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        graded = [o for o in options if answer_fraction(o) > 0]
        key["answers"] = [
            [normalise_answer(o.text), str(answer_fraction(o))] for o in graded
        ]
        best = sorted(graded, key=lambda o: -answer_fraction(o))
        key["display"] = [o.text for o in best]

    def score(self, key, response):
        """Moodle's rule: the first answer (in the author's order) that matches
        earns its grade; ``*`` in an answer matches any characters."""
        if not isinstance(response, str) or not response.strip():
            return ZERO
        given = normalise_answer(response)
        if "answers" not in key:
            return ONE if given in key["accepted"] else ZERO
        for pattern, fraction in key["answers"]:
            if wildcard_match(pattern, given):
                return Decimal(fraction)
        return ZERO

    def right_response(self, key):
        return key["display"][0] if key["display"] else ""

    def moodle_type(self, question, options):
        return "shortanswer"


class Numeric(TextType):
    kind = "numeric"
    label = gettext_lazy("Numeric")
    template = "quizzes/includes/types/numeric.html"
    max_length = 50

    def problem(self, options, data):
        if data.get("numeric_answer") is None:
            return _("A numeric question needs its answer.")
        for option in options:
            if option.get("text") != "*" and parse_number(option.get("text")) is None:
                return _("Every numeric answer must be a number (or *).")
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        key["answer"] = str(question.numeric_answer)
        key["tolerance"] = str(question.tolerance)
        key["answers"] = [[key["answer"], key["tolerance"], "1"]] + [
            [o.text.strip(), str(o.tolerance or 0), str(answer_fraction(o))]
            for o in options
            if o.text.strip() == "*" or parse_number(o.text) is not None
        ]

    def score(self, key, response):
        """Every answer whose range holds the number counts; the best one wins,
        whatever its position (``*`` matches any number)."""
        number = parse_number(response)
        if number is None:
            return ZERO
        answers = key.get("answers") or [[key["answer"], key["tolerance"], "1"]]
        return max(
            (
                Decimal(fraction)
                for answer, tolerance, fraction in answers
                if answer == "*"
                or abs(number - parse_number(answer)) <= Decimal(tolerance)
            ),
            default=ZERO,
        )

    def moodle_type(self, question, options):
        return "numerical"

    def right_response(self, key):
        return key["answer"]

    def describe(self, shown, response):
        from .review import plain_number

        return plain_number(response)


class Matching(QuestionType):
    kind = "matching"
    label = gettext_lazy("Matching")
    template = "quizzes/includes/types/matching.html"
    regradable = False

    def problem(self, options, data):
        """Two or more items, each with its match; a match without an item is a
        distractor (a wrong choice offered on the right)."""
        items = [o for o in options if o.get("text")]
        if len(items) < 2 or any(not o.get("match_text") for o in items):
            return _(
                "A matching question needs two or more items, each with its match."
            )
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        from .snapshot import new_tokens

        items = [o for o in options if o.text]
        matches = new_tokens(options)  # the right-hand side has tokens of its own
        lefts = [{"id": tokens[o.pk], "text": o.text} for o in items]
        rights = [
            {"id": matches[o.pk], "text": o.match_text} for o in options if o.match_text
        ]
        shown["left"] = shuffled(lefts, rng) if shuffle else lefts
        shown["right"] = shuffled(rights, rng)  # the right-hand side always is
        key["pairs"] = {tokens[o.pk]: matches[o.pk] for o in items}
        key["right_texts"] = {r["id"]: r["text"] for r in rights}

    def moodle_type(self, question, options):
        return "matching"

    def read(self, item, data):
        tokens = {r["id"] for r in item["right"]}
        answer, present = {}, False
        for left in item["left"]:
            name = field_name(item["slot"], left["id"])
            if name in data:
                present = True
                value = data.get(name)
                if value:
                    answer[left["id"]] = token_in(value, tokens)
        return present, answer

    def form_item(self, entry, answer):
        given = answer if isinstance(answer, dict) else {}
        entry["left"] = [
            dict(o, selected=given.get(o["id"], "")) for o in entry["left"]
        ]
        return entry

    def score(self, key, response):
        pairs = key["pairs"]
        given = response if isinstance(response, dict) else {}
        right = sum(1 for left, token in pairs.items() if given.get(left) == token)
        return Decimal(right) / Decimal(len(pairs))

    def right_response(self, key):
        return key["pairs"]

    def describe(self, shown, response):
        lefts = {o["id"]: o["text"] for o in shown["left"]}
        rights = {o["id"]: o["text"] for o in shown["right"]}
        return "; ".join(
            f"{lefts.get(k, '?')} → {rights.get(v, '?')}" for k, v in response.items()
        )


class Ordering(QuestionType):
    kind = "ordering"
    label = gettext_lazy("Ordering")
    template = "quizzes/includes/types/ordering.html"
    regradable = False

    def problem(self, options, data):
        if len(options) < 2:
            return _("An ordering question needs two or more items.")
        return None

    def build(self, question, options, tokens, shown, key, rng, shuffle):
        order = [tokens[o.pk] for o in options]
        items = [{"id": tokens[o.pk], "text": o.text} for o in options]
        while len(items) > 1 and [i["id"] for i in items] == order:
            rng.shuffle(items)  # never show them already in order
        shown["items"] = items
        key["order"] = order

    def read(self, item, data):
        ids = [entry["id"] for entry in item["items"]]
        places = {str(n) for n in range(1, len(ids) + 1)}
        positions, present = {}, False
        for item_id in ids:
            name = field_name(item["slot"], item_id)
            if name in data:
                present = True
                value = data.get(name)
                if value:
                    positions[item_id] = int(token_in(value, places))
        if not present:
            return False, None
        return True, [i for i, _ in sorted(positions.items(), key=lambda kv: kv[1])]

    def form_item(self, entry, answer):
        order = answer if isinstance(answer, list) else []
        entry["items"] = [
            dict(o, position=order.index(o["id"]) + 1 if o["id"] in order else None)
            for o in entry["items"]
        ]
        entry["positions"] = list(range(1, len(entry["items"]) + 1))
        return entry

    def score(self, key, response):
        order = key["order"]
        given = response if isinstance(response, list) else []
        right = sum(
            1
            for index, item in enumerate(order)
            if index < len(given) and given[index] == item
        )
        return Decimal(right) / Decimal(len(order))

    def right_response(self, key):
        return key["order"]

    def moodle_type(self, question, options):
        return "ordering"

    def describe(self, shown, response):
        names = {o["id"]: o["text"] for o in shown["items"]}
        return " → ".join(names.get(i, "?") for i in response)


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

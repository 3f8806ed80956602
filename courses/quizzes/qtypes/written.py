"""Typed answers: short text and numbers."""

from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from people.text import normalise_answer

from . import moodle
from .base import (
    ONE,
    ZERO,
    InvalidAnswer,
    QuestionType,
    answer_fraction,
    parse_number,
    wildcard_match,
)


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

    moodle_names = ("shortanswer",)

    def from_moodle(self, element, fields):
        """The answers worth something; the others only say what is wrong,
        which a wrong answer already earns."""
        options = []
        for answer in element.findall("answer"):
            fraction, text = moodle.fraction_of(answer), moodle.plain_text(answer)
            if fraction > 0 and text:
                options.append(
                    {
                        "text": text,
                        "is_correct": fraction == 1,
                        "grade": fraction * 100,
                        "feedback": moodle.answer_feedback(answer),
                    }
                )
        if options and max(o["grade"] for o in options) != 100:
            raise moodle.Rejected(_("one of the answers must be worth 100%"))
        return options

    def moodle_type(self, question, options):
        return "shortanswer"

    def to_moodle(self, question, options, element):
        ElementTree.SubElement(element, "usecase").text = "0"
        for option in options:
            moodle.answer_element(
                element, option.text, answer_fraction(option), option.feedback
            )


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

    moodle_names = ("numerical",)

    def from_moodle(self, element, fields):
        """The first answer worth 100% is the question's answer, the others
        (with their grades and tolerances) its options."""
        options = [self.moodle_answer(answer) for answer in element.findall("answer")]
        best = next(
            (o for o in options if o["grade"] == 100 and o["text"] != "*"), None
        )
        if best is None:
            raise moodle.Rejected(_("no answer is worth 100%"))
        fields["numeric_answer"] = Decimal(best["text"])
        fields["tolerance"] = best["tolerance"]
        return [o for o in options if o is not best]

    def moodle_answer(self, answer):
        fraction = moodle.fraction_of(answer)
        text = moodle.plain_text(answer).replace(",", ".")
        try:
            tolerance = Decimal(moodle.text_of(answer, "tolerance") or "0")
            if text != "*":
                Decimal(text)
        except InvalidOperation:
            raise moodle.Rejected(_("the answer is not a number")) from None
        return {
            "text": text,
            "is_correct": fraction == 1,
            "grade": fraction * 100,
            "tolerance": abs(tolerance),
            "feedback": moodle.answer_feedback(answer),
        }

    def moodle_type(self, question, options):
        return "numerical"

    def to_moodle(self, question, options, element):
        answers = [(question.numeric_answer, question.tolerance, ONE, "")]
        answers += [
            (o.text, o.tolerance or 0, answer_fraction(o), o.feedback) for o in options
        ]
        for text, tolerance, fraction, feedback in answers:
            answer = moodle.answer_element(
                element, moodle.number_text(text), fraction, feedback
            )
            ElementTree.SubElement(answer, "tolerance").text = moodle.number_text(
                tolerance
            )

    def right_response(self, key):
        return key["answer"]

    def describe(self, shown, response):
        from ..review import plain_number

        return plain_number(response)

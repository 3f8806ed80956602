"""Choice questions: single choice, multiple choice and true/false."""

from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import moodle
from .base import ONE, ZERO, InvalidAnswer, QuestionType, field_name, shuffled, token_in


def single_answer(element):
    """Moodle's multichoice ``<single>`` flag; Moodle reads a missing one as true."""
    return moodle.is_true(element, "single", default=True)


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

    def moodle_options(self, element, single):
        """The options of a Moodle multichoice: each answer with its grade."""
        answers = element.findall("answer")
        fractions = [moodle.fraction_of(a) for a in answers]
        if single and max(fractions, default=0) != 1:
            raise moodle.Rejected(_("one of the choices must be worth 100%"))
        return [
            {
                "text": moodle.plain_text(a),
                "is_correct": f == 1 if single else f > 0,
                "grade": f * 100,
                "feedback": moodle.answer_feedback(a),
            }
            for a, f in zip(answers, fractions, strict=True)
        ]

    def write_choices(self, element, options, fractions, single=None):
        if single is not None:
            moodle.flag(element, "single", single)
        moodle.flag(element, "shuffleanswers", True)
        for option, fraction in zip(options, fractions, strict=True):
            moodle.answer_element(element, option.text, fraction, option.feedback)


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

    moodle_names = ("multichoice",)

    def reads_moodle(self, element):
        return super().reads_moodle(element) and single_answer(element)

    def from_moodle(self, element, fields):
        fields["partial_credit"] = False
        return self.moodle_options(element, single=True)

    def moodle_type(self, question, options):
        return "multichoice"

    def to_moodle(self, question, options, element):
        fractions = [o.fraction for o in options]  # partial grades kept
        self.write_choices(element, options, fractions, single=True)


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

    moodle_names = ("multichoice", "multichoiceset")

    def reads_moodle(self, element):
        all_or_nothing = element.get("type") == "multichoiceset"
        return super().reads_moodle(element) and (
            all_or_nothing or not single_answer(element)
        )

    def from_moodle(self, element, fields):
        if element.get("type") != "multichoiceset":  # the chosen grades summed
            fields["partial_credit"] = True
            return self.moodle_options(element, single=False)
        fields["partial_credit"] = False  # all or nothing
        return [
            {key: option[key] for key in ("text", "is_correct", "feedback")}
            for option in self.moodle_options(element, single=False)
        ]

    def moodle_type(self, question, options):
        if question.partial_credit or any(o.grade is not None for o in options):
            return "multichoice"
        return "multichoiceset"  # all or nothing

    def to_moodle(self, question, options, element):
        right = [o for o in options if o.is_correct] or [None]
        wrong = [o for o in options if not o.is_correct] or [None]
        if self.moodle_type(question, options) == "multichoiceset":
            share = Decimal(1) / len(right)
            fractions = [share if o.is_correct else ZERO for o in options]
            return self.write_choices(element, options, fractions)
        if any(o.grade is not None for o in options):
            fractions = [o.fraction for o in options]
        else:  # partial credit: each right earns a share, each wrong costs one
            fractions = [
                Decimal(1) / len(right) if o.is_correct else -Decimal(1) / len(wrong)
                for o in options
            ]
        self.write_choices(element, options, fractions, single=False)

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

    moodle_names = ("truefalse",)

    def from_moodle(self, element, fields):
        for answer in element.findall("answer"):
            if moodle.fraction_of(answer) > 0:
                fields["true_false_answer"] = (
                    moodle.plain_text(answer).lower() == "true"
                )
        return []

    def moodle_type(self, question, options):
        return "truefalse"

    def to_moodle(self, question, options, element):
        for value in (True, False):
            right = value == question.true_false_answer
            fraction = ONE if right else ZERO
            moodle.answer_element(element, "true" if value else "false", fraction)

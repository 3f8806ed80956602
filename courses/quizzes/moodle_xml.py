"""Question banks in and out as Moodle XML, so trainers can move them between systems.

Types: multichoice (single and multiple answer), multichoiceset (all-or-nothing
multiple), truefalse, shortanswer, numerical, matching and ordering (the
qtype_ordering plugin's format). Import checks every question first and saves all
or nothing."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree

from django.db import transaction
from django.utils.translation import gettext as _

from .forms import option_problem
from .models import Question, QuestionOption

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class XmlProblem:
    number: int
    message: str

    def __str__(self):
        if not self.number:
            return self.message
        return _("Question %(number)d: %(message)s") % {
            "number": self.number,
            "message": self.message,
        }


# ---- export ---------------------------------------------------------------------


def sub_text(parent, tag, text, **attrs):
    element = ElementTree.SubElement(parent, tag, attrs)
    ElementTree.SubElement(element, "text").text = text or ""
    return element


def export_questions(questions):
    root = ElementTree.Element("quiz")
    for question in questions:
        root.append(question_element(question))
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def question_element(question):
    kind = {
        "single": "multichoice",
        "multiple": "multichoice" if question.partial_credit else "multichoiceset",
        "truefalse": "truefalse",
        "short": "shortanswer",
        "numeric": "numerical",
        "matching": "matching",
        "ordering": "ordering",
    }[question.type]
    element = ElementTree.Element("question", {"type": kind})
    sub_text(element, "name", question.text[:80])
    sub_text(element, "questiontext", question.text, format="plain_text")
    sub_text(element, "generalfeedback", question.general_feedback, format="plain_text")
    ElementTree.SubElement(element, "defaultgrade").text = str(question.points)
    EXPORTERS[question.type](element, question, list(question.options.all()))
    return element


def export_choice(element, question, options):
    ElementTree.SubElement(element, "single").text = (
        "true" if question.type == "single" else "false"
    )
    right = [o for o in options if o.is_correct] or [None]
    wrong = [o for o in options if not o.is_correct] or [None]
    for option in options:
        if question.type == "single":
            fraction = "100" if option.is_correct else "0"
        elif option.is_correct:
            fraction = f"{Decimal(100) / len(right):.5f}"
        else:
            fraction = f"{-Decimal(100) / len(wrong):.5f}"
        answer = sub_text(element, "answer", option.text, fraction=fraction)
        sub_text(answer, "feedback", option.feedback)


def export_true_false(element, question, options):
    for value in ("true", "false"):
        right = (value == "true") == question.true_false_answer
        sub_text(element, "answer", value, fraction="100" if right else "0")


def export_short(element, question, options):
    ElementTree.SubElement(element, "usecase").text = "0"
    for option in options:
        sub_text(element, "answer", option.text, fraction="100")


def export_numeric(element, question, options):
    answer = sub_text(element, "answer", str(question.numeric_answer), fraction="100")
    ElementTree.SubElement(answer, "tolerance").text = str(question.tolerance)


def export_matching(element, question, options):
    for option in options:
        pair = sub_text(element, "subquestion", option.text, format="plain_text")
        sub_text(pair, "answer", option.match_text)


def export_ordering(element, question, options):
    for position, option in enumerate(options, start=1):
        sub_text(element, "answer", option.text, fraction=str(position))


EXPORTERS = {
    "single": export_choice,
    "multiple": export_choice,
    "truefalse": export_true_false,
    "short": export_short,
    "numeric": export_numeric,
    "matching": export_matching,
    "ordering": export_ordering,
}


# ---- import ---------------------------------------------------------------------


class Rejected(Exception):
    pass


def text_of(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def parse(data):
    if len(data) > MAX_BYTES:
        raise Rejected(_("The file is larger than 5 MB."))
    if b"<!DOCTYPE" in data[:2000].upper() or b"<!ENTITY" in data.upper():
        raise Rejected(_("Files with a DOCTYPE or entities are not accepted."))
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise Rejected(_("Not well-formed XML: %s") % error) from None
    if root.tag != "quiz":
        raise Rejected(_("Not a Moodle XML question file (no <quiz> element)."))
    return [q for q in root.findall("question") if q.get("type") != "category"]


def read_question(element):
    """``(fields, options)`` for one <question>, or raise Rejected with the reason."""
    kind = element.get("type", "")
    reader = READERS.get(kind)
    if reader is None:
        raise Rejected(_("the type “%s” is not supported") % kind)
    text = text_of(element, "questiontext/text")
    if not text:
        raise Rejected(_("the question text is empty"))
    try:
        points = Decimal(text_of(element, "defaultgrade") or "1")
    except InvalidOperation:
        raise Rejected(_("the grade is not a number")) from None
    fields = {
        "text": text,
        "points": points if points > 0 else Decimal(1),
        "general_feedback": text_of(element, "generalfeedback/text"),
    }
    options = reader(element, fields)
    problem = option_problem(fields["type"], options, fields)
    if problem:
        raise Rejected(problem)
    return fields, options


def fraction(answer):
    try:
        return Decimal(answer.get("fraction", "0"))
    except InvalidOperation:
        raise Rejected(_("an answer's fraction is not a number")) from None


def read_choice(element, fields):
    single = text_of(element, "single").lower() in ("true", "1")
    if element.get("type") == "multichoiceset":
        single = False
    fields["type"] = "single" if single else "multiple"
    fields["partial_credit"] = element.get("type") == "multichoice" and not single
    return [
        {
            "text": text_of(answer, "text"),
            "is_correct": fraction(answer) > 0,
            "feedback": text_of(answer, "feedback/text")[:500],
        }
        for answer in element.findall("answer")
    ]


def read_true_false(element, fields):
    fields["type"] = "truefalse"
    for answer in element.findall("answer"):
        if fraction(answer) > 0:
            fields["true_false_answer"] = text_of(answer, "text").lower() == "true"
    return []


def read_short(element, fields):
    fields["type"] = "short"
    return [
        {"text": text_of(a, "text"), "is_correct": True}
        for a in element.findall("answer")
        if fraction(a) > 0 and text_of(a, "text")
    ]


def read_numeric(element, fields):
    fields["type"] = "numeric"
    answer = next((a for a in element.findall("answer") if fraction(a) > 0), None)
    if answer is None:
        raise Rejected(_("no right answer"))
    try:
        fields["numeric_answer"] = Decimal(text_of(answer, "text").replace(",", "."))
        fields["tolerance"] = Decimal(text_of(answer, "tolerance") or "0")
    except InvalidOperation:
        raise Rejected(_("the answer is not a number")) from None
    return []


def read_matching(element, fields):
    fields["type"] = "matching"
    return [
        {"text": text_of(pair, "text"), "match_text": text_of(pair, "answer/text")}
        for pair in element.findall("subquestion")
        if text_of(pair, "text")
    ]


def read_ordering(element, fields):
    fields["type"] = "ordering"
    answers = element.findall("answer")
    ordered = sorted(answers, key=fraction)
    return [{"text": text_of(a, "text")} for a in ordered]


READERS = {
    "multichoice": read_choice,
    "multichoiceset": read_choice,
    "truefalse": read_true_false,
    "shortanswer": read_short,
    "numerical": read_numeric,
    "matching": read_matching,
    "ordering": read_ordering,
}


def import_questions(*, data, category):
    """Create every question of the file in ``category``, or none; returns
    ``(created, problems)``."""
    try:
        elements = parse(data)
    except Rejected as rejected:
        return [], [XmlProblem(0, str(rejected))]
    parsed, problems = [], []
    for number, element in enumerate(elements, start=1):
        try:
            parsed.append(read_question(element))
        except Rejected as rejected:
            problems.append(XmlProblem(number, str(rejected)))
    if not elements:
        problems.append(XmlProblem(0, _("The file holds no questions.")))
    if problems:
        return [], problems
    with transaction.atomic():
        return [
            save_question(category, fields, options) for fields, options in parsed
        ], []


def save_question(category, fields, options):
    question = Question.objects.create(category=category, **fields)
    for order, option in enumerate(options):
        QuestionOption.objects.create(
            question=question,
            sort_order=order,
            **{k: v[:500] if isinstance(v, str) else v for k, v in option.items()},
        )
    return question

"""Question banks in and out as Moodle XML, with the meaning Moodle gives them
(question/format/xml/format.php and the question types' grading code):

- question and feedback text in ``format="html"`` is kept as HTML, sanitised with
  an allow-list (html.py); files embedded as ``<file encoding="base64">`` and
  referenced as ``@@PLUGINFILE@@/name`` become Wagtail images or documents and
  the references point at them;
- every answer's fraction is one of Moodle's grade options (or the file is
  refused, naming the question); single choice keeps partial fractions, multiple
  choice sums the chosen fractions (multichoiceset: all or nothing), short
  answers keep their fractions (first matching answer counts, ``*`` wildcard),
  numerical answers keep several answers with tolerances (the best matching one
  counts), matching keeps distractors;
- types the engine does not support are reported by name; the trainer may skip
  them and import the rest. What is imported is imported all or nothing.

Export writes names, HTML text, fractions, per-answer feedback, hints and files.
"""

import base64
import binascii
import io
import posixpath
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape
from html.parser import HTMLParser
from urllib.parse import quote, unquote
from xml.etree import ElementTree

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .forms import option_problem
from .html import plain, sanitise
from .models import Question, QuestionOption
from .qtypes import TYPES

MAX_BYTES = 20 * 1024 * 1024
PLUGINFILE = "@@PLUGINFILE@@/"
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
HTML_FORMATS = {"html", "moodle_auto_format"}
# Moodle's grade options (question_bank::fraction_options_full), as fractions.
GRADES = [
    Decimal(v)
    for v in (
        "1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5",
        "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125",
        "0.1111111", "0.1", "0.05", "0",
    )
]  # fmt: skip
GRADES_FULL = GRADES + [-g for g in GRADES if g]
# The types Moodle banks hold that this engine does not (reported by name).
TYPE_NAMES = {
    "cloze": gettext_lazy("Embedded answers (Cloze)"),
    "multianswer": gettext_lazy("Embedded answers (Cloze)"),
    "essay": gettext_lazy("Essay"),
    "ddwtos": gettext_lazy("Drag and drop into text"),
    "gapselect": gettext_lazy("Select missing words"),
    "description": gettext_lazy("Description"),
    "ddimageortext": gettext_lazy("Drag and drop onto image"),
    "ddmarker": gettext_lazy("Drag and drop markers"),
    "calculated": gettext_lazy("Calculated"),
    "calculatedsimple": gettext_lazy("Calculated simple"),
    "calculatedmulti": gettext_lazy("Calculated multichoice"),
    "randomsamatch": gettext_lazy("Random short-answer matching"),
}


@dataclass(frozen=True)
class XmlProblem:
    number: int
    message: str
    name: str = ""
    unsupported: bool = False

    def __str__(self):
        if not self.number:
            return self.message
        if self.name:
            return _("Question %(number)d “%(name)s”: %(message)s") % {
                "number": self.number,
                "name": self.name,
                "message": self.message,
            }
        return _("Question %(number)d: %(message)s") % {
            "number": self.number,
            "message": self.message,
        }


@dataclass
class ImportResult:
    created: list
    problems: list
    skipped: list  # XmlProblems of the unsupported questions left out

    def __iter__(self):  # created, problems = import_questions(...)
        return iter((self.created, self.problems))


class Rejected(Exception):
    pass


class Unsupported(Rejected):
    pass


# ---- numbers --------------------------------------------------------------------


def percent_text(fraction):
    """A fraction as Moodle writes it in XML: 100, 50, 33.33333, -25."""
    value = (Decimal(fraction) * 100).quantize(Decimal("0.00001")).normalize()
    return format(value, "f")


def fraction_of(answer):
    """The answer's fraction (-1..1), refused unless it is one of Moodle's grades."""
    text = answer.get("fraction", "0")
    try:
        value = Decimal(text) / 100
    except InvalidOperation:
        raise Rejected(_("an answer's fraction is not a number")) from None
    for grade in GRADES_FULL:
        if abs(value - grade) < Decimal("0.00001"):
            return grade
    raise Rejected(
        _("the fraction %(fraction)s is not one of Moodle's grades")
        % {"fraction": text}
    )


# ---- text and files -------------------------------------------------------------


def text_of(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def rich(element):
    """``(text, is_html, files)`` of a Moodle text element (questiontext, …)."""
    if element is None:
        return "", False, []
    text = text_of(element, "text")
    files = []
    for node in element.findall("file"):
        name = node.get("name", "")
        try:
            data = base64.b64decode((node.text or "").strip(), validate=True)
        except (binascii.Error, ValueError):
            raise Rejected(_("the file “%s” is not valid base64") % name) from None
        files.append((posixpath.join(node.get("path", "/"), name).lstrip("/"), data))
    return text, element.get("format", "html") in HTML_FORMATS, files


def as_html(text, is_html):
    return text if is_html else escape(text).replace("\n", "<br>")


def stored_file(name, data):
    """A Wagtail image (or, for anything else, a document) holding ``data``."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    base = posixpath.basename(name) or "file"
    if posixpath.splitext(base)[1].lower() in IMAGE_EXTENSIONS:
        try:
            image = get_image_model()(
                title=base, file=ImageFile(io.BytesIO(data), base)
            )
            image.save()
            return image.file.url
        except Exception:  # not an image after all: keep it as a document
            pass
    document = get_document_model()(title=base, file=ContentFile(data, name=base))
    document.save()
    return document.url


def with_files(text, urls):
    """``text`` with its @@PLUGINFILE@@ references pointing at the stored files."""
    for name, url in urls.items():
        for reference in (PLUGINFILE + quote(name), PLUGINFILE + name):
            text = text.replace(reference, url)
    return text


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for attr, value in attrs:
            if attr in ("src", "href") and value:
                self.urls.append(value)


def local_file(url):
    """``(name, bytes)`` of a file of this site that ``url`` points at, or None."""
    from wagtail.documents import get_document_model

    if url.startswith(settings.MEDIA_URL):
        path = unquote(url[len(settings.MEDIA_URL) :])
        if default_storage.exists(path):
            with default_storage.open(path) as handle:
                return posixpath.basename(path), handle.read()
    parts = url.split("/")
    if len(parts) >= 4 and parts[1] == "documents" and parts[2].isdigit():
        document = get_document_model().objects.filter(pk=int(parts[2])).first()
        if document:
            with document.file.open() as handle:
                return posixpath.basename(document.file.name), handle.read()
    return None


def rich_element(parent, tag, text, is_html, **attrs):
    """A Moodle text element; files of this site it links to go in as base64."""
    element = ElementTree.SubElement(
        parent, tag, {**attrs, "format": "html" if is_html else "plain_text"}
    )
    files = []
    if is_html and text:
        links = Links()
        links.feed(text)
        for url in dict.fromkeys(links.urls):
            found = local_file(url)
            if found:
                name, data = found
                text = text.replace(url, PLUGINFILE + quote(name))
                files.append((name, data))
    ElementTree.SubElement(element, "text").text = text or ""
    for name, data in files:
        node = ElementTree.SubElement(
            element, "file", {"name": name, "path": "/", "encoding": "base64"}
        )
        node.text = base64.b64encode(data).decode()
    return element


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
    options = list(question.options.all())
    kind = TYPES[question.type].moodle_type(question, options)
    element = ElementTree.Element("question", {"type": kind})
    sub_text(element, "name", question.name or question.text[:80])
    html = question.text_is_html
    rich_element(element, "questiontext", question.text, html)
    rich_element(element, "generalfeedback", question.general_feedback, html)
    ElementTree.SubElement(element, "defaultgrade").text = str(question.points)
    EXPORTERS[kind](element, question, options)
    for hint in question.hints:
        rich_element(element, "hint", hint, True)
    return element


def answer_element(element, text, fraction, feedback="", is_html=False):
    answer = sub_text(
        element,
        "answer",
        text,
        fraction=percent_text(fraction),
        format="html" if is_html else "plain_text",
    )
    sub_text(answer, "feedback", feedback, format="plain_text")
    return answer


def export_multichoice(element, question, options):
    single = question.type == "single"
    ElementTree.SubElement(element, "single").text = "true" if single else "false"
    ElementTree.SubElement(element, "shuffleanswers").text = "true"
    graded = single or any(o.grade is not None for o in options)
    right = [o for o in options if o.is_correct] or [None]
    wrong = [o for o in options if not o.is_correct] or [None]
    for option in options:
        if graded:
            fraction = option.fraction
        elif option.is_correct:  # partial credit: each right earns a share…
            fraction = Decimal(1) / len(right)
        else:  # …and each wrong costs a share, as the engine scores it
            fraction = -Decimal(1) / len(wrong)
        answer_element(element, option.text, fraction, option.feedback)


def export_multichoiceset(element, question, options):
    ElementTree.SubElement(element, "shuffleanswers").text = "true"
    right = [o for o in options if o.is_correct]
    for option in options:
        fraction = Decimal(1) / len(right) if option.is_correct else Decimal(0)
        answer_element(element, option.text, fraction, option.feedback)


def export_true_false(element, question, options):
    for value in ("true", "false"):
        right = (value == "true") == question.true_false_answer
        answer_element(element, value, Decimal(1 if right else 0))


def export_short(element, question, options):
    from .qtypes import answer_fraction

    ElementTree.SubElement(element, "usecase").text = "0"
    for option in options:
        answer_element(element, option.text, answer_fraction(option), option.feedback)


def export_numeric(element, question, options):
    from .qtypes import answer_fraction

    answers = [(str(question.numeric_answer), question.tolerance, Decimal(1), "")]
    answers += [
        (o.text, o.tolerance or 0, answer_fraction(o), o.feedback) for o in options
    ]
    for text, tolerance, fraction, feedback in answers:
        answer = answer_element(element, plain_number_text(text), fraction, feedback)
        ElementTree.SubElement(answer, "tolerance").text = plain_number_text(tolerance)


def plain_number_text(value):
    if str(value).strip() == "*":
        return "*"
    number = Decimal(str(value).replace(",", ".")).normalize()
    return format(number, "f")


def export_matching(element, question, options):
    ElementTree.SubElement(element, "shuffleanswers").text = "true"
    for option in options:  # an item with no text is a distractor
        pair = sub_text(element, "subquestion", option.text, format="plain_text")
        sub_text(pair, "answer", option.match_text)


def export_ordering(element, question, options):
    for position, option in enumerate(options, start=1):
        sub_text(element, "answer", option.text, fraction=str(position))


EXPORTERS = {
    "multichoice": export_multichoice,
    "multichoiceset": export_multichoiceset,
    "truefalse": export_true_false,
    "shortanswer": export_short,
    "numerical": export_numeric,
    "matching": export_matching,
    "ordering": export_ordering,
}


# ---- import ---------------------------------------------------------------------


def parse(data):
    if len(data) > MAX_BYTES:
        raise Rejected(_("The file is larger than 20 MB."))
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
    """``(fields, options, files)`` for one <question>, or raise Rejected."""
    kind = element.get("type", "")
    reader = READERS.get(kind)
    if reader is None:
        label = TYPE_NAMES.get(kind, kind)
        raise Unsupported(_("the type “%s” is not supported") % label)
    text, is_html, files = rich(element.find("questiontext"))
    if not text:
        raise Rejected(_("the question text is empty"))
    feedback, feedback_html, feedback_files = rich(element.find("generalfeedback"))
    try:
        points = Decimal(text_of(element, "defaultgrade") or "1")
    except InvalidOperation:
        raise Rejected(_("the grade is not a number")) from None
    hints = []
    for node in element.findall("hint"):
        hint, hint_html, hint_files = rich(node)
        if hint:
            hints.append(sanitise(as_html(hint, hint_html)))
            files += hint_files
    fields = {
        "name": text_of(element, "name/text")[:255],
        "text": as_html(text, is_html) if is_html else text,
        "text_is_html": is_html,
        "points": points if points > 0 else Decimal(1),
        "general_feedback": as_html(feedback, feedback_html)
        if is_html
        else plain(feedback)
        if feedback_html
        else feedback,
        "hints": hints,
    }
    options = reader(element, fields)
    problem = option_problem(fields["type"], options, fields)
    if problem:
        raise Rejected(problem)
    return fields, options, files + feedback_files


def answer_text(answer):
    text = text_of(answer, "text")
    return plain(text) if answer.get("format") in HTML_FORMATS else text


def answer_feedback(answer):
    feedback = answer.find("feedback")
    text = text_of(answer, "feedback/text")
    if feedback is not None and feedback.get("format", "html") in HTML_FORMATS:
        text = plain(text)
    return text[:500]


def read_choice(element, fields):
    answers = element.findall("answer")
    fractions = [fraction_of(a) for a in answers]
    if element.get("type") == "multichoiceset":  # all or nothing
        fields["type"], fields["partial_credit"] = "multiple", False
        return [
            {
                "text": answer_text(a),
                "is_correct": f > 0,
                "feedback": answer_feedback(a),
            }
            for a, f in zip(answers, fractions, strict=True)
        ]
    single = text_of(element, "single").lower() in ("true", "1")
    fields["type"] = "single" if single else "multiple"
    fields["partial_credit"] = not single
    if single and max(fractions, default=0) != 1:
        raise Rejected(_("one of the choices must be worth 100%"))
    return [
        {
            "text": answer_text(a),
            "is_correct": f == 1 if single else f > 0,
            "grade": f * 100,
            "feedback": answer_feedback(a),
        }
        for a, f in zip(answers, fractions, strict=True)
    ]


def read_true_false(element, fields):
    fields["type"] = "truefalse"
    for answer in element.findall("answer"):
        if fraction_of(answer) > 0:
            fields["true_false_answer"] = answer_text(answer).lower() == "true"
    return []


def read_short(element, fields):
    fields["type"] = "short"
    options = []
    for answer in element.findall("answer"):
        fraction = fraction_of(answer)
        if fraction > 0 and answer_text(answer):
            options.append(
                {
                    "text": answer_text(answer),
                    "is_correct": fraction == 1,
                    "grade": fraction * 100,
                    "feedback": answer_feedback(answer),
                }
            )
    if options and max(o["grade"] for o in options) != 100:
        raise Rejected(_("one of the answers must be worth 100%"))
    return options


def read_numeric(element, fields):
    fields["type"] = "numeric"
    options = []
    for answer in element.findall("answer"):
        fraction = fraction_of(answer)
        text = answer_text(answer).replace(",", ".")
        try:
            tolerance = Decimal(text_of(answer, "tolerance") or "0")
            if text != "*":
                Decimal(text)
        except InvalidOperation:
            raise Rejected(_("the answer is not a number")) from None
        options.append(
            {
                "text": text,
                "is_correct": fraction == 1,
                "grade": fraction * 100,
                "tolerance": abs(tolerance),
                "feedback": answer_feedback(answer),
            }
        )
    best = next((o for o in options if o["grade"] == 100 and o["text"] != "*"), None)
    if best is None:
        raise Rejected(_("no answer is worth 100%"))
    fields["numeric_answer"] = Decimal(best["text"])
    fields["tolerance"] = best["tolerance"]
    return [o for o in options if o is not best]  # the others, as options


def read_matching(element, fields):
    fields["type"] = "matching"
    options = []
    for pair in element.findall("subquestion"):
        text = text_of(pair, "text")
        if pair.get("format") in HTML_FORMATS:
            text = plain(text)
        match = text_of(pair, "answer/text")
        if text or match:  # no text: a distractor
            options.append({"text": text, "match_text": match})
    return options


def read_ordering(element, fields):
    fields["type"] = "ordering"
    answers = element.findall("answer")

    def position(answer):
        try:
            return Decimal(answer.get("fraction", "0"))
        except InvalidOperation:
            raise Rejected(_("an answer's fraction is not a number")) from None

    return [{"text": answer_text(a)} for a in sorted(answers, key=position)]


READERS = {
    "multichoice": read_choice,
    "multichoiceset": read_choice,
    "truefalse": read_true_false,
    "shortanswer": read_short,
    "numerical": read_numeric,
    "matching": read_matching,
    "ordering": read_ordering,
}


def import_questions(*, data, category, skip_unsupported=False):
    """Create the file's questions in ``category``: all of them, or none. With
    ``skip_unsupported``, questions of unsupported types are left out (and listed
    in ``skipped``) and the others imported. Returns an ImportResult."""
    try:
        elements = parse(data)
    except Rejected as rejected:
        return ImportResult([], [XmlProblem(0, str(rejected))], [])
    parsed, problems, skipped = [], [], []
    for number, element in enumerate(elements, start=1):
        name = text_of(element, "name/text")
        try:
            parsed.append(read_question(element))
        except Unsupported as unsupported:
            problem = XmlProblem(number, str(unsupported), name, unsupported=True)
            (skipped if skip_unsupported else problems).append(problem)
        except Rejected as rejected:
            problems.append(XmlProblem(number, str(rejected), name))
    if not elements:
        problems.append(XmlProblem(0, _("The file holds no questions.")))
    elif not parsed and not problems:
        problems.append(XmlProblem(0, _("No question in the file can be imported.")))
    if problems:
        return ImportResult([], problems, skipped)
    with transaction.atomic():
        created = [save_question(category, *entry) for entry in parsed]
    return ImportResult(created, [], skipped)


def save_question(category, fields, options, files):
    if files:
        urls = {name: stored_file(name, data) for name, data in files}
        fields = dict(fields)
        fields["text"] = with_files(fields["text"], urls)
        fields["general_feedback"] = with_files(fields["general_feedback"], urls)
        fields["hints"] = [with_files(hint, urls) for hint in fields["hints"]]
    question = Question.objects.create(category=category, **fields)
    QuestionOption.objects.bulk_create(
        QuestionOption(
            question=question,
            sort_order=order,
            **{k: v[:500] if isinstance(v, str) else v for k, v in option.items()},
        )
        for order, option in enumerate(options)
    )
    return question

"""Question banks in and out as Moodle XML, with the meaning Moodle gives them
(question/format/xml/format.php and the question types' grading code).

This module owns what every question shares: question and feedback text in
``format="html"`` kept as HTML, sanitised with an allow-list (html.py); files
embedded as ``<file encoding="base64">`` and referenced as ``@@PLUGINFILE@@/name``
becoming Wagtail images or documents (and going back as base64); names, points,
general feedback and hints; types the engine does not support reported by name
(the trainer may skip them); and importing all or nothing.

Each question type reads and writes its own answers (``from_moodle`` /
``to_moodle`` in qtypes/): fractions checked against Moodle's grade options,
per-answer feedback, tolerances, subquestions and distractors.
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
from .qtypes import TYPES, moodle_reader
from .qtypes.moodle import HTML_FORMATS, Rejected, sub_text, text_of

MAX_BYTES = 20 * 1024 * 1024
PLUGINFILE = "@@PLUGINFILE@@/"
IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
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


class Unsupported(Rejected):
    pass


# ---- text and files -------------------------------------------------------------


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


def export_questions(questions):
    root = ElementTree.Element("quiz")
    for question in questions:
        qtype = TYPES[question.type]
        if qtype.moodle_unsupported:  # as Moodle does: a comment in its place
            root.append(ElementTree.Comment(unsupported_note(question, qtype)))
        else:
            root.append(question_element(question))
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def unsupported_note(question, qtype):
    note = _("“%(question)s” (%(type)s) is not exported: %(reason)s") % {
        "question": question,
        "type": qtype.label,
        "reason": qtype.moodle_unsupported,
    }
    return f" {note} ".replace("--", "- -")  # a comment may not hold "--"


def question_element(question):
    options = list(question.options.all())
    qtype = TYPES[question.type]
    element = ElementTree.Element(
        "question", {"type": qtype.moodle_type(question, options)}
    )
    sub_text(element, "name", question.name or question.text[:80])
    html = question.text_is_html
    rich_element(element, "questiontext", question.text, html)
    rich_element(element, "generalfeedback", question.general_feedback, html)
    ElementTree.SubElement(element, "defaultgrade").text = str(question.points)
    qtype.to_moodle(question, options, element)
    for hint in question.hints:
        rich_element(element, "hint", hint, True)
    return element


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
    qtype = moodle_reader(element)
    if qtype is None:
        kind = element.get("type", "")
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
        "type": qtype.kind,
    }
    options = qtype.from_moodle(element, fields)
    problem = option_problem(qtype.kind, options, fields)
    if problem:
        raise Rejected(problem)
    return fields, options, files + feedback_files


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

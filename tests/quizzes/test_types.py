"""The question-type registry: one class per type, every type registered once."""

import random
from xml.etree import ElementTree

from django.template.loader import get_template

from courses.quizzes.models import Question, QuestionCategory
from courses.quizzes.moodle_xml import export_questions, import_questions
from courses.quizzes.qtypes import TYPES, QuestionType, moodle_reader
from courses.quizzes.review import describe
from courses.quizzes.scoring import score_item
from courses.quizzes.snapshot import build_item
from tests.quizzes.conftest import sample_questions


def test_every_model_type_has_exactly_one_registered_class():
    assert set(TYPES) == set(Question.Type.values)
    for kind, handler in TYPES.items():
        assert isinstance(handler, QuestionType) and handler.kind == kind
        assert handler.label == Question.Type(kind).label
        get_template(handler.template)  # its form bits exist
        for method in ("score", "right_response", "build", "read", "describe"):
            assert getattr(type(handler), method) is not getattr(
                QuestionType, method
            ) or (method in ("read", "describe")), (kind, method)


MOODLE_METHODS = ("from_moodle", "moodle_type", "to_moodle")


def test_every_type_reads_and_writes_its_own_moodle_xml_or_says_why_not():
    for kind, handler in TYPES.items():
        implemented = [
            method
            for method in MOODLE_METHODS
            if getattr(type(handler), method) is not getattr(QuestionType, method)
        ]
        if handler.moodle_unsupported:  # declared, with a reason a trainer can read
            assert len(str(handler.moodle_unsupported)) > 10, kind
            continue
        assert implemented == list(MOODLE_METHODS), kind
        assert handler.moodle_names, kind


def test_every_type_round_trips_through_moodle_xml_and_grades_the_same(category):
    originals = sample_questions(category)
    assert {q.type for q in originals} == set(TYPES)
    exported = export_questions(originals)
    root = ElementTree.fromstring(exported)
    for question, element in zip(originals, root.findall("question"), strict=True):
        assert moodle_reader(element) is TYPES[question.type], question.type
    target = QuestionCategory.objects.create(name="Geri")
    result = import_questions(data=exported, category=target)
    assert result.problems == []
    for original, copy in zip(originals, result.created, strict=True):
        assert copy.type == original.type
        assert right_answer(copy) == right_answer(original), copy.type


def right_answer(question):
    """The right response in words and what it earns, graded as an attempt is."""
    shown, key = build_item(question, 1, random.Random(0), False)
    response = TYPES[question.type].right_response(key)
    return describe(shown, key, response), score_item(key, response)


def test_an_omitted_single_flag_means_single_choice_as_in_moodle(category):
    xml = (
        '<quiz><question type="multichoice"><name><text>Bir</text></name>'
        "<questiontext><text>Sual</text></questiontext>"
        '<answer fraction="100"><text>a</text></answer>'
        '<answer fraction="0"><text>b</text></answer></question></quiz>'
    )
    result = import_questions(data=xml.encode(), category=category)
    assert [q.type for q in result.created] == ["single"]


def test_a_type_that_cannot_be_exported_is_left_as_a_comment_naming_it(
    category, monkeypatch
):
    ordering = next(q for q in sample_questions(category) if q.type == "ordering")
    monkeypatch.setattr(TYPES["ordering"], "moodle_unsupported", "no such type")
    exported = export_questions([ordering])
    assert b"<question" not in exported
    assert "no such type" in exported.decode() and "Ardıcıllıq" in exported.decode()

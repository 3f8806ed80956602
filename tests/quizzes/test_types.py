"""The question-type registry: one class per type, every type registered once."""

from django.template.loader import get_template

from courses.quizzes.models import Question
from courses.quizzes.qtypes import TYPES, QuestionType


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

"""Authoring questions through the Wagtail admin (snippet add and edit views), the
way a trainer does it: the form with its inline options posted as a formset."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from courses.quizzes.forms import HintsField, option_problem
from courses.quizzes.models import Question
from tests.quizzes.conftest import sample_questions


def bound_data(form):
    """The POST data a browser would send for ``form`` (and its inline formsets) as
    rendered, unchanged."""
    data = {}

    def add(bound):
        value = bound.value()
        if value is None or value is False:
            return
        if value is True:
            value = "on"
        data[bound.html_name] = str(value)

    for bound in form:
        if isinstance(bound.field, HintsField):
            data.update(hints_data(bound.value(), bound.html_name))
        else:
            add(bound)
    for formset in form.formsets.values():
        for bound in formset.management_form:
            add(bound)
        for subform in formset.forms:
            for bound in subform:
                add(bound)
    return data


def hints_data(texts, name="hint_texts"):
    """The hint list as Wagtail's list block posts it, with a browser's CRLF."""
    data = {f"{name}-count": str(len(texts))}
    for index, text in enumerate(texts):
        prefix = f"{name}-{index}-"
        data[prefix + "value"] = text.replace("\n", "\r\n")
        data[prefix + "deleted"] = ""
        data[prefix + "order"] = str(index)
        data[prefix + "id"] = ""
    return data


def options_data(options):
    data = {
        "options-TOTAL_FORMS": str(len(options)),
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
    }
    for index, option in enumerate(options):
        prefix = f"options-{index}-"
        data[prefix + "text"] = option.get("text", "")
        data[prefix + "match_text"] = option.get("match_text", "")
        data[prefix + "feedback"] = option.get("feedback", "")
        data[prefix + "ORDER"] = str(index + 1)
        if option.get("is_correct"):
            data[prefix + "is_correct"] = "on"
    return data


NEW_QUESTIONS = {
    "single": ({}, [
        {"text": "2012", "is_correct": True}, {"text": "2015"}, {"text": "2008"},
    ]),
    "multiple": ({"partial_credit": "on"}, [
        {"text": "şəffaflıq", "is_correct": True}, {"text": "nəzakət", "is_correct": True},
        {"text": "sürət"},
    ]),
    "truefalse": ({"true_false_answer": "on"}, []),
    "short": ({}, [{"text": "İsmayılov", "is_correct": True}, {"text": "Ismayilov"}]),
    "numeric": ({"numeric_answer": "15", "tolerance": "0.5"}, []),
    "matching": ({}, [
        {"text": "ASAN İmza", "match_text": "mobil imza"},
        {"text": "myGov", "match_text": "şəxsi kabinet"},
    ]),
    "ordering": ({}, [{"text": "Salam"}, {"text": "Dinlə"}, {"text": "Həll et"}]),
}  # fmt: skip


def add_url():
    return reverse("wagtailsnippets_quizzes_question:add")


@pytest.mark.parametrize("kind", list(NEW_QUESTIONS))
def test_trainer_adds_every_type_through_the_admin(trainer_client, category, kind):
    fields, options = NEW_QUESTIONS[kind]
    form = trainer_client.get(add_url()).context["form"]
    data = {
        **bound_data(form),
        "category": str(category.pk),
        "type": kind,
        "text": f"Sual ({kind})",
        "points": "2",
        **fields,
        **options_data(options),
    }
    response = trainer_client.post(add_url(), data)
    assert response.status_code == 302, response.context["form"].errors
    question = Question.objects.get(text=f"Sual ({kind})")
    assert question.type == kind and question.points == Decimal("2")
    assert [o.text for o in question.options.all()] == [o["text"] for o in options]


@pytest.mark.parametrize(
    "kind, options, message",
    [
        ("single", [{"text": "a", "is_correct": True}], "two or more"),
        ("single", [{"text": "a"}, {"text": "b"}], "two or more"),
        ("multiple", [{"text": "a"}, {"text": "b"}], "at least one right"),
        ("short", [], "accepted answer"),
        ("matching", [{"text": "a", "match_text": "b"}, {"text": "c"}], "its match"),
        ("ordering", [{"text": "a"}], "two or more items"),
    ],
)
def test_unanswerable_questions_are_refused_with_the_reason(
    trainer_client, category, kind, options, message
):
    form = trainer_client.get(add_url()).context["form"]
    data = {
        **bound_data(form),
        "category": str(category.pk),
        "type": kind,
        "text": "Yarımçıq sual",
        **options_data(options),
    }
    response = trainer_client.post(add_url(), data)
    assert response.status_code == 200
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        expected = option_problem(kind, options, {})
    with translation.override("en"):
        assert message in option_problem(kind, options, {})
    assert response.context["form"].non_field_errors() == [expected]
    assert not Question.objects.filter(text="Yarımçıq sual").exists()


def test_every_seeded_type_saves_again_unchanged(trainer_client, category):
    for question in sample_questions(category):
        url = reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk])
        form = trainer_client.get(url).context["form"]
        before = [(o.pk, o.text, o.is_correct) for o in question.options.all()]
        response = trainer_client.post(url, bound_data(form))
        assert response.status_code == 302, (question.type, form.errors)
        after = [(o.pk, o.text, o.is_correct) for o in question.options.all()]
        assert after == before

from decimal import Decimal

import pytest
from django.utils import timezone

from courses.models import CoursePage
from courses.quizzes.models import (
    Attempt,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizSlot,
)
from courses.services import enrol_self
from tests.courses.conftest import make_course


def add_question(category, kind, text, options=(), **fields):
    question = Question.objects.create(
        category=category, type=kind, text=text, **fields
    )
    for order, option in enumerate(options):
        if isinstance(option, str):
            option = {"text": option}
        QuestionOption.objects.create(question=question, sort_order=order, **option)
    return question


def sample_questions(category):
    """One question of every type, with what answers them right."""
    return [
        add_question(category, "single", "Agentlik nə vaxt yaradılıb?", [
            {"text": "2012", "is_correct": True}, {"text": "2015"}, {"text": "2008"},
        ]),
        add_question(category, "multiple", "Hansılar prinsipdir?", [
            {"text": "şəffaflıq", "is_correct": True},
            {"text": "nəzakətlilik", "is_correct": True},
            {"text": "sürət həddi"},
        ], points=Decimal("2"), partial_credit=True),
        add_question(category, "truefalse", "108 çağrı mərkəzinin nömrəsidir.",
                     true_false_answer=True),
        add_question(category, "short", "Soyadı yazın: İSMAYILOV", [
            {"text": "İsmayılov", "is_correct": True},
        ]),
        add_question(category, "numeric", "Cavab müddəti neçə iş günüdür?",
                     numeric_answer=Decimal("15"), tolerance=Decimal("0")),
        add_question(category, "matching", "Uyğunlaşdırın", [
            {"text": "ASAN İmza", "match_text": "mobil imza"},
            {"text": "myGov", "match_text": "şəxsi kabinet"},
        ], points=Decimal("2")),
        add_question(category, "ordering", "Ardıcıllıq", ["Salamlaşın", "Dinləyin", "Həll edin"]),
    ]  # fmt: skip


def right_answers(attempt):
    """Form data answering every question of ``attempt`` right (from its key)."""
    data = {}
    for key in attempt.key:
        slot = key["slot"]
        kind = key["type"]
        if kind == "single":
            data[f"q{slot}"] = [str(key["correct"][0])]
        elif kind == "multiple":
            data[f"q{slot}"] = [str(i) for i in key["correct"]]
            data[f"q{slot}-present"] = ["1"]
        elif kind == "truefalse":
            data[f"q{slot}"] = ["true" if key["answer"] else "false"]
        elif kind == "short":
            data[f"q{slot}"] = [key["display"][0].upper()]
        elif kind == "numeric":
            data[f"q{slot}"] = [key["answer"].replace(".", ",")]
        elif kind == "matching":
            for left, token in key["pairs"].items():
                data[f"q{slot}-{left}"] = [token]
        elif kind == "ordering":
            for position, item in enumerate(key["order"], start=1):
                data[f"q{slot}-{item}"] = [str(position)]
    return data


def as_querydict(data):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for name, values in data.items():
        query.setlist(name, values)
    return query


@pytest.fixture
def trainer_client(client, tree, make_employee):
    trainer = make_employee(tree["agency"], roles=("Trainer",), preferred_language="en")
    client.force_login(trainer.user)
    return client


@pytest.fixture
def category(db):
    return QuestionCategory.objects.create(name="Xidmət standartları")


@pytest.fixture
def questions(category):
    return sample_questions(category)


def graded(quiz, employee, enrolment, *percents):
    """Graded attempts of ``quiz`` by ``employee``, one per percent, in order."""
    for number, percent in enumerate(percents, start=1):
        Attempt.objects.create(
            employee=employee,
            quiz=quiz,
            quiz_key=quiz.translation_key,
            enrolment=enrolment,
            number=number,
            state=Attempt.State.GRADED,
            language="az",
            submitted_at=timezone.now(),
            graded_at=timezone.now(),
            percent=Decimal(percent),
            passed=Decimal(percent) >= quiz.pass_mark,
        )


def make_quiz(course, questions, **settings):
    quiz = course.add_child(instance=QuizPage(title="Yekun test", **settings))
    for order, question in enumerate(questions):
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=order)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


@pytest.fixture
def quiz_course(catalogue):
    return make_course(catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1)


@pytest.fixture
def quiz(quiz_course, questions):
    return make_quiz(quiz_course, questions)


@pytest.fixture
def enrolled(quiz_course, employee):
    return enrol_self(employee=employee, course=quiz_course)

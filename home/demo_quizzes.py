"""Demo quizzes (from ``demo_courses.QUIZZES``) and attempts in every state."""

import random
from decimal import Decimal

from django.utils import translation

from courses.models import CoursePage
from courses.quizzes.models import (
    Attempt,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizSlot,
)
from courses.quizzes.services import (
    QuizRefused,
    save_answers,
    start_attempt,
    submit_attempt,
)

from .demo_courses import QUIZZES

QUIZ_SLUG = "yekun-test"


def build_quiz(course):
    """The course's final quiz; the course then needs it passed (once, by slug)."""
    data = QUIZZES.get(course.slug)
    if data is None:
        return None
    quiz = QuizPage.objects.child_of(course).filter(slug=QUIZ_SLUG).first()
    if quiz:
        return quiz.specific
    category, _ = QuestionCategory.objects.get_or_create(name=course.title[:200])
    quiz = course.add_child(
        instance=QuizPage(
            title=data["title"], slug=QUIZ_SLUG, pass_mark=data["pass_mark"],
            attempts_allowed=3, time_limit_minutes=20, grace_seconds=60,
        )
    )  # fmt: skip
    for order, item in enumerate(data["questions"]):
        question = make_question(category, item)
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=order)
    quiz.save_revision().publish()
    CoursePage.objects.filter(pk=course.pk).update(
        pass_mode=CoursePage.PassMode.ASSESSMENTS
    )
    return quiz


def make_question(category, item):
    kind = item["type"]
    fields = {
        "category": category,
        "type": kind,
        "text": item["text"],
        "points": Decimal(str(item.get("points", 1))),
        "general_feedback": item.get("feedback", ""),
        "partial_credit": item.get("partial", False),
    }
    if kind == "truefalse":
        fields["true_false_answer"] = item["answer"]
    if kind == "numeric":
        fields["numeric_answer"] = Decimal(str(item["answer"]))
        fields["tolerance"] = Decimal(str(item.get("tolerance", 0)))
    question = Question.objects.create(**fields)
    for order, option in enumerate(question_options(item)):
        QuestionOption.objects.create(question=question, sort_order=order, **option)
    return question


def question_options(item):
    kind = item["type"]
    if kind in ("single", "multiple"):
        return [
            {"text": text, "is_correct": right, "feedback": feedback[:500]}
            for text, right, feedback in item["options"]
        ]
    if kind == "short":
        return [{"text": text, "is_correct": True} for text in item["answers"]]
    if kind == "matching":
        return [{"text": left, "match_text": right} for left, right in item["pairs"]]
    if kind == "ordering":
        return [{"text": text} for text in item["items"]]
    return []


def demo_response(key, right):
    """A response to one slot: right, or plausibly wrong."""
    kind = key["type"]
    if kind == "single":
        wrong = [i for i in key["all"] if i not in key["correct"]]
        return key["correct"][0] if right or not wrong else wrong[0]
    if kind == "multiple":
        return key["correct"] if right else key["correct"][:1]
    if kind == "truefalse":
        return key["answer"] if right else not key["answer"]
    if kind == "short":
        return key["display"][0] if right else "bilmirəm"
    if kind == "numeric":
        return key["answer"] if right else "0"
    if kind == "matching":
        pairs = key["pairs"]
        if right:
            return dict(pairs)
        lefts, tokens = list(pairs), list(pairs.values())
        return dict(zip(lefts, tokens[1:] + tokens[:1], strict=True))
    return key["order"] if right else list(reversed(key["order"]))


def take_quiz(quiz, enrolment, quality, rng, finish=True):
    """An attempt answering each question right with probability ``quality``."""
    employee = enrolment.employee
    with translation.override(employee.preferred_language):
        try:
            attempt = start_attempt(employee=employee, quiz=quiz, language="az")
        except QuizRefused:
            return None
    answers = {
        str(key["slot"]): demo_response(key, rng.random() < quality)
        for key in attempt.key
    }
    if not finish:
        half = dict(list(answers.items())[: len(answers) // 2])
        return save_answers(
            attempt_id=attempt.pk, employee=employee, version=attempt.version,
            answers=half,
        )  # fmt: skip
    return submit_attempt(attempt_id=attempt.pk, employee=employee, answers=answers)[0]


def build_attempts(enrolments):
    """After the lessons: passes, fails, retakes and one attempt left open."""
    if Attempt.objects.exists():
        return
    rng = random.Random(2015)
    for index, enrolment in enumerate(enrolments):
        quiz = (
            QuizPage.objects.child_of(enrolment.course).filter(slug=QUIZ_SLUG).first()
        )
        if quiz is None:
            continue
        if index % 7 == 3:
            take_quiz(quiz, enrolment, 0.5, rng, finish=False)
            continue
        attempt = take_quiz(quiz, enrolment, 0.9 if index % 3 else 0.45, rng)
        if attempt is not None and not attempt.passed and index % 2:
            take_quiz(quiz, enrolment, 0.95, rng)

"""Hints (Moodle's <hint>) reach the employee in the review, beside the feedback,
for an answer that earned less than full marks; never during the attempt, never
where the quiz's review options hide the feedback."""

import pytest
from django.urls import reverse

from courses.quizzes.models import Attempt, Question, QuizPage
from tests.quizzes.conftest import add_question, make_quiz

WRONG_HINT = "<p>Agentlik <b>2010-cu illərdə</b> yaradılıb.</p>"
RIGHT_HINT = "<p>Bu ipucu düz cavabda görünmür.</p>"


@pytest.fixture
def hinted_quiz(quiz_course, category):
    questions = [
        add_question(
            category,
            "single",
            "Agentlik nə vaxt yaradılıb?",
            [{"text": "2012", "is_correct": True}, {"text": "2008"}],
            hints=[WRONG_HINT, "<p>İkinci ipucu</p>"],
        ),
        add_question(
            category,
            "truefalse",
            "108 çağrı mərkəzinin nömrəsidir.",
            true_false_answer=True,
            hints=[RIGHT_HINT],
        ),
    ]
    return make_quiz(quiz_course, questions, shuffle_questions=False)


@pytest.fixture
def submitted(client, hinted_quiz, employee, enrolled):
    """An attempt answering the first question wrong and the second right; the
    attempt page (before submitting) is kept to check it."""
    client.force_login(employee.user)
    client.post(hinted_quiz.url)
    attempt = Attempt.objects.get()
    before = client.get(reverse("quizzes:attempt", args=[attempt.pk]))
    single, truefalse = attempt.questions
    wrong = next(o["id"] for o in single["options"] if o["text"] == "2008")
    client.post(
        reverse("quizzes:submit", args=[attempt.pk]),
        {"version": "0", f"q{single['slot']}": wrong, f"q{truefalse['slot']}": "true"},
    )
    return attempt, before.content.decode()


def review_page(client, attempt):
    response = client.get(reverse("quizzes:review", args=[attempt.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_hints_show_in_the_review_beside_a_wrong_answer_only(client, submitted):
    attempt, _before = submitted
    page = review_page(client, attempt)
    assert WRONG_HINT in page and "<p>İkinci ipucu</p>" in page
    assert "İpucular" in page  # two hints, headed in Azerbaijani
    assert RIGHT_HINT not in page  # the right answer needs none


def test_hints_never_show_during_the_attempt(submitted):
    _attempt, before = submitted
    assert "2010-cu illərdə" not in before and "ipucu" not in before.lower()


@pytest.mark.parametrize(
    "settings",
    [
        {"review_shows": QuizPage.ReviewShows.ANSWERS},  # no feedback shown
        {"review_shows": QuizPage.ReviewShows.SCORE},
        {"review_when": QuizPage.ReviewWhen.AFTER_CLOSE},  # not closed yet
    ],
)
def test_hints_follow_the_review_options(client, hinted_quiz, submitted, settings):
    attempt, _before = submitted
    QuizPage.objects.filter(pk=hinted_quiz.pk).update(**settings)
    assert "2010-cu illərdə" not in review_page(client, attempt)


def test_the_review_shows_the_hints_the_attempt_was_started_with(client, submitted):
    attempt, _before = submitted
    Question.objects.update(hints=["<p>Yeni ipucu</p>"])
    page = review_page(client, attempt)
    assert WRONG_HINT in page and "Yeni ipucu" not in page

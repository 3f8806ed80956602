"""What trainers and employees read shows what the employee saw: question counts
with random slots, option texts (never tokens), Doğru/Yanlış, plain numbers."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from courses.quizzes.models import QuizSlot
from tests.quizzes.conftest import add_question, make_quiz
from tests.quizzes.test_admin_reports import take

TOKEN = re.compile(r"\b[0-9a-f]{8}\b")


def test_a_random_slot_of_five_counts_as_five_questions(
    client, quiz_course, category, questions, employee, enrolled
):
    quiz = make_quiz(quiz_course, questions[:1])
    QuizSlot.objects.create(quiz=quiz, category=category, random_count=5, sort_order=1)
    client.force_login(employee.user)
    page = client.get(quiz.url)
    assert page.context["question_count"] == 6
    assert "<dd>6</dd>" in page.content.decode()


@pytest.fixture
def trainer(client, tree, make_employee):
    person = make_employee(tree["agency"], roles=("Trainer",), preferred_language="az")
    client.force_login(person.user)
    return person


def test_item_analysis_labels_responses_as_the_employee_saw_them(
    client, quiz, tree, make_employee, trainer
):
    people = [make_employee(tree["front"]) for _ in range(2)]
    take(quiz, people[0], right=True)
    take(quiz, people[1], right=False)
    client.force_login(trainer.user)
    response = client.get(reverse("quizzes_item_analysis"), {"quiz": quiz.pk})
    stats = response.context["stats"]
    labels = {r["label"] for row in stats for r in row["responses"]}
    assert "2012" in labels  # the option's text
    assert "Doğru" in labels and "true" not in labels
    assert "15" in labels and not any("0000" in label for label in labels)
    assert any("ASAN İmza → mobil imza" in label for label in labels)
    assert "Salamlaşın → Dinləyin → Həll edin" in labels
    assert not any(TOKEN.search(label) for label in labels)
    for row in stats:
        assert sum(r["percent"] for r in row["responses"]) == 100
        assert {r["percent"] for r in row["responses"]} == {50.0}
    html = response.content.decode()
    assert people[0].full_name in html and people[1].full_name in html


def test_review_shows_numbers_without_trailing_zeros(
    client, quiz_course, category, employee, enrolled
):
    question = add_question(
        category, "numeric", "Çağrı mərkəzi?", numeric_answer=Decimal("108")
    )
    quiz = make_quiz(quiz_course, [question])
    client.force_login(employee.user)
    client.post(quiz.url)
    from courses.quizzes.models import Attempt

    attempt = Attempt.objects.get()
    slot = attempt.questions[0]["slot"]
    client.post(
        reverse("quizzes:submit", args=[attempt.pk]),
        {"version": "0", f"q{slot}": "107,50"},
    )
    review = client.get(reverse("quizzes:review", args=[attempt.pk]))
    entry = review.context["items"][0]
    assert entry["right_text"] == "108"
    assert entry["response_text"] == "107,5"
    assert "108.0000" not in review.content.decode()

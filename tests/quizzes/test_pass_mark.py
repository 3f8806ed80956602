"""One pass decision, exactly at the pass mark and just below it, wherever a quiz
result is judged: the attempt, the course result, the regrade and the report."""

from decimal import Decimal

import pytest
from django.urls import reverse

from courses.models import Enrolment
from courses.quizzes.models import Attempt
from courses.quizzes.responses import read_answers
from courses.quizzes.scoring import passed
from courses.quizzes.services import regrade_quiz, start_attempt, submit_attempt
from courses.services import complete_lesson
from tests.quizzes.conftest import as_querydict, make_quiz, right_answers


@pytest.mark.parametrize(
    "result, mark, expected",
    [
        (Decimal("70.00"), 70, True),
        (Decimal("69.99"), 70, False),
        (Decimal("70.01"), 70, True),
        (Decimal("100"), 100, True),
        (Decimal("0"), 0, True),
        (None, 0, False),
    ],
)
def test_passed_at_and_below_the_mark(result, mark, expected):
    assert passed(result, mark) is expected


def half_right(quiz, employee):
    """An attempt with exactly 50%: the first of two one-point questions right."""
    attempt = start_attempt(employee=employee, quiz=quiz, language="az")
    first = attempt.key[0]
    data = {
        k: v
        for k, v in right_answers(attempt).items()
        if k.split("-")[0] == f"q{first['slot']}"
    }
    answers = read_answers(attempt.questions, as_querydict(data))
    return submit_attempt(attempt_id=attempt.pk, employee=employee, answers=answers)[0]


@pytest.mark.parametrize("mark, expected", [(50, True), (51, False)])
def test_exactly_at_the_pass_mark_passes_everywhere(
    client,
    quiz_course,
    questions,
    employee,
    enrolled,
    tree,
    make_employee,
    django_user_model,
    django_capture_on_commit_callbacks,
    mark,
    expected,
):
    single, truefalse = questions[0], questions[2]
    quiz = make_quiz(
        quiz_course, [single, truefalse], pass_mark=mark, shuffle_questions=False
    )
    complete_lesson(enrolment=enrolled, lesson=quiz_course.lessons()[0])
    with django_capture_on_commit_callbacks(execute=True):
        attempt = half_right(quiz, employee)
    assert attempt.percent == Decimal("50.00")
    assert attempt.passed is expected  # the attempt
    enrolled.refresh_from_db()
    assert (enrolled.status == Enrolment.Status.PASSED) is expected  # the course
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    rows = client.get(reverse("quizzes_results_report"), {"quiz": quiz.pk}).context[
        "object_list"
    ]
    assert [row["passed"] for row in rows] == [expected]  # the report
    # the regrade: fixing the question moves a 0% attempt onto the mark
    second = start_attempt(employee=employee, quiz=quiz, language="az")
    shown = next(item for item in second.questions if item["type"] == "single")
    wrong = next(o["id"] for o in shown["options"] if o["text"] == "2015")
    second = submit_attempt(
        attempt_id=second.pk,
        employee=employee,
        answers={str(shown["slot"]): wrong},
    )[0]
    assert second.percent == 0 and not second.passed
    single.options.filter(text="2015").update(is_correct=True)
    by = django_user_model.objects.create(username="regrader")
    assert regrade_quiz(quiz=quiz, by=by) == 2  # both keys changed
    second = Attempt.objects.get(pk=second.pk)
    assert second.percent == Decimal("50.00")
    assert second.passed is expected

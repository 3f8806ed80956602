"""On PostgreSQL, real concurrency: threads meet at a barrier and race."""

import threading

import pytest
from django.db import close_old_connections, connection

from courses.quizzes.models import Attempt, AttemptItem
from courses.quizzes.services import start_attempt, submit_attempt
from courses.services import enrol_self
from tests.quizzes.conftest import (
    as_querydict,
    make_quiz,
    right_answers,
    sample_questions,
)

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite serialises all writers"
    ),
]


def race(worker, count=2):
    """Run ``worker`` in ``count`` threads that start at the same instant."""
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(worker())
        except Exception as error:  # noqa: BLE001 - reported by the test
            errors.append(error)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


@pytest.fixture
def setup(catalogue, employee, category):
    from courses.models import CoursePage
    from tests.courses.conftest import make_course

    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    quiz = make_quiz(course, sample_questions(category))
    enrol_self(employee=employee, course=course)
    return quiz, employee


ROUNDS = 10  # a race is lost only sometimes: run it often, in one database setup


def test_two_simultaneous_submits_grade_once(setup):
    from courses.quizzes.responses import read_answers

    quiz, employee = setup
    for _round in range(ROUNDS):
        Attempt.objects.all().delete()
        attempt = start_attempt(employee=employee, quiz=quiz, language="az")
        answers = read_answers(attempt.questions, as_querydict(right_answers(attempt)))
        results, errors = race(
            lambda attempt=attempt, answers=answers: submit_attempt(
                attempt_id=attempt.pk, employee=employee, answers=answers
            )
        )
        assert errors == []
        assert sorted(graded for _a, graded in results) == [False, True]
        assert Attempt.objects.filter(state="graded").count() == 1
        assert AttemptItem.objects.filter(attempt=attempt).count() == 7


def test_two_simultaneous_starts_make_one_open_attempt(setup):
    quiz, employee = setup
    for _round in range(ROUNDS):
        Attempt.objects.all().delete()
        results, errors = race(
            lambda: start_attempt(employee=employee, quiz=quiz, language="az")
        )
        assert errors == []
        assert len({attempt.pk for attempt in results}) == 1
        assert Attempt.objects.filter(state="in_progress").count() == 1

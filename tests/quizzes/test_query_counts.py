"""Starting, autosaving and submitting cost the same number of queries whatever
the number of questions (7 or 21), and few: the counts are capped."""

import os

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.quizzes.models import Attempt
from tests.quizzes.conftest import make_quiz, right_answers, sample_questions


def queries(action):
    with CaptureQueriesContext(connection) as captured:
        response = action()
    assert response.status_code in (200, 302), response.status_code
    if os.environ.get("SHOW_QUERIES"):
        width = int(os.environ["SHOW_QUERIES"])
        print("\n".join(q["sql"][:width] for q in captured.captured_queries), "\n---")
    # Savepoints are not round trips of their own on PostgreSQL's side worth
    # counting here (the test database wraps each test in a transaction).
    return sum(
        1
        for q in captured.captured_queries
        if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    )


def take(client, quiz, employee):
    """Start, autosave, submit: the queries of each."""
    # the quiz page's Start button posts to quizzes:start
    start = queries(lambda: client.post(reverse("quizzes:start", args=[quiz.pk])))
    attempt = Attempt.objects.filter(employee=employee, quiz=quiz).latest("number")
    data = {**right_answers(attempt), "version": "0"}
    save = queries(
        lambda: client.post(reverse("quizzes:save", args=[attempt.pk]), data)
    )
    data["version"] = "1"
    submit = queries(
        lambda: client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    )
    return {"start": start, "save": save, "submit": submit}


def costs(client, quiz, employee):
    client.force_login(employee.user)
    client.get(quiz.url)  # warm caches shared by every request (site, locales)
    first = take(client, quiz, employee)  # also fills the quiz's cached structure
    again = take(client, quiz, employee)
    by_page = queries(lambda: client.post(quiz.url))  # POSTing the page also starts
    return {
        "first start": first["start"],
        "start": again["start"],
        "start by the page": by_page,
        "save": again["save"],
        "first submit": first["submit"],
        "submit": again["submit"],
    }


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_questions(
    client, quiz_course, category, employee, enrolled
):
    small = make_quiz(quiz_course, sample_questions(category))
    large = make_quiz(
        quiz_course,
        [q for _ in range(3) for q in sample_questions(category)],
        slug="boyuk-test",
    )
    few, many = costs(client, small, employee), costs(client, large, employee)
    warm = ("start", "start by the page", "save", "submit")
    assert all(many[step] == few[step] for step in warm), (few, many)
    # the first start and submit fill caches (some shared by the course's quizzes)
    assert all(many[step] <= few[step] for step in few), (few, many)
    # session, user, the enrolment with the attempts so far, INSERT (the quiz page
    # and its view restrictions are cached): as the bare view (session, user,
    # profile, INSERT)
    assert many["start"] <= 4, many
    # session, user, the attempt (joined to the employee's user), UPDATE
    assert many["save"] <= 4, many
    # session, user, the locked attempt, UPDATE, INSERT items, the locked
    # enrolment, its lessons' progress, the graded attempts of the course, the
    # audit log's INSERT
    assert many["submit"] <= 9, many

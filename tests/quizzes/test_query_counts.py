"""Starting, autosaving and submitting cost the same number of queries whatever
the number of questions (7 or 21)."""

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
        print("\n".join(q["sql"][:200] for q in captured.captured_queries), "\n---")
    return len(captured.captured_queries)


def costs(client, quiz, employee):
    client.force_login(employee.user)
    client.get(quiz.url)  # warm caches shared by every request (site, locales)
    start = queries(lambda: client.post(quiz.url))
    attempt = Attempt.objects.get(employee=employee, quiz=quiz)
    data = {**right_answers(attempt), "version": "0"}
    save = queries(
        lambda: client.post(reverse("quizzes:save", args=[attempt.pk]), data)
    )
    data["version"] = "1"
    submit = queries(
        lambda: client.post(reverse("quizzes:submit", args=[attempt.pk]), data)
    )
    return {"start": start, "save": save, "submit": submit}


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
    # the first start of the run also warms per-process caches: never more
    assert all(many[step] <= few[step] for step in few), (few, many)
    assert many["save"] <= 5 and many["submit"] <= 29, many

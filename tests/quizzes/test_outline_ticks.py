"""The course outline ticks a quiz the employee passed, read with their progress
query (issue 14) under every grading method, and with a query of its own when the
quiz is graded on the average of attempts; the count of queries does not grow
with attempts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CoursePage
from courses.services import enrol_self
from tests.courses.conftest import make_course

from .conftest import graded, make_quiz

TICK = 'class="outline__done"'


def quiz_ticked(client, course):
    html = client.get(course.url).content.decode()
    item = html.split("Yekun test")[0].rsplit("<li", 1)[1]
    return TICK in item


# (grading method, attempts' percents in order, passed at a mark of 60)
CASES = [
    ("highest", ["40", "70", "50"], True),
    ("highest", ["40", "59.99"], False),
    ("first", ["70", "40"], True),
    ("first", ["40", "70"], False),
    ("last", ["40", "60"], True),
    ("last", ["70", "40"], False),
    ("average", ["50", "70"], True),
    ("average", ["40", "70"], False),
    ("highest", [], False),
]


@pytest.mark.parametrize(("method", "percents", "ticked"), CASES)
def test_the_outline_ticks_a_quiz_passed_under_its_grading_method(
    client, catalogue, employee, questions, method, percents, ticked
):
    course = make_course(catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS)
    quiz = make_quiz(course, questions, grading_method=method, pass_mark=60)
    enrolment = enrol_self(employee=employee, course=course)
    graded(quiz, employee, enrolment, *percents)
    client.force_login(employee.user)
    assert quiz_ticked(client, course) is ticked
    client.get(course.lessons().first().url)  # a progress row: the other query
    assert quiz_ticked(client, course) is ticked


def course_page_queries(client, course):
    client.get(course.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(course.url).status_code == 200
    return len(queries.captured_queries)


def test_the_quiz_tick_costs_no_query_of_its_own(
    client, catalogue, employee, questions
):
    counts = {}
    for method in ("highest", "average"):
        course = make_course(catalogue, title=method, lessons=2)
        quiz = make_quiz(course, questions, grading_method=method)
        enrolment = enrol_self(employee=employee, course=course)
        graded(quiz, employee, enrolment, "90", "10", "50")
        client.force_login(employee.user)
        client.get(course.lessons().first().url)
        counts[method] = course_page_queries(client, course)
    assert counts["highest"] == counts["average"] - 1

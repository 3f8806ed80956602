"""The H5P lesson and the xAPI endpoint cost a fixed number of SQL queries: one
indexed lookup says whether the viewer may play a package, however many lessons,
enrolments and activities there are (issue 14)."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.services import enrol_self
from tests.courses.conftest import make_course

from .conftest import add_activity, csrf_client_for, import_bytes, post_json, statement
from .packages import demo

LESSON_QUERIES = 9
XAPI_QUERIES = 10  # BEGIN and COMMIT included


TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK")


def captured(request, transaction_control=False):
    """The response and its SQL; the transaction's BEGIN and COMMIT only when
    ``transaction_control`` (a lesson opens none); savepoints count."""
    with CaptureQueriesContext(connection) as queries:
        response = request()
    sql = [query["sql"] for query in queries.captured_queries]
    if transaction_control:
        return response, sql
    return response, [q for q in sql if not q.startswith(TRANSACTION_CONTROL)]


def lesson_queries(client, url):
    client.get(url)  # the first visit writes the visit; the count is for the next
    response, queries = captured(lambda: client.get(url))
    assert response.status_code == 200, response.status_code
    assert b"h5p-activity__frame" in response.content  # the player is offered
    return len(queries)


def h5p_world(catalogue, employee, size):
    """``size`` courses using the same packages, the employee enrolled in each; the
    first course has ``size`` lessons, its first lesson ``size`` H5P blocks."""
    found = [import_bytes(demo(title=f"Fəaliyyət {n}")) for n in range(size)]
    lesson = None
    for number in range(size):
        course = make_course(catalogue, title=f"Kurs {number}", lessons=size + 1)
        enrol_self(employee=employee, course=course)
        first = add_activity(course.lessons().first(), *found)
        lesson = lesson or first
    return lesson


def test_an_h5p_lesson_costs_at_most_9_queries(client, enrolled, h5p_lesson):
    client.force_login(enrolled.employee.user)
    assert lesson_queries(client, h5p_lesson.url) <= LESSON_QUERIES


def test_h5p_lesson_queries_do_not_grow_with_lessons_enrolments_or_blocks(
    client, catalogue, employee
):
    client.force_login(employee.user)
    small = lesson_queries(client, h5p_world(catalogue, employee, 1).url)
    large = lesson_queries(client, h5p_world(catalogue, employee, 4).url)
    assert large == small


def post_answer(client, package):
    url = reverse("h5p:xapi", args=[package.pk])
    data = statement(package, str(uuid.uuid4()), raw=0, top=1)
    return captured(lambda: post_json(client, url, data), transaction_control=True)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_xapi_statement_costs_at_most_10_queries_and_no_savepoint(
    catalogue, employee, package
):
    course = make_course(catalogue, lessons=3)
    for lesson in course.lessons():
        add_activity(lesson, package)
    enrol_self(employee=employee, course=course)
    client = csrf_client_for(employee.user)
    post_answer(client, package)  # completes the lessons
    response, queries = post_answer(client, package)
    assert response.status_code == 201, response.content
    assert len(queries) <= XAPI_QUERIES, "\n".join(queries)
    assert [sql for sql in queries if sql.startswith("BEGIN")] == ["BEGIN"]
    assert not [sql for sql in queries if sql.startswith("SAVEPOINT")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_xapi_queries_do_not_grow_with_lessons_or_enrolments(catalogue, employee):
    counts = []
    for size in (1, 4):
        package = import_bytes(demo(title=f"Fəaliyyət {size}"))
        for number in range(size):
            course = make_course(catalogue, title=f"K{size}-{number}", lessons=size)
            for lesson in course.lessons():
                add_activity(lesson, package)
            enrol_self(employee=employee, course=course)
        client = csrf_client_for(employee.user)
        post_answer(client, package)
        response, queries = post_answer(client, package)
        assert response.status_code == 201
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_deleted_package_takes_no_statement(client, enrolled, h5p_lesson, package):
    """The endpoint takes the package from the cache, as the lesson does; a
    deletion leaves it behind at once."""
    client = csrf_client_for(enrolled.employee.user)
    assert client.get(h5p_lesson.url).status_code == 200  # the package is cached
    h5p_lesson.body = []
    h5p_lesson.save_revision().publish()
    package_id = package.pk
    package.delete()
    package.pk = package_id
    response, _queries = post_answer(client, package)
    assert response.status_code == 404


def test_a_renamed_package_is_shown_at_once(client, enrolled, h5p_lesson, package):
    """The lesson takes its packages from the cache; a change leaves them behind."""
    client.force_login(enrolled.employee.user)
    assert package.title in client.get(h5p_lesson.url).content.decode()
    package.title = "Yeni adlı fəaliyyət"
    package.save()
    assert "Yeni adlı fəaliyyət" in client.get(h5p_lesson.url).content.decode()

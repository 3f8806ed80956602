"""An employee's result in a package is kept in one row by every statement stored
(issue 14): the lesson page reads that row, never the statements, and the row says
what the statements say."""

import importlib
import uuid

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.h5p.models import H5PPackage, H5PResult, XAPIStatement
from courses.h5p.results import own_result, summarise

from .conftest import post_json, statement

COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


def post(client, package, data):
    response = post_json(client, reverse("h5p:xapi", args=[package.pk]), data)
    assert response.status_code == 201, response.content
    return response


def varied_statements(client, package):
    """Attempts up and down, one without a score that completes, one of a
    sub-content (no attempt, not counted)."""
    for raw in (1, 4, 0, 2):
        data = statement(package, str(uuid.uuid4()), raw=raw, top=4)
        data["result"]["completion"] = False
        data["result"]["success"] = False
        post(client, package, data)
    done = statement(package, str(uuid.uuid4()))
    done["verb"] = {"id": COMPLETED, "display": {"en-US": "completed"}}
    del done["result"]
    post(client, package, done)
    part = statement(package, str(uuid.uuid4()), raw=0, top=1)
    part["object"]["definition"] = {
        "extensions": {"http://h5p.org/x-api/h5p-subContentId": "abc-123"}
    }
    post(client, package, part)


def from_statements(employee, package):
    statements = XAPIStatement.objects.filter(
        employee=employee, package=package, is_top_level=True
    ).order_by("stored_at", "pk")
    return summarise(package, list(statements))


@pytest.mark.parametrize("method", ["best", "last", "first"])
def test_the_kept_result_says_what_the_statements_say(
    csrf_client, enrolled, package, method
):
    H5PPackage.objects.filter(pk=package.pk).update(grading_method=method)
    package.refresh_from_db()
    employee = enrolled.employee
    varied_statements(csrf_client, package)
    kept = own_result(employee, package)
    assert kept == from_statements(employee, package)
    assert (kept.attempts, kept.best, kept.last, kept.completed) == (4, 100, 50, True)
    assert H5PResult.objects.filter(employee=employee, package=package).count() == 1


def test_the_migration_fills_results_from_the_statements(
    csrf_client, enrolled, package
):
    employee = enrolled.employee
    varied_statements(csrf_client, package)
    kept = own_result(employee, package)
    H5PResult.objects.all().delete()
    migration = importlib.import_module("courses.h5p.migrations.0005_results")
    migration.fill_results(apps, None)
    assert own_result(employee, package) == kept == from_statements(employee, package)


def test_the_lesson_reads_the_kept_result_not_the_statements(
    client, csrf_client, enrolled, package, h5p_lesson
):
    varied_statements(csrf_client, package)
    client.force_login(enrolled.employee.user)
    client.get(h5p_lesson.url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(h5p_lesson.url).content.decode()
    assert "h5p-activity__result" in html
    assert not [q for q in queries.captured_queries if "xapistatement" in q["sql"]]

"""Every H5P URL that takes an id, for every role (as the project's authorization
sweep does): who may use it, and 404 for what is not theirs. The player and its
files take a signed token instead of the session; test_player.py covers them."""

import json
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from courses.h5p.models import XAPIStatement
from courses.services import enrol_self

from .conftest import csrf_client_for, post_json, statement

ROLES = (
    "anonymous", "self", "colleague", "manager_same", "manager_other", "trainer",
    "hr", "admin",
)  # fmt: skip
CODES = {"O": "ok", "L": "login", "M": "missing", "D": "denied"}
STATEMENT_VIEWS = {
    "h5p_statements:inspect": "L D D O M O O O",
    "h5p_statements:edit": "L D D D D D D D",
    "h5p_statements:delete": "L D D D D D D D",
    "h5p_statements:history": "L D D D D D D D",
    "h5p_statements:history_results": "L D D D D D D D",
    "h5p_statements:usage": "L D D D D D D D",
}
ENDPOINTS = {  # posted with the CSRF token, as the lesson page does
    "h5p:xapi": "D O M M M O M O",
    "h5p:user_data": "D O M M M O M O",
}


@pytest.fixture
def users(tree, make_employee, manager_of, enrolled):
    return {
        "anonymous": None,
        "self": enrolled.employee.user,
        "colleague": make_employee(tree["front"]).user,
        "manager_same": manager_of(tree["baku"]).user,
        "manager_other": manager_of(tree["ganja"]).user,
        "trainer": make_employee(tree["agency"], roles=("Trainer",)).user,
        "hr": make_employee(tree["agency"], roles=("HR",)).user,
        "admin": get_user_model().objects.create_superuser("root", password="x"),
    }


def outcome(response, role):
    location = response.get("Location", "")
    if response.status_code == 404:
        return "missing"
    if response.status_code == 403:
        return "denied"
    if response.status_code == 302 and ("login" in location or location == "/admin/"):
        return "login" if role == "anonymous" else "denied"
    if response.status_code in (200, 201, 302):
        return "ok"
    return f"status {response.status_code}"


def expected(letters):
    return dict(zip(ROLES, (CODES[c] for c in letters.split()), strict=True))


def test_statement_records_answer_each_role_as_expected(
    client, users, enrolled, package
):
    data = statement(package, str(uuid.uuid4()))
    post_json(
        csrf_client_for(users["self"]), reverse("h5p:xapi", args=[package.pk]), data
    )
    row = XAPIStatement.objects.get()
    wrong = {}
    for name, letters in STATEMENT_VIEWS.items():
        got = {}
        for role in ROLES:
            client.logout()
            if users[role]:
                client.force_login(users[role])
            got[role] = outcome(client.get(reverse(name, args=[row.pk])), role)
        if got != expected(letters):
            wrong[name] = got
    assert wrong == {}


def post_as(role, users, name, package):
    if users[role] is None:
        from django.test import Client

        client = Client(enforce_csrf_checks=True)
        client.cookies["csrftoken"] = "h5pTestCsrfToken0123456789abcdef"
    else:
        client = csrf_client_for(users[role])
    body = (
        statement(package, str(uuid.uuid4()))
        if name == "h5p:xapi"
        else {"dataType": "state", "subContentId": "0", "data": json.dumps({"a": 1})}
    )
    return post_json(client, reverse(name, args=[package.pk]), body)


def test_result_endpoints_answer_each_role_as_expected(users, enrolled, package):
    wrong = {}
    for name, letters in ENDPOINTS.items():
        got = {r: outcome(post_as(r, users, name, package), r) for r in ROLES}
        if got != expected(letters):
            wrong[name] = got
    assert wrong == {}
    # only the enrolled employee's posts were stored; editors' previews were not
    assert set(XAPIStatement.objects.values_list("employee", flat=True)) == {
        enrolled.employee.pk
    }


def test_enrolling_opens_the_endpoints_to_a_colleague(users, h5p_course, package):
    from people.models import EmployeeProfile

    colleague = EmployeeProfile.objects.get(user=users["colleague"])
    assert post_as("colleague", users, "h5p:xapi", package).status_code == 404
    enrol_self(employee=colleague, course=h5p_course)
    assert post_as("colleague", users, "h5p:xapi", package).status_code == 201

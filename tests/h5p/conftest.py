import io
import json

import pytest
from django.test import Client

from courses.h5p.services import import_package
from courses.models import LessonPage
from courses.services import enrol_self
from tests.courses.conftest import make_course

from . import packages

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


@pytest.fixture(autouse=True)
def h5p_root(settings, tmp_path):
    """Each test stores packages in its own folder, so leftovers are visible."""
    settings.LMS_H5P_ROOT = tmp_path / "h5p"
    return settings.LMS_H5P_ROOT


def stored_files(root):
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def import_bytes(data, user=None, **kwargs):
    return import_package(source=io.BytesIO(data), user=user, **kwargs)


@pytest.fixture
def package(db):
    return import_bytes(packages.demo())


def add_activity(
    lesson,
    *chosen,
    completion=LessonPage.Completion.ACTIVITIES,
    completes_when="completed",
    pass_mark=None,
):
    lesson = lesson.specific
    for one in chosen:
        rule = {"completes_when": completes_when, "pass_mark": pass_mark}
        lesson.body.append(("h5p", {"package": one, **rule}))
    lesson.completion = completion
    lesson.save_revision().publish()
    return LessonPage.objects.get(pk=lesson.pk)


@pytest.fixture
def h5p_course(catalogue, package):
    course = make_course(catalogue, lessons=2)
    add_activity(course.lessons().first(), package)
    return course


@pytest.fixture
def h5p_lesson(h5p_course):
    return h5p_course.lessons().first()


@pytest.fixture
def enrolled(h5p_course, employee):
    return enrol_self(employee=employee, course=h5p_course)


CSRF_TOKEN = "h5pTestCsrfToken0123456789abcdef"  # 32 characters, as Django makes


def csrf_client_for(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["csrftoken"] = CSRF_TOKEN
    return client


@pytest.fixture
def csrf_client(employee):
    return csrf_client_for(employee.user)


def statement(package, statement_id, raw=1, top=1, **fields):
    data = {
        "id": statement_id,
        "actor": {"objectType": "Agent", "mbox": "mailto:learner@h5p.invalid"},
        "verb": {"id": ANSWERED, "display": {"en-US": "answered"}},
        "object": {"id": f"urn:lms:h5p:{package.uuid}", "objectType": "Activity"},
        "result": {
            "score": {"min": 0, "raw": raw, "max": top, "scaled": raw / top},
            "completion": True,
            "success": raw == top,
        },
    }
    data.update(fields)
    return data


def post_json(client, url, data):
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(
        url,
        body,
        content_type="application/json",
        HTTP_X_CSRFTOKEN=CSRF_TOKEN,
        HTTP_ACCEPT_LANGUAGE="en",  # the assertions read English
    )

"""The embedded default serves several users at once: the demo's own server on a
SQLite file (the settings the demo runs with) takes simultaneous xAPI posts and quiz
submits from eight employees without one "database is locked"."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from courses.h5p.models import XAPIStatement
from courses.quizzes.models import Attempt
from courses.quizzes.services import start_attempt
from courses.services import enrol_self
from tests.courses.conftest import make_course
from tests.h5p.conftest import add_activity, import_bytes, statement
from tests.h5p.packages import demo
from tests.quizzes.conftest import make_quiz, right_answers, sample_questions

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "sqlite", reason="about the embedded SQLite default"
    ),
]
ROOT = Path(__file__).resolve().parents[1]
EMPLOYEES = 8
STATEMENTS_EACH = 4
CSRF = "sqliteConcurrencyCsrf0123456789a"  # 32 characters, as Django makes


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path, settings):
    """The demo's server (dev settings, threaded runserver) on a copy of the test
    database in a file."""
    path = tmp_path / "db.sqlite3"
    target = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.close()
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DJANGO_SECRET_KEY": settings.SECRET_KEY,  # the sessions were signed with it
        "DATABASE_URL": f"sqlite:///{path}",
        "LMS_MEDIA_ROOT": str(tmp_path / "media"),
    }
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}",
         "--noreload", "--skip-checks"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base, path
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_until_up(base, process):
    deadline = time.monotonic() + 90  # a busy machine starts Django slowly
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode()[-2000:])
        try:
            urllib.request.urlopen(base + "/login/", timeout=30)
            return
        except OSError:  # refused while starting, or a timeout
            time.sleep(0.2)
    raise AssertionError("the demo server did not start")


def session_of(user):
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def post(base, path, session, body, content_type):
    request = urllib.request.Request(
        base + path,
        data=body,
        method="POST",
        headers={
            "Content-Type": content_type,
            "Cookie": f"sessionid={session}; csrftoken={CSRF}",
            "X-CSRFToken": CSRF,
        },
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as answered:
        return answered.code


def together(jobs):
    """Run every job in its own thread, all released at the same instant."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        barrier.wait()
        results[index] = job()

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def learners(catalogue, tree, make_employee, category, settings, tmp_path):
    settings.LMS_H5P_ROOT = tmp_path / "h5p"
    package = import_bytes(demo())
    course = make_course(catalogue, lessons=2)
    add_activity(course.lessons().first(), package)
    quiz = make_quiz(course, sample_questions(category))
    people = []
    for number in range(EMPLOYEES):
        employee = make_employee(tree["front"], username=f"learner{number}")
        enrol_self(employee=employee, course=course)
        attempt = start_attempt(employee=employee, quiz=quiz, language="az")
        people.append((session_of(employee.user), attempt))
    return package, people


@pytest.fixture
def category(db):
    from courses.quizzes.models import QuestionCategory

    return QuestionCategory.objects.create(name="Xidmət standartları")


def test_simultaneous_xapi_posts_and_quiz_submits_all_succeed(learners, server):
    package, people = learners
    base, path = server

    def xapi(session):
        def send():
            return [
                post(
                    base,
                    f"/h5p/xapi/{package.pk}/",
                    session,
                    json.dumps(statement(package, str(uuid.uuid4()))).encode(),
                    "application/json",
                )
                for _ in range(STATEMENTS_EACH)
            ]

        return send

    def submit(session, attempt):
        form = {"version": str(attempt.version), **right_answers(attempt)}
        body = urllib.parse.urlencode(form, doseq=True).encode()
        return lambda: [
            post(
                base,
                f"/quizzes/attempts/{attempt.pk}/submit/",
                session,
                body,
                "application/x-www-form-urlencoded",
            )
        ]

    jobs = [xapi(session) for session, _attempt in people]
    jobs += [submit(session, attempt) for session, attempt in people]
    statuses = [status for result in together(jobs) for status in result]

    assert statuses.count(201) == EMPLOYEES * STATEMENTS_EACH, statuses
    assert statuses.count(302) == EMPLOYEES, statuses  # on to the review page
    with sqlite3.connect(path) as stored:
        (journal,) = stored.execute("PRAGMA journal_mode").fetchone()
        (kept,) = stored.execute(
            f"SELECT COUNT(*) FROM {XAPIStatement._meta.db_table}"
        ).fetchone()
        (graded,) = stored.execute(
            f"SELECT COUNT(*) FROM {Attempt._meta.db_table} WHERE state = 'graded'"
        ).fetchone()
    assert journal == "wal"
    assert kept == EMPLOYEES * STATEMENTS_EACH
    assert graded == EMPLOYEES

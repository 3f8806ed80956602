"""The xAPI endpoint: actor from the session, sane scores only, each statement once,
every statement kept, attempts graded per activity, lessons completed; never the
course passed by an H5P score alone."""

import json
import uuid
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from courses.assessments import assessment_states
from courses.h5p.models import H5PPackage, XAPIStatement
from courses.h5p.results import own_result
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress
from courses.services import enrol_self
from tests.courses.conftest import make_course
from tests.quizzes.conftest import make_quiz, sample_questions

from .conftest import (
    add_activity,
    csrf_client_for,
    import_bytes,
    post_json,
    statement,
)
from .packages import demo


def new_id():
    return str(uuid.uuid4())


def post(client, package, data):
    return post_json(client, reverse("h5p:xapi", args=[package.pk]), data)


def test_a_valid_statement_is_stored_as_client_reported(csrf_client, enrolled, package):
    response = post(csrf_client, package, statement(package, new_id(), raw=1, top=1))
    assert response.status_code == 201
    assert response.json() == {"stored": True, "percent": "100.00", "completed": True}
    row = XAPIStatement.objects.get()
    assert (row.employee, row.package) == (enrolled.employee, package)
    assert row.client_reported and row.is_top_level and row.is_attempt
    assert (row.score_raw, row.score_max, row.percent) == (1, 1, 100)
    assert row.statement["verb"]["id"].endswith("/answered")


def test_statement_needs_the_csrf_token(client, enrolled, package):
    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolled.employee.user)
    response = client.post(
        reverse("h5p:xapi", args=[package.pk]),
        statement(package, new_id()),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize(
    ("score", "reason"),
    [
        ({"raw": 999, "max": 1}, "“result.score.raw” must be between 0 and"),
        ({"raw": -1, "max": 1}, "“result.score.raw” must be between 0 and"),
        ({"raw": 1, "max": 0}, "“result.score.max” must be greater than 0."),
        ({"raw": 0, "max": -5}, "“result.score.max” must be greater than 0."),
        ({"raw": "1", "max": 1}, "“result.score.raw” must be a number."),
        ({"raw": 1, "max": "1"}, "“result.score.max” must be a number."),
        ({"raw": True, "max": 1}, "“result.score.raw” must be a number."),
        ({"raw": 1, "max": 1, "scaled": 1.5}, "“result.score.scaled” must be between"),
        ({"raw": 1, "max": 1, "scaled": -0.1}, "“result.score.scaled” must be between"),
        ({"scaled": "0.5"}, "“result.score.scaled” must be a number."),
        ({"raw": 1, "max": 2, "scaled": 1}, "does not match “raw” divided by “max”"),
        ({"raw": 1}, "“result.score.raw” and “result.score.max” come together."),
        ({"raw": 1, "max": 1e12}, "must be a finite number of sensible size"),
        ({"raw": 1, "max": 1, "min": 5}, "“result.score.min” must be between"),
    ],
)
def test_forged_scores_are_refused_with_a_reason(
    csrf_client, enrolled, package, score, reason
):
    data = statement(package, new_id())
    data["result"]["score"] = score
    response = post(csrf_client, package, data)
    assert response.status_code == 400
    assert reason in response.json()["error"]
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_refused(csrf_client, enrolled, package, constant):
    body = json.dumps(statement(package, new_id())).replace(
        '"raw": 1,', f'"raw": {constant},'
    )
    assert constant in body
    response = post(csrf_client, package, body)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"id": "not-a-uuid"}, "needs an “id” that is a UUID"),
        ({"id": None}, "needs an “id” that is a UUID"),
        ({"verb": "answered"}, "needs “verb.id”"),
        ({"object": {}}, "needs “object.id”"),
        ({"result": [1]}, "“result” must be an object."),
        (
            {"result": {"completion": "yes"}},
            "“result.completion” must be true or false",
        ),
    ],
)
def test_malformed_statements_are_refused(
    csrf_client, enrolled, package, change, reason
):
    data = {**statement(package, new_id()), **change}
    response = post(csrf_client, package, data)
    assert response.status_code == 400
    assert reason in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_body_that_is_not_json_or_too_large_is_refused(csrf_client, enrolled, package):
    assert post(csrf_client, package, "{nope").status_code == 400
    huge = statement(package, new_id(), context={"x": "a" * 300_000})
    response = post(csrf_client, package, huge)
    assert (response.status_code, response.json()["error"]) == (
        400,
        "The request is too large.",
    )
    assert post(csrf_client, package, "[1, 2]").status_code == 400


def test_a_statement_naming_another_user_is_stored_as_the_sessions_user(
    csrf_client, enrolled, package, tree, make_employee, h5p_course
):
    other = make_employee(tree["front"])
    enrol_self(employee=other, course=h5p_course)
    data = statement(package, new_id())
    data["actor"] = {
        "objectType": "Agent",
        "name": other.full_name,
        "account": {"homePage": "http://testserver", "name": other.employee_number},
    }
    assert post(csrf_client, package, data).status_code == 201
    row = XAPIStatement.objects.get()
    assert row.employee == enrolled.employee
    assert (
        row.statement["actor"]["account"]["name"] == enrolled.employee.employee_number
    )
    assert row.claimed_actor["account"]["name"] == other.employee_number  # evidence
    assert not XAPIStatement.objects.filter(employee=other).exists()


def test_the_same_statement_twice_is_stored_once(csrf_client, enrolled, package):
    data = statement(package, new_id(), raw=1)
    assert post(csrf_client, package, data).status_code == 201
    again = post(csrf_client, package, data)
    assert (again.status_code, again.json()["stored"]) == (200, False)
    assert XAPIStatement.objects.count() == 1


def test_a_statement_id_of_someone_else_is_a_conflict(
    csrf_client, enrolled, package, tree, make_employee, h5p_course
):
    other = make_employee(tree["front"])
    enrol_self(employee=other, course=h5p_course)
    data = statement(package, new_id(), raw=0)
    assert post(csrf_client_for(other.user), package, data).status_code == 201
    forged = {**data, "result": {"score": {"raw": 1, "max": 1}, "completion": True}}
    assert post(csrf_client, package, forged).status_code == 409
    row = XAPIStatement.objects.get()
    assert (row.employee, row.score_raw) == (other, 0)


def test_unique_statement_id_is_a_database_constraint(enrolled, package):
    from django.db import IntegrityError, transaction

    fields = {
        "package": package,
        "employee": enrolled.employee,
        "verb": "v",
        "object_id": "o",
        "statement": {},
    }
    same = uuid.uuid4()
    XAPIStatement.objects.create(statement_id=same, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        XAPIStatement.objects.create(statement_id=same, **fields)


def test_impossible_scores_are_refused_by_the_database(enrolled, package):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        XAPIStatement.objects.create(
            statement_id=uuid.uuid4(),
            package=package,
            employee=enrolled.employee,
            verb="v",
            object_id="o",
            statement={},
            score_raw=Decimal(999),
            score_max=Decimal(1),
        )


def test_anonymous_and_not_enrolled_users_cannot_post(
    client, package, h5p_course, tree, make_employee
):
    anonymous = Client()
    url = reverse("h5p:xapi", args=[package.pk])
    response = anonymous.post(url, "{}", content_type="application/json")
    assert response.status_code == 403
    outsider = make_employee(tree["ganja_front"])
    response = post(
        csrf_client_for(outsider.user), package, statement(package, new_id())
    )
    assert response.status_code == 404
    assert not XAPIStatement.objects.exists()


def sub_content_statement(package, raw):
    data = statement(package, new_id(), raw=raw)
    data["object"]["definition"] = {
        "extensions": {"http://h5p.org/x-api/h5p-subContentId": "abc-123"}
    }
    data["context"] = {
        "contextActivities": {"parent": [{"id": f"urn:lms:h5p:{package.uuid}"}]}
    }
    return data


@pytest.mark.parametrize(
    ("method", "expected"), [("best", 100), ("last", 50), ("first", 0)]
)
def test_attempts_are_kept_and_graded_by_the_activitys_method(
    csrf_client, enrolled, package, method, expected
):
    H5PPackage.objects.filter(pk=package.pk).update(grading_method=method)
    package.refresh_from_db()
    for raw in (0, 2, 1):
        post(csrf_client, package, statement(package, new_id(), raw=raw, top=2))
    post(csrf_client, package, sub_content_statement(package, raw=0))
    result = own_result(enrolled.employee, package)
    assert result.attempts == 3  # the sub-content answer is no attempt
    assert (result.result, result.best, result.last) == (expected, 100, 50)
    assert XAPIStatement.objects.count() == 4  # every statement is kept
    assert XAPIStatement.objects.filter(is_top_level=False).count() == 1


def test_a_completed_activity_completes_its_lesson(
    csrf_client, enrolled, package, h5p_lesson
):
    interacted = statement(package, new_id())
    interacted.pop("result")
    interacted["verb"] = {"id": "http://adlnet.gov/expapi/verbs/interacted"}
    post(csrf_client, package, interacted)
    post(csrf_client, package, sub_content_statement(package, raw=1))
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
    post(csrf_client, package, statement(package, new_id(), raw=0))  # completed, failed
    progress = LessonProgress.objects.get(lesson_key=h5p_lesson.translation_key)
    assert progress.completed_at is not None


def test_a_manual_lesson_is_not_completed_by_the_activity(
    csrf_client, enrolled, package, h5p_lesson
):
    LessonPage.objects.filter(pk=h5p_lesson.pk).update(
        completion=LessonPage.Completion.MANUAL
    )
    post(csrf_client, package, statement(package, new_id()))
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


def test_a_lesson_with_two_activities_needs_both(
    csrf_client, catalogue, employee, package
):
    second = import_bytes(demo("İkinci"))
    course = make_course(catalogue, lessons=1)
    lesson = add_activity(course.lessons().first(), package, second)
    enrol_self(employee=employee, course=course)
    post(csrf_client, package, statement(package, new_id()))
    done = LessonProgress.objects.filter(
        lesson_key=lesson.translation_key, completed_at__isnull=False
    )
    assert not done.exists()
    post(csrf_client, second, statement(second, new_id()))
    assert done.exists()


def test_h5p_alone_never_passes_a_course_that_requires_its_quizzes(
    csrf_client, catalogue, employee, package
):
    from courses.quizzes.models import QuestionCategory

    course = make_course(
        catalogue, lessons=1, pass_mode=CoursePage.PassMode.ASSESSMENTS
    )
    add_activity(course.lessons().first(), package)
    make_quiz(course, sample_questions(QuestionCategory.objects.create(name="T")))
    enrolment = enrol_self(employee=employee, course=course)
    post(csrf_client, package, statement(package, new_id(), raw=1))
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None  # the lessons are done…
    assert enrolment.status == Enrolment.Status.COMPLETED  # …the quiz is not
    state = assessment_states(course, [enrolment])[enrolment.pk]
    assert (state.required, state.passed) == (1, 0)  # only the quiz is assessed

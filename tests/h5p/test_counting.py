"""Counting results right: each H5P block's rule (completed, or passed at a mark,
exactly at the mark included), content types that never complete, quotas on saved
state and statements, and deeply nested JSON refused with a 400."""

import io
import json
import uuid

import pytest
from django.urls import reverse

from courses.h5p.models import ContentUserData, XAPIStatement
from courses.models import LessonPage, LessonProgress
from courses.services import enrol_self
from tests.courses.conftest import make_course

from .conftest import add_activity, import_bytes, post_json, statement
from .packages import demo, zipped


def post(client, package, data):
    return post_json(client, reverse("h5p:xapi", args=[package.pk]), data)


def completed(lesson):
    found = LessonProgress.objects.filter(lesson_key=lesson.translation_key).first()
    return bool(found and found.completed_at)


@pytest.fixture
def lesson_with(catalogue, employee):
    def make(package, **rule):
        course = make_course(catalogue, lessons=2)
        lesson = add_activity(course.lessons().first(), package, **rule)
        enrol_self(employee=employee, course=course)
        return lesson

    return make


def attempt(package, raw, top, completion=True):
    data = statement(package, str(uuid.uuid4()), raw=raw, top=top)
    data["result"]["completion"] = completion
    return data


def test_a_wrong_answer_does_not_pass_a_passed_block(csrf_client, package, lesson_with):
    lesson = lesson_with(package, completes_when="passed", pass_mark=80)
    assert post(csrf_client, package, attempt(package, 0, 1)).status_code == 201
    assert not completed(lesson)  # completed, but 0 % is below the mark
    assert post(csrf_client, package, attempt(package, 1, 1)).status_code == 201
    assert completed(lesson)


@pytest.mark.parametrize(("raw", "passes"), [(7, False), (8, True)])
def test_exactly_at_the_mark_passes(csrf_client, package, lesson_with, raw, passes):
    lesson = lesson_with(package, completes_when="passed", pass_mark=80)
    assert post(csrf_client, package, attempt(package, raw, 10)).status_code == 201
    assert completed(lesson) is passes


def test_a_completed_block_takes_any_score(csrf_client, package, lesson_with):
    lesson = lesson_with(package, completes_when="completed")
    assert post(csrf_client, package, attempt(package, 0, 1)).status_code == 201
    assert completed(lesson)


def test_blocks_stored_before_rules_read_as_completed(package, lesson_with):
    lesson = lesson_with(package)
    lesson.body = json.dumps([{"type": "h5p", "value": package.pk, "id": "x"}])
    lesson.save()
    block = LessonPage.objects.get(pk=lesson.pk).body[0]
    assert block.value["package"] == package
    assert block.value["completes_when"] == "completed"


def package_named(machine_name):
    """Our quick check under the name of an official content type (the name is
    what the completion rules go by)."""
    from courses.h5p.demo import FOLDER, h5p_json, library_files, quick_check

    folder = f"{machine_name}-1.0"
    files = {
        name.replace(FOLDER, folder): data for name, data in library_files().items()
    }
    metadata = json.loads(files[f"{folder}/library.json"])
    metadata.update(machineName=machine_name)
    files[f"{folder}/library.json"] = metadata
    files["h5p.json"] = {
        **h5p_json("Suallar"),
        "mainLibrary": machine_name,
        "preloadedDependencies": [
            {"machineName": machine_name, "majorVersion": 1, "minorVersion": 0}
        ],
    }
    files["content/content.json"] = quick_check(
        "Sual", [("A", True, ""), ("B", False, "")]
    )
    return zipped(files)


def test_a_type_that_never_completes_leaves_the_lesson_to_mark_as_done(
    client, employee, lesson_with
):
    cards = import_bytes(package_named("H5P.Dialogcards"))
    lesson = lesson_with(cards)
    client.force_login(employee.user)
    page = client.get(lesson.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "does not report completion" in page
    assert reverse("courses:mark_lesson_done", args=[lesson.pk]) in page
    assert lesson.specific.offers_mark_as_done


def test_the_author_is_told_when_adding_a_type_that_never_completes(
    admin_client, catalogue
):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    cards = import_bytes(package_named("H5P.Dialogcards"))
    course = make_course(catalogue, lessons=1)
    lesson = course.lessons().first().specific
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "body": streamfield(
                [
                    (
                        "h5p",
                        {
                            "package": cards.pk,
                            "completes_when": "completed",
                            "pass_mark": "",
                        },
                    )
                ]  # fmt: skip
            ),
            "estimated_minutes": 10,
            "is_required": "on",
            "completion": "activities",
        }
    )
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    response = admin_client.post(url, data, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    texts = [str(m) for m in response.context["messages"]]
    assert any("never reports completion" in t for t in texts), texts


def test_saved_state_has_a_quota_per_employee_and_package(
    csrf_client, enrolled, package, settings
):
    settings.LMS_H5P_STATE_QUOTA = 1000
    url = reverse("h5p:user_data", args=[package.pk])

    def save(sub, size):
        body = {"dataType": "state", "subContentId": sub, "data": "x" * size}
        return post_json(csrf_client, url, body)

    assert save("1", 600).status_code == 200
    assert save("1", 1000).status_code == 200  # replacing it counts once
    refused = save("2", 1)
    assert refused.status_code == 413
    assert "reached its limit" in refused.json()["error"]
    assert ContentUserData.objects.count() == 1


def test_statements_have_a_daily_quota_per_employee(
    csrf_client, enrolled, package, settings
):
    one = json.dumps(statement(package, str(uuid.uuid4())))
    settings.LMS_H5P_STATEMENT_QUOTA = len(one.encode()) * 2 + 10
    for _ in range(2):
        assert (
            post(
                csrf_client, package, statement(package, str(uuid.uuid4()))
            ).status_code
            == 201
        )
    refused = post(csrf_client, package, statement(package, str(uuid.uuid4())))
    assert refused.status_code == 429
    assert "more activity data today" in refused.json()["error"]
    assert XAPIStatement.objects.count() == 2


@pytest.mark.parametrize("view", ["h5p:xapi", "h5p:user_data"])
def test_deeply_nested_json_is_a_400_not_a_500(csrf_client, enrolled, package, view):
    deep = '{"id": ' + "[" * 100_000 + "]" * 100_000 + "}"
    response = post_json(csrf_client, reverse(view, args=[package.pk]), deep)
    assert response.status_code == 400
    assert "nests its data more than" in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_the_unpacked_size_cap_is_the_documented_limit_to_the_byte(db, settings):
    from courses.h5p.validation import inspect_package

    data = demo()
    import zipfile

    total = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    settings.LMS_H5P_MAX_TOTAL_BYTES = total
    assert inspect_package(io.BytesIO(data), may_install=True).ok
    settings.LMS_H5P_MAX_TOTAL_BYTES = total - 1
    problems = inspect_package(io.BytesIO(data), may_install=True).problems
    assert any("The package unpacks to" in p for p in problems)


def test_the_documented_limit_is_the_default():
    from pathlib import Path

    from courses.h5p import conf

    deployment = (Path(__file__).parents[2] / "docs" / "DEPLOYMENT.md").read_text()
    assert conf.MAX_TOTAL_BYTES == 200 * 1024 * 1024
    assert "`LMS_H5P_MAX_TOTAL_BYTES` (200 MiB)" in deployment


def test_a_type_without_a_score_cannot_be_set_to_passed(db):
    from django.core.exceptions import ValidationError

    from courses.blocks import H5PActivityBlock

    accordion = import_bytes(package_named("H5P.Accordion"))
    block = H5PActivityBlock()
    value = block.to_python(
        {"package": accordion.pk, "completes_when": "passed", "pass_mark": 80}
    )
    with pytest.raises(ValidationError) as refused:
        block.clean(value)
    assert "gives no score" in str(refused.value.block_errors["completes_when"])
    completed = block.to_python(
        {"package": accordion.pk, "completes_when": "completed", "pass_mark": None}
    )
    assert not block.cannot_complete(block.clean(completed))


def test_a_container_counts_its_own_score_not_its_questions(
    csrf_client, package, lesson_with
):
    """CoursePresentation and InteractiveVideo send each question's "answered" with
    the container as parent, then their own "completed" with the total: only that
    one is the attempt (as the official packages' browser test plays them)."""
    lesson = lesson_with(package, completes_when="passed", pass_mark=100)
    child = attempt(package, 1, 1)
    child["object"]["definition"] = {
        "extensions": {"http://h5p.org/x-api/h5p-subContentId": str(uuid.uuid4())}
    }
    child["context"] = {
        "contextActivities": {"parent": [{"id": child["object"]["id"]}]}
    }
    child["object"]["id"] += "?subContentId=" + str(uuid.uuid4())
    assert post(csrf_client, package, child).status_code == 201
    assert not XAPIStatement.objects.get(statement_id=child["id"]).is_attempt
    assert not completed(lesson)  # a full-marks question is not the container
    whole = attempt(package, 1, 2)
    whole["verb"] = {"id": "http://adlnet.gov/expapi/verbs/completed"}
    assert post(csrf_client, package, whole).status_code == 201
    assert not completed(lesson)  # 50 %: the container's own score decides
    whole = attempt(package, 2, 2)
    whole["verb"] = {"id": "http://adlnet.gov/expapi/verbs/completed"}
    assert post(csrf_client, package, whole).status_code == 201
    row = XAPIStatement.objects.get(statement_id=whole["id"])
    assert row.is_attempt and (row.score_raw, row.score_max) == (2, 2)
    assert completed(lesson)

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.quizzes.models import Attempt, Question, QuestionCategory
from courses.quizzes.moodle_xml import export_questions, import_questions
from courses.quizzes.services import start_attempt, submit_attempt
from courses.services import enrol_self
from tests.quizzes.conftest import as_querydict, right_answers


def take(quiz, person, right=True):
    from courses.quizzes.responses import read_answers

    enrol_self(employee=person, course=quiz.get_parent().specific)
    attempt = start_attempt(employee=person, quiz=quiz, language="az")
    answers = (
        read_answers(attempt.questions, as_querydict(right_answers(attempt)))
        if right
        else {}
    )
    return submit_attempt(attempt_id=attempt.pk, employee=person, answers=answers)[0]


@pytest.fixture
def taken(quiz, tree, make_employee):
    people = [make_employee(tree["front"]) for _ in range(3)] + [
        make_employee(tree["ganja_front"])
    ]
    for index, person in enumerate(people):
        take(quiz, person, right=index % 2 == 0)
    return people


def test_trainer_sees_and_exports_results(client, quiz, taken, tree, make_employee):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    url = reverse("quizzes_results_report")
    rows = client.get(url, {"quiz": quiz.pk}).context["object_list"]
    assert len(rows) == 4
    assert sorted(r["grade"] for r in rows) == [0, 0, 100, 100]
    csv = client.get(url, {"quiz": quiz.pk, "export": "csv"})
    assert b"".join(csv.streaming_content).startswith(b"\xef\xbb\xbf")
    assert client.get(url, {"quiz": quiz.pk, "export": "xlsx"}).status_code == 200


def test_results_show_a_histogram_of_grades_and_the_share_passed(
    client, quiz, taken, tree, make_employee
):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    response = client.get(reverse("quizzes_results_report"), {"quiz": quiz.pk})
    histogram = response.context["histogram"]
    # Two employees with 0 %, two with 100 %: the first and the last band.
    assert histogram["bands"][0] == ("0–9", 2)
    assert histogram["bands"][-1] == ("90–100", 2)
    assert sum(count for _, count in histogram["bands"]) == 4
    assert (histogram["passed"], histogram["passed_share"]) == (2, 50)
    body = response.content.decode()
    assert 'id="grade-chart-title"' in body
    assert "Keçib: 4 nəfərdən 2 (50 %)" in body


def test_a_grade_exactly_on_a_band_edge_falls_in_the_upper_band():
    from courses.quizzes.statistics import score_histogram

    rows = [
        {"grade": Decimal(g), "passed": False} for g in ("9.99", "10", "89.9", "90")
    ]
    bands = dict(score_histogram(rows, 50)["bands"])
    assert (bands["0–9"], bands["10–19"], bands["80–89"], bands["90–100"]) == (
        1,
        1,
        1,
        1,
    )


def test_manager_sees_results_only_within_scope(client, quiz, taken, tree, manager_of):
    manager = manager_of(tree["ganja"])
    client.force_login(manager.user)
    rows = client.get(reverse("quizzes_results_report"), {"quiz": quiz.pk}).context[
        "object_list"
    ]
    assert [r["employee"] for r in rows] == [taken[3].full_name]


def test_item_analysis_reports_facility_and_discrimination(
    client, quiz, taken, tree, make_employee
):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    stats = client.get(reverse("quizzes_item_analysis"), {"quiz": quiz.pk}).context[
        "stats"
    ]
    assert len(stats) == 7
    for row in stats:
        assert row["count"] == 4
        assert row["facility"] == 50.0
        assert row["discrimination"] == 100.0
        assert row["responses"]


def test_employees_cannot_reach_quiz_reports(client, quiz, employee):
    client.force_login(employee.user)
    assert client.get(reverse("quizzes_results_report")).status_code in (302, 403)


def test_moodle_xml_round_trip_keeps_every_type(questions, category):
    data = export_questions(Question.objects.filter(category=category))
    target = QuestionCategory.objects.create(name="Idxal")
    created, problems = import_questions(data=data, category=target)
    assert problems == [] and len(created) == 7
    for original, copy in zip(questions, created, strict=True):
        assert (copy.type, copy.text, copy.points) == (
            original.type,
            original.text,
            original.points,
        )
        assert [(o.text, o.is_correct, o.match_text) for o in copy.options.all()] == [
            (o.text, o.is_correct, o.match_text) for o in original.options.all()
        ]
    assert created[4].numeric_answer == Decimal("15")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not xml", "Not well-formed"),
        (b"<root/>", "no <quiz>"),
        (b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz/>', "DOCTYPE"),
        (
            b"<quiz><question type='essay'><questiontext><text>x</text></questiontext></question></quiz>",
            "Essay",
        ),
        (
            b"<quiz><question type='multichoice'><questiontext><text>x</text></questiontext><single>true</single>"
            b"<answer fraction='0'><text>a</text></answer><answer fraction='0'><text>b</text></answer></question></quiz>",
            "100%",
        ),
    ],
)
def test_bad_question_files_are_refused_with_a_reason_and_nothing_saved(
    category, data, message
):
    created, problems = import_questions(data=data, category=category)
    assert created == [] and message in str(problems[0])
    assert not Question.objects.exists()


def test_import_is_all_or_nothing(category):
    good = b"<question type='truefalse'><questiontext><text>ok</text></questiontext><answer fraction='100'><text>true</text></answer></question>"
    bad = b"<question type='numerical'><questiontext><text>x</text></questiontext><answer fraction='100'><text>abc</text></answer></question>"
    created, problems = import_questions(
        data=b"<quiz>" + good + bad + b"</quiz>", category=category
    )
    assert created == [] and str(problems[0]).startswith("Question 2")
    assert not Question.objects.exists()


def test_trainer_imports_through_the_admin(client, category, tree, make_employee):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    client.force_login(trainer.user)
    upload = SimpleUploadedFile(
        "bank.xml",
        b"<quiz><question type='shortanswer'><questiontext><text>Paytaxt?</text></questiontext>"
        b"<answer fraction='100'><text>Bak\xc4\xb1</text></answer></question></quiz>",
    )
    response = client.post(
        reverse("quizzes_import"), {"category": category.pk, "file": upload}
    )
    assert response.status_code == 302
    assert Question.objects.get().options.get().text == "Bakı"


def test_attempts_are_read_only_in_the_admin(client, quiz, taken, tree, make_employee):
    admin = make_employee(tree["agency"], roles=("Administrator",))
    client.force_login(admin.user)
    attempt = Attempt.objects.first()
    assert client.get(reverse("quiz_attempts:index")).status_code == 200
    assert client.get(reverse("quiz_attempts:edit", args=[attempt.pk])).status_code in (
        302,
        403,
    )

"""An employee takes a quiz, loses the connection in the middle, answers more,
comes back and submits: every answer is graded."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from courses.quizzes.models import Attempt, QuestionCategory
from courses.services import enrol_self
from tests.browser.conftest import axe_violations, log_in
from tests.courses.conftest import make_course
from tests.quizzes.conftest import make_quiz, sample_questions

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def answered(attempt):
    attempt.refresh_from_db()
    return sum(
        1 for value in attempt.answers.values() if value not in (None, "", [], {})
    )


def answer(page, key):
    slot = key["slot"]
    kind = key["type"]
    if kind == "single":
        page.check(f"input[name=q{slot}][value='{key['correct'][0]}']")
    elif kind == "multiple":
        for option in key["correct"]:
            page.check(f"input[name=q{slot}][value='{option}']")
    elif kind == "truefalse":
        page.check(f"input[name=q{slot}][value={'true' if key['answer'] else 'false'}]")
    elif kind == "short":
        page.fill(f"input[name=q{slot}]", key["display"][0].upper())
    elif kind == "numeric":
        page.fill(f"input[name=q{slot}]", key["answer"].replace(".", ","))
    elif kind == "matching":
        for left, token in key["pairs"].items():
            page.select_option(f"select[name=q{slot}-{left}]", token)
    elif kind == "ordering":
        for position, item in enumerate(key["order"], start=1):
            page.select_option(f"select[name=q{slot}-{item}]", str(position))


def test_answers_given_offline_are_saved_and_graded(
    browser, live_server, catalogue, tree, make_employee
):
    employee = make_employee(tree["front"], username="leyla")
    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    category = QuestionCategory.objects.create(name="Test")
    quiz = make_quiz(course, sample_questions(category), time_limit_minutes=30)
    enrol_self(employee=employee, course=course)
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, "leyla")
    page.goto(quiz.url)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/quizzes/attempts/*/")
    attempt = Attempt.objects.get()
    keys = attempt.key
    state = page.locator("#save-state")

    for key in keys[:3]:
        answer(page, key)
    expect(state).to_have_class(re.compile("save-state--saved"))
    attempt.refresh_from_db()
    assert answered(attempt) == 3

    context.set_offline(True)
    page.evaluate("window.dispatchEvent(new Event('offline'))")
    for key in keys[3:]:
        answer(page, key)
    expect(state).to_have_class(re.compile("save-state--offline"))
    attempt.refresh_from_db()
    assert answered(attempt) == 3  # nothing reached the server meanwhile

    context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(state).to_have_class(re.compile("save-state--saved"))
    attempt.refresh_from_db()
    assert answered(attempt) == 7

    cookies = context.cookies()
    violations = axe_violations(browser, page.url, cookies)
    assert violations == [], [(v["id"], v["help"]) for v in violations]

    page.locator(".quiz-overview button[type=submit]").click()
    page.wait_for_url("**/review/")
    attempt.refresh_from_db()
    assert (attempt.state, attempt.percent) == (Attempt.State.GRADED, 100)
    assert "100%" in page.inner_text("main")
    context.close()


def test_quiz_pages_fit_a_360px_phone(
    browser, live_server, catalogue, tree, make_employee
):
    employee = make_employee(tree["front"], username="leyla")
    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    quiz = make_quiz(
        course, sample_questions(QuestionCategory.objects.create(name="T"))
    )
    enrol_self(employee=employee, course=course)
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    log_in(page, "leyla")
    page.goto(quiz.url)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/quizzes/attempts/*/")
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 360

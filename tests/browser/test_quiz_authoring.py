"""A trainer authors one question of every type in the admin (the form and its
inline options, in Chromium), puts them in a quiz, and an employee takes it and
gets full marks. A trainer writes a hint in the admin form, and the employee who
answers wrong finds it in the review."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from courses.quizzes.models import Attempt, Question, QuestionCategory, QuizPage
from courses.services import enrol_self
from tests.browser.conftest import PASSWORD, log_in, settle
from tests.courses.conftest import make_course
from tests.quizzes.conftest import make_quiz

SHOTS = os.environ.get("LMS_SCREENSHOTS")  # a folder to keep the screenshots in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# type: (question text, extra fields, options as (text, right, match))
AUTHORED = {
    "single": ("Agentlik nə vaxt yaradılıb?", {}, [
        ("2015", False, ""), ("2012", True, ""), ("2008", False, ""),
    ]),
    "multiple": ("Hansılar prinsipdir?", {}, [
        ("sürət həddi", False, ""), ("şəffaflıq", True, ""), ("nəzakət", True, ""),
    ]),
    "truefalse": ("108 çağrı mərkəzinin nömrəsidir.", {"true_false_answer": False}, []),
    "short": ("Soyadı yazın: İSMAYILOV", {}, [("İsmayılov", True, "")]),
    "numeric": ("Cavab müddəti neçə iş günüdür?",
                {"numeric_answer": "15", "tolerance": "0.5"}, []),
    "matching": ("Uyğunlaşdırın", {}, [
        ("ASAN İmza", False, "mobil imza"), ("myGov", False, "şəxsi kabinet"),
    ]),
    "ordering": ("Ardıcıllıq", {}, [
        ("Salamlaşın", False, ""), ("Dinləyin", False, ""), ("Həll edin", False, ""),
    ]),
}  # fmt: skip


def author(page, category, kind, hints=()):
    text, fields, options = AUTHORED[kind]
    page.goto("/admin/snippets/quizzes/question/add/")
    chooser = page.locator("[data-chooser-action-choose]").first
    chooser.click()  # the category is a snippet chooser: pick it in its modal
    page.locator(".modal a[data-chooser-modal-choice]", has_text=category.name).click()
    expect(page.locator("#id_category")).to_have_value(str(category.pk))
    page.select_option("#id_type", kind)
    page.fill("#id_text", text)
    page.fill("#id_points", "1")
    if "numeric_answer" in fields:
        page.fill("#id_numeric_answer", fields["numeric_answer"])
        page.fill("#id_tolerance", fields["tolerance"])
    if fields.get("true_false_answer") is False:
        page.uncheck("#id_true_false_answer")
    for index, (option, right, match) in enumerate(options):
        page.click("#id_options-ADD")
        page.fill(f"#id_options-{index}-text", option)
        if right:
            page.check(f"#id_options-{index}-is_correct")
        if match:
            page.fill(f"#id_options-{index}-match_text", match)
    for index, hint in enumerate(hints):
        add_hint(page, index, hint)
    page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    expect(page).to_have_url(
        re.compile(r"/admin/snippets/quizzes/question/(\?locale=\w+)?$")
    )
    expect(page.locator(".messages")).to_contain_text(text[:20])


def add_hint(page, index, text):
    """Add a hint at the end of the list block and type it (line breaks too)."""
    hints = page.locator("[data-contentpath=hint_texts]")
    hints.locator("button.c-sf-add-button").last.click()
    field = page.locator(f"textarea[name='hint_texts-{index}-value']")
    expect(field).to_be_visible()
    field.fill(text)


def answer_everything(page):
    """Answer every question from what the page shows (texts), as a person would."""
    for kind, (text, _fields, options) in AUTHORED.items():
        question = page.locator("fieldset.question", has_text=text)
        if kind == "single":
            question.get_by_label("2012").check()
        elif kind == "multiple":
            question.get_by_label("şəffaflıq").check()
            question.get_by_label("nəzakət").check()
        elif kind == "truefalse":
            question.locator("input[value=false]").check()
        elif kind == "short":
            question.locator("input[type=text]").fill("ismayılov")
        elif kind == "numeric":
            question.locator("input[type=text]").fill("15,4")
        elif kind == "matching":
            for left, _right, match in options:
                question.get_by_label(left).select_option(label=match)
        elif kind == "ordering":
            for position, (item, _right, _match) in enumerate(options, start=1):
                question.get_by_label(item).select_option(str(position))


def log_in_admin(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_trainer_authors_every_type_and_an_employee_takes_the_quiz(
    browser, live_server, catalogue, tree, make_employee
):
    make_employee(tree["agency"], roles=("Trainer",), username="telimci")
    employee = make_employee(tree["front"], username="leyla")
    category = QuestionCategory.objects.create(name="Xidmət standartları")
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in_admin(page, "telimci")
    for kind in AUTHORED:
        author(page, category, kind)
    settle(page)
    context.close()
    authored = list(Question.objects.filter(category=category).order_by("pk"))
    assert [q.type for q in authored] == list(AUTHORED)
    assert errors == []

    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    quiz = make_quiz(course, authored)
    enrol_self(employee=employee, course=course)
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    log_in(page, employee.user.username)
    page.goto(quiz.url)
    page.locator("main section.card form button[type=submit]").click()
    page.wait_for_load_state()
    answer_everything(page)
    page.locator("#attempt-form button[type=submit].button").last.click()
    page.wait_for_load_state()
    settle(page)
    context.close()
    attempt = Attempt.objects.get(employee=employee)
    assert attempt.state == Attempt.State.GRADED
    assert attempt.percent == 100


def test_a_hint_written_in_the_admin_reaches_the_review_of_a_wrong_answer(
    browser, live_server, catalogue, tree, make_employee, tmp_path
):
    make_employee(tree["agency"], roles=("Trainer",), username="telimci")
    employee = make_employee(tree["front"], username="leyla")
    category = QuestionCategory.objects.create(name="Xidmət standartları")
    context = browser.new_context(
        base_url=live_server.url, locale="az", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in_admin(page, "telimci")
    author(
        page,
        category,
        "single",
        hints=["Agentliyin <b>ilk</b> ili<script>alert(1)</script>", "İkinci\nsətir"],
    )
    question = Question.objects.get(category=category)
    assert question.hints == ["Agentliyin <b>ilk</b> ili", "İkinci<br>sətir"]

    page.goto(f"/admin/snippets/quizzes/question/edit/{question.pk}/")
    hints = page.locator("[data-contentpath=hint_texts]")
    expect(page.get_by_role("heading", name="İpucları")).to_be_visible()  # az label
    expect(hints.get_by_role("heading", name="İpucu İkinci sətir")).to_be_visible()
    expect(page.locator("textarea[name='hint_texts-1-value']")).to_have_value(
        "İkinci\nsətir"
    )
    hints.scroll_into_view_if_needed()
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "question-hints-admin-az.png"), full_page=True)
    settle(page)
    context.close()
    assert errors == []

    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    quiz = make_quiz(course, [question], review_shows=QuizPage.ReviewShows.FULL)
    enrol_self(employee=employee, course=course)
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    log_in(page, employee.user.username)
    page.goto(quiz.url)
    page.locator("main section.card form button[type=submit]").click()
    page.wait_for_load_state()
    page.get_by_label("2008").check()  # wrong
    page.locator("#attempt-form button[type=submit].button").last.click()
    page.wait_for_load_state()
    attempt = Attempt.objects.get(employee=employee)
    page.goto(f"/quizzes/attempts/{attempt.pk}/review/")
    hint = page.locator("main [role=note]")
    expect(hint).to_contain_text("İpucları")
    expect(hint).to_contain_text("Agentliyin ilk ili")
    expect(hint.locator("b")).to_have_text("ilk")
    settle(page)
    context.close()
    assert attempt.state == Attempt.State.GRADED and attempt.percent == 0

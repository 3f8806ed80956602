"""On a 360 px phone, in Azerbaijani, the review of a submitted quiz shows the hint
beside the wrong answer, fits the screen and passes axe."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from courses.quizzes.models import QuestionCategory
from courses.quizzes.services import start_attempt, submit_attempt
from courses.services import enrol_self
from tests.browser.conftest import axe_violations, log_in
from tests.courses.conftest import make_course
from tests.quizzes.conftest import add_question, make_quiz

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = os.environ.get("LMS_SCREENSHOTS")  # a folder to keep the screenshots in


def test_the_review_shows_the_hint_on_a_phone_in_azerbaijani(
    browser, live_server, catalogue, employee_user, tmp_path
):
    course = make_course(
        catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS, lessons=1
    )
    category = QuestionCategory.objects.create(name="Test")
    question = add_question(
        category,
        "single",
        "ASAN xidmət mərkəzində vətəndaşa ilk növbədə nə təklif olunur?",
        [
            {"text": "Növbə talonu və məlumatlandırma", "is_correct": True},
            {"text": "Şikayət kitabı", "feedback": "Şikayət kitabı sonra gəlir."},
        ],
        hints=["<p>Vətəndaş mərkəzə daxil olanda <b>ilk addımı</b> düşünün.</p>"],
    )
    quiz = make_quiz(course, [question])
    enrol_self(employee=employee_user, course=course)
    attempt = start_attempt(employee=employee_user, quiz=quiz, language="az")
    item = attempt.questions[0]
    wrong = next(o["id"] for o in item["options"] if o["text"] == "Şikayət kitabı")
    submit_attempt(
        attempt_id=attempt.pk,
        employee=employee_user,
        answers={str(item["slot"]): wrong},
    )

    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    log_in(page, "leyla")
    page.goto(f"/quizzes/attempts/{attempt.pk}/review/")
    hint = page.locator("main [role=note]")
    expect(hint).to_contain_text("İpucu")
    expect(hint).to_contain_text("ilk addımı")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / "quiz-review-hint-az-360.png"), full_page=True)
    violations = axe_violations(browser, page.url, context.cookies())
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    context.close()

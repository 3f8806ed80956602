"""An employee passes the last quiz of a course (in Azerbaijani, on a phone and on a
desktop): the result page shows the pass, the certificate and what to learn next;
the course page no longer offers to continue and ticks the quiz."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from certificates.receivers import issue_on_pass
from courses.models import CourseIndexPage, CoursePage
from courses.quizzes.models import QuestionCategory
from courses.services import complete_lesson, enrol_self
from courses.signals import course_passed
from tests.browser.conftest import axe_violations, log_in
from tests.courses.conftest import make_course
from tests.quizzes.conftest import add_question, make_quiz

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def courses(transactional_db, settings, tmp_path):
    settings.LMS_CERT_PDF_ROOT = tmp_path / "private"
    course_passed.connect(issue_on_pass, dispatch_uid="certificates.issue_on_pass")
    home = Page.get_first_root_node().get_children().first()
    index = home.add_child(instance=CourseIndexPage(title="Kurslar", slug="kurslar"))
    course = make_course(
        index, title="Xidmət standartları", lessons=1,
        pass_mode=CoursePage.PassMode.ASSESSMENTS,
    )  # fmt: skip
    category = QuestionCategory.objects.create(name="Standartlar")
    question = add_question(
        category, "truefalse", "108 çağrı mərkəzidir.", true_false_answer=True
    )
    quiz = make_quiz(course, [question], pass_mark=100, review_shows="score")
    follow_up = make_course(index, title="Növbənin idarə edilməsi", lessons=1)
    follow_up.prerequisites.add(course)
    follow_up.save_revision().publish()
    return course, quiz, follow_up


@pytest.mark.parametrize("width", [360, 1280])
def test_passing_the_last_quiz_leads_to_the_certificate_and_the_next_course(
    browser, live_server, courses, employee_user, width
):
    course, quiz, follow_up = courses
    enrolment = enrol_self(employee=employee_user, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons().first())
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, "leyla")
    page.goto(quiz.url)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/quizzes/attempts/*/")
    page.check("input[value=true]")
    page.locator(".quiz-overview button[type=submit]").click()
    page.wait_for_url("**/review/")

    panel = page.locator(".next-step")
    expect(panel).to_contain_text("Bu kursu keçdiniz")
    expect(panel.get_by_role("link", name="Sertifikatınızı yükləyin")).to_be_visible()
    expect(panel.get_by_role("link", name="Növbənin idarə edilməsi")).to_be_visible()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    violations = axe_violations(browser, page.url, context.cookies())
    assert violations == [], [(v["id"], v["help"]) for v in violations]

    page.goto(course.url)
    expect(page.locator("main")).not_to_contain_text("Qaldığınız yerdən davam et")
    expect(page.locator(".next-step")).to_contain_text("Bu kursu keçdiniz")
    quiz_row = page.locator(".outline li", has_text=quiz.title)
    expect(quiz_row.locator(".badge--ok")).to_be_visible()
    with page.expect_download() as download:
        page.locator(".next-step").get_by_role(
            "link", name="Sertifikatınızı yükləyin"
        ).click()
    assert download.value.path().read_bytes().startswith(b"%PDF")
    context.close()

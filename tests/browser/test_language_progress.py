"""Switching the interface language keeps the employee's place in the course."""

import pytest

from courses.services import complete_lesson, enrol_self
from tests.browser.conftest import log_in
from tests.courses.conftest import make_course, translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_language_switch_keeps_progress(page, catalogue, tree, make_employee):
    employee = make_employee(tree["front"], username="leyla")
    course = make_course(catalogue, title="Fərdi məlumatlar", lessons=2)
    ru_course = translate(course, "ru")
    enrolment = enrol_self(employee=employee, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons()[0])
    log_in(page, "leyla")
    page.goto(course.url)
    assert page.locator("main progress").get_attribute("value") == "50"
    page.click("button[name=language][value=ru]")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "ru"
    assert ru_course.title in page.inner_text("main h1")
    assert page.locator("main progress").get_attribute("value") == "50"
    page.goto("/dashboard/")
    assert ru_course.title in page.inner_text("main")

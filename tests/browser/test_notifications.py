"""The unread count in the header (on a phone too), the notifications page in
Azerbaijani, and marking one as read."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from courses.models import CourseIndexPage
from courses.notices import notify_enrolment
from courses.services import enrol_self
from tests.browser.conftest import axe_violations, log_in
from tests.courses.conftest import make_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def told(transactional_db, employee_user):
    home = Page.get_first_root_node().get_children().first()
    index = home.add_child(instance=CourseIndexPage(title="Kurslar", slug="kurslar"))
    course = make_course(index, title="Vətəndaş müraciətləri", lessons=1)
    enrolment = enrol_self(employee=employee_user, course=course)
    for kind in ("assigned", "overdue"):
        notify_enrolment(enrolment, kind)
    return course


@pytest.mark.parametrize("width", [360, 1280])
def test_unread_count_page_and_mark_as_read(
    browser, live_server, employee_user, told, width
):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": width, "height": 800}
    )
    page = context.new_page()
    log_in(page, "leyla")
    link = page.locator("a.notifications-link")
    expect(link).to_be_visible()
    expect(link.locator(".count-badge")).to_have_text("2 oxunmamış")
    link.click()
    page.wait_for_url("**/notifications/")
    items = page.locator(".notification")
    expect(items).to_have_count(2)
    expect(items.first).to_contain_text("Vətəndaş müraciətləri")
    assert (
        page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        <= 0
    )
    violations = axe_violations(browser, page.url, context.cookies())
    assert violations == [], [(v["id"], v["help"]) for v in violations]
    items.first.get_by_role("button").click()
    page.wait_for_load_state()
    expect(page.locator("a.notifications-link .count-badge")).to_have_text(
        "1 oxunmamış"
    )
    page.get_by_role("button", name="Hamısını oxunmuş kimi qeyd et").click()
    page.wait_for_load_state()
    expect(page.locator("a.notifications-link .count-badge")).to_have_count(0)
    page.locator(".notification a", has_text="Vətəndaş müraciətləri").first.click()
    page.wait_for_url(f"**{told.url}")
    context.close()

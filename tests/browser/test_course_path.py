"""The path a new user takes: a trainer builds a course, a manager assigns it, an
employee of that unit works through it to 100 %."""

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect
from wagtail.models import GroupPagePermission, Page

from courses.models import CourseIndexPage, CoursePage, Enrolment
from tests.browser.conftest import axe_violations, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def catalogue(transactional_db):
    home = Page.get_first_root_node().get_children().first()
    index = home.add_child(instance=CourseIndexPage(title="Kurslar", slug="kurslar"))
    trainers = Group.objects.get(name="Trainer")
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=trainers,
            page=index,
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    return index


def admin_log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pass-1234-word")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def publish(page):
    with page.expect_navigation():
        page.evaluate("document.querySelector('button[name=action-publish]').click()")


def fill_title(page, title):
    page.fill("#id_title", title)
    page.press("#id_title", "Tab")  # the slug follows the title when it loses focus
    expect(page.locator("#id_slug")).not_to_have_value("")


def add_lesson(page, course_id, title, text):
    page.goto(f"/admin/pages/add/courses/lessonpage/{course_id}/")
    fill_title(page, title)
    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Text").first.click()
    editor = page.locator("[contenteditable=true]").first
    editor.click()
    page.keyboard.type(text)
    # The editor writes its content into the form shortly after typing stops.
    page.wait_for_function(
        "t => [...document.querySelectorAll('input[type=hidden]')]"
        ".some(i => i.value.includes(t))",
        arg=text.split()[-1],
    )
    publish(page)


def test_trainer_builds_manager_assigns_employee_completes(
    browser, live_server, catalogue, tree, make_employee, manager_of
):
    make_employee(tree["agency"], roles=("Trainer",), username="trainer")
    manager_of(tree["baku"], username="manager")
    employee = make_employee(tree["front"], username="leyla")
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)

    admin_log_in(page, "trainer")
    page.goto(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/")
    fill_title(page, "Vətəndaş müraciətləri")
    page.fill("#id_summary", "Müraciətlərin qəbulu və cavablandırılması.")
    publish(page)
    course = CoursePage.objects.get(title="Vətəndaş müraciətləri", alias_of=None)
    assert course.live
    assert course.slug == "vetendas-muracietleri"  # Azerbaijani letters transliterated
    add_lesson(page, course.pk, "Müraciətin qəbulu", "Müraciəti qeydiyyata alın.")
    add_lesson(page, course.pk, "Cavab müddətləri", "Cavab 15 iş günü ərzində verilir.")
    course.refresh_from_db()
    assert course.get_children().live().count() == 2

    context.clear_cookies()

    admin_log_in(page, "manager")
    page.goto("/admin/courses/assign/")
    page.select_option("#id_course", label="Vətəndaş müraciətləri")
    page.check(f"input[name=org_units][value='{tree['baku'].pk}']")
    page.fill("#id_due_date", "2030-01-15")
    page.click("h1")  # a click elsewhere closes the date picker
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    enrolment = Enrolment.objects.get(employee=employee)
    assert str(enrolment.due_date) == "2030-01-15"
    context.clear_cookies()

    log_in(page, "leyla")
    assigned = page.locator("#assigned-heading + ul")
    assert "Vətəndaş müraciətləri" in assigned.inner_text()
    assigned.get_by_role("link", name="Vətəndaş müraciətləri").click()
    page.locator("main a.button").click()  # Start
    assert "Müraciəti qeydiyyata alın." in page.inner_text("main")
    page.locator("form[action$='/done/'] button").click()
    assert "Cavab 15 iş günü ərzində verilir." in page.inner_text("main")
    page.locator("form[action$='/done/'] button").click()
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.PASSED
    page.goto("/dashboard/")
    assert "Vətəndaş müraciətləri" in page.locator("#done-heading + ul").inner_text()

    cookies = context.cookies()
    for url in [catalogue.url, course.url, course.get_children().first().url]:
        violations = axe_violations(browser, live_server.url + url, cookies)
        assert violations == [], (url, [(v["id"], v["help"]) for v in violations])
    context.close()

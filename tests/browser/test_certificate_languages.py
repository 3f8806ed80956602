"""An employee who reads the site in Russian still gets the certificate in the
preferred language (Azerbaijani), and downloads it in Russian from "My
certificates"."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from certificates.models import Certificate
from certificates.receivers import issue_on_pass
from courses.models import CourseIndexPage
from courses.services import enrol_self
from courses.signals import course_passed
from tests.browser.conftest import log_in
from tests.courses.conftest import make_course, translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def course(transactional_db, settings, tmp_path):
    settings.LMS_CERT_PDF_ROOT = tmp_path / "private"
    course_passed.connect(issue_on_pass, dispatch_uid="certificates.issue_on_pass")
    home = Page.get_first_root_node().get_children().first()
    index = home.add_child(instance=CourseIndexPage(title="Kurslar", slug="kurslar"))
    course = make_course(index, title="Vətəndaş müraciətləri", lessons=1)
    translate(course, "ru")
    return course


def test_certificate_in_the_preferred_language_and_a_copy_in_russian(
    browser, live_server, course, employee_user
):
    enrol_self(employee=employee_user, course=course)
    context = browser.new_context(
        base_url=live_server.url,
        accept_downloads=True,
        viewport={"width": 360, "height": 740},
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in(page, "leyla")
    page.click(".nav-toggle")  # on a phone the language buttons are in the menu
    page.click("button[name=language][value=ru]")
    page.wait_for_load_state()
    page.goto(course.lessons().first().url)
    page.locator("form[action$='/done/'] button").click()
    page.wait_for_load_state()
    assert Certificate.objects.get().language == "az"

    page.goto("/my-certificates/")
    card = page.locator(".certificate-card")
    expect(card.locator("a.button")).to_contain_text("Azərbaycanca")
    russian = card.locator(".certificate-card__languages a", has_text="Русский")
    russian.click()
    page.wait_for_load_state()
    expect(page.locator(".messages")).to_contain_text("PDF")
    with page.expect_download() as download:
        page.locator(".certificate-card__languages a", has_text="Русский").click()
    assert download.value.suggested_filename.endswith("-ru.pdf")
    assert download.value.path().read_bytes().startswith(b"%PDF")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    context.close()

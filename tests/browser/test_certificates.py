"""An employee passes a course, downloads the certificate, checks it publicly; HR
revokes it and the public page says so."""

import hashlib

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from certificates.models import Certificate
from certificates.receivers import issue_on_pass
from courses.models import CourseCompetency, CourseIndexPage
from courses.services import enrol_self
from courses.signals import course_passed
from tests.browser.conftest import axe_violations, log_in
from tests.courses.conftest import make_synced_course
from tests.factories import CompetencyFactory, make_levels

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
    course = make_synced_course(
        index, title="Vətəndaş müraciətləri", lessons=1, certificate_validity_months=24
    )
    CourseCompetency.objects.create(
        course=course,
        competency=CompetencyFactory(code="CE-01"),
        level=make_levels()[2],
    )
    return course


def admin_log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pass-1234-word")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")


def test_employee_earns_downloads_and_verifies_then_hr_revokes(
    browser, live_server, course, employee_user, tree, make_employee
):
    make_employee(tree["agency"], roles=("HR",), username="hr")
    enrol_self(employee=employee_user, course=course)
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    csp = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp.append(m))

    log_in(page, "leyla")
    page.goto(course.lessons().first().url)
    page.locator("form[action$='/done/'] button").click()
    page.wait_for_load_state()
    certificate = Certificate.objects.get(employee=employee_user)

    page.goto("/my-certificates/")
    card = page.locator(".certificate-card")
    expect(card).to_contain_text("Vətəndaş müraciətləri")
    expect(card.locator(".badge--ok")).to_be_visible()
    with page.expect_download() as download:
        card.locator("a.button").click()
    pdf = download.value.path().read_bytes()
    certificate.refresh_from_db()
    assert pdf.startswith(b"%PDF")
    assert hashlib.sha256(pdf).hexdigest() == certificate.pdf_sha256
    cookies = context.cookies()
    for url in ["/my-certificates/", f"/verify/{certificate.code}/"]:
        violations = axe_violations(browser, live_server.url + url, cookies)
        assert violations == [], (url, [(v["id"], v["help"]) for v in violations])

    card.get_by_role("link", name="Yoxlama səhifəsi").click()
    expect(page.locator(".verification--issued")).to_contain_text(
        employee_user.full_name
    )
    context.clear_cookies()

    admin_log_in(page, "hr")
    page.goto("/admin/certificates/")
    expect(page.locator("main")).to_contain_text(employee_user.full_name)
    page.goto(f"/admin/certificates/{certificate.pk}/revoke/")
    page.fill("#id_reason", "Təkrar yoxlama: nəticə ləğv edildi")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/admin/certificates/inspect/{certificate.pk}/")
    context.clear_cookies()

    page.goto(f"/verify/{certificate.code}/")
    expect(page.locator(".verification--revoked")).to_be_visible()
    assert "Təkrar yoxlama" not in page.inner_text("main")
    context.close()
    assert csp == []

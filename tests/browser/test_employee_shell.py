import pytest

from tests.browser.conftest import axe_violations, log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PAGES = ["/dashboard/", "/me/", "/competencies/"]


def test_employee_logs_in_and_finds_their_profile(page, employee_user):
    log_in(page, "leyla")
    assert page.url.endswith("/dashboard/")
    page.get_by_role("navigation").get_by_role("link", name="Profil").click()
    assert employee_user.full_name in page.inner_text("main")
    assert page.csp_violations == []


def test_language_switch_changes_the_interface_and_is_remembered(page, employee_user):
    """The pages follow the button; the preferred language (certificates, e-mails)
    is chosen on the profile and stays."""
    log_in(page, "leyla")
    assert page.get_attribute("html", "lang") == "az"
    page.click("button[name=language][value=ru]")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "ru"
    assert page.url.endswith("/dashboard/")
    assert "Моё обучение" in page.inner_text("main h1")
    employee_user.refresh_from_db()
    assert employee_user.preferred_language == "az"
    page.goto("/me/")
    assert page.get_attribute("html", "lang") == "ru"
    page.select_option("#id_preferred_language", "ru")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    employee_user.refresh_from_db()
    assert employee_user.preferred_language == "ru"


def test_keyboard_user_can_skip_to_the_content(page, employee_user):
    log_in(page, "leyla")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("url", ["/login/"] + PAGES)
def test_pages_fit_a_360px_phone(browser, live_server, employee_user, url):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    log_in(page, "leyla")
    page.goto(url)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    context.close()
    assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 360px"


def test_no_serious_accessibility_violations(browser, page, live_server, employee_user):
    log_in(page, "leyla")
    cookies = page.context.cookies()
    for url in ["/login/"] + PAGES:
        violations = axe_violations(browser, live_server.url + url, cookies)
        assert violations == [], (url, [(v["id"], v["help"]) for v in violations])

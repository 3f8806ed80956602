"""On a 360 px phone: "My skills" shows each competency as a card (nothing clipped,
nothing to scroll sideways) and the top navigation folds behind a menu button that
works with the keyboard and tells screen readers whether it is open."""

import pytest
from playwright.sync_api import expect

from skills.models import PositionRequirement
from tests.browser.conftest import axe_violations, log_in
from tests.factories import CompetencyFactory, make_levels

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LONG_NAMES = [
    "Vətəndaşlarla nəzakətli və etik ünsiyyət, şikayətlərin qəbulu və həlli",
    "Elektron hökumət portalında xidmətlərin göstərilməsi (ASAN Login, myGov)",
    "Fərdi məlumatların qorunması və məxfilik tələblərinə əməl edilməsi",
    "Növbənin idarə edilməsi",
]


@pytest.fixture
def requirements(employee_user):
    levels = make_levels()
    for number, name in enumerate(LONG_NAMES, start=1):
        PositionRequirement.objects.create(
            position=employee_user.position,
            competency=CompetencyFactory(code=f"SS-{number:02d}", name=name),
            level=levels[3],
        )


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def sideways_overflow(page):
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_my_skills_is_a_list_of_cards_on_a_phone(phone, employee_user, requirements):
    log_in(phone, "leyla")
    phone.goto("/my-skills/")
    assert sideways_overflow(phone) <= 0
    table = phone.locator(".skill-table")
    clipped = table.evaluate("t => t.scrollWidth - t.parentElement.clientWidth")
    assert clipped <= 0
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(len(LONG_NAMES))
    first = rows.first.bounding_box()
    second = rows.nth(1).bounding_box()
    assert first["width"] <= 360 and second["y"] >= first["y"] + first["height"]
    label = table.locator("td").first.evaluate(
        "td => getComputedStyle(td, '::before').content"
    )
    assert "Sizin səviyyəniz" in label
    violations = axe_violations(
        phone.context.browser, phone.url, phone.context.cookies()
    )
    assert violations == [], [(v["id"], v["help"]) for v in violations]


def test_the_menu_folds_on_a_phone_and_works_with_the_keyboard(phone, employee_user):
    log_in(phone, "leyla")
    toggle = phone.locator(".nav-toggle")
    link = phone.get_by_role("link", name="Səriştələrim")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(link).to_be_hidden()
    assert sideways_overflow(phone) <= 0

    toggle.focus()
    phone.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(link).to_be_visible()
    assert sideways_overflow(phone) <= 0
    phone.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(link).to_be_hidden()
    assert phone.evaluate("document.activeElement.classList.contains('nav-toggle')")

    phone.keyboard.press("Space")
    expect(link).to_be_visible()
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")  # "My learning", then "My skills"
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/my-skills/")


def test_on_a_desktop_the_menu_is_always_open(page, employee_user):
    page.set_viewport_size({"width": 1280, "height": 800})
    log_in(page, "leyla")
    expect(page.locator(".nav-toggle")).to_be_hidden()
    expect(page.get_by_role("link", name="Səriştələrim")).to_be_visible()


def test_without_javascript_the_menu_stays_open(browser, live_server, employee_user):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 360, "height": 740},
        java_script_enabled=False,
    )
    page = context.new_page()
    log_in(page, "leyla")
    expect(page.get_by_role("link", name="Səriştələrim")).to_be_visible()
    expect(page.locator(".nav-toggle")).to_be_hidden()
    context.close()

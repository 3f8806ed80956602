"""The skills matrix in a real browser: readable, keyboard- and phone-friendly."""

from pathlib import Path

import pytest

from people.models import EmployeeProfile
from skills.models import CompetencyEvidence, PositionRequirement
from tests.browser.conftest import AXE, PASSWORD, axe_violations, log_in
from tests.factories import AreaFactory, CompetencyFactory, PositionFactory, make_levels

# serialized_rollback: the roles made by data migrations survive the flushes.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MATRIX = "/admin/skills/matrix/"


@pytest.fixture
def matrix_data(tree, make_employee):
    levels = make_levels()
    area = AreaFactory(code="service", name="Xidmət standartları")
    operator = PositionFactory(code="operator")
    codes = [f"SS-{index:02d}" for index in range(1, 13)]
    competencies = [CompetencyFactory(code=code, area=area) for code in codes]
    for competency in competencies[:6]:
        PositionRequirement.objects.create(
            position=operator, competency=competency, level=levels[2]
        )
    people = [
        make_employee(tree["front"], full_name=f"Məmmədova Günay {index}")
        for index in range(8)
    ]
    for index, person in enumerate(people):
        for competency in competencies[: index % 7]:
            CompetencyEvidence.objects.create(
                employee=person, competency=competency, level=levels[1 + index % 3]
            )
    CompetencyEvidence.objects.create(  # held, though the position does not need it
        employee=people[0], competency=competencies[8], level=levels[4]
    )
    return make_employee(tree["agency"], roles=("HR",), username="hr-user")


def admin_log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_hr_reads_the_matrix_and_opens_a_cell(page, matrix_data):
    admin_log_in(page, "hr-user")
    page.goto(MATRIX)
    table = page.locator("table.skills-matrix")
    assert "Skills matrix" in table.locator("caption").inner_text()
    assert page.locator(".skills-legend").is_visible()
    states = {"meets", "below", "missing", "not-required"}
    colours = {
        state: page.locator(f"tbody .cell--{state}").first.evaluate(
            "cell => getComputedStyle(cell).backgroundColor"
        )
        for state in states
    }
    assert len(set(colours.values())) == 4, colours
    icon_title = page.locator("tbody .cell--missing svg title").first.text_content()
    assert icon_title == "Required, no valid evidence"
    page.locator("tbody .cell--meets a").first.click()
    page.wait_for_load_state()
    assert "Counts now" in page.inner_text("main")


def test_the_matrix_scrolls_inside_its_box_on_a_phone(
    browser, live_server, matrix_data
):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    admin_log_in(page, "hr-user")
    page.goto(MATRIX)
    box = page.locator(".skills-matrix__scroll")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    inner = box.evaluate("el => el.scrollWidth - el.clientWidth")
    first = page.locator("tbody th.matrix__person").first
    before = first.bounding_box()["x"]
    box.evaluate("el => { el.scrollLeft = 400; }")
    after = first.bounding_box()["x"]
    context.close()
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    assert inner > 0  # the table scrolls inside its container
    assert abs(after - before) < 1  # the people column stays in view


def test_no_serious_accessibility_violations_in_the_matrix(page, matrix_data):
    admin_log_in(page, "hr-user")
    page.goto(MATRIX)
    page.add_script_tag(path=str(Path(AXE)))
    result = page.evaluate(
        """async () => await axe.run(
            {include: [['.skills-matrix__scroll'], ['.skills-legend'],
                       ['.skills-filters'], ['.skills-toolbar']]})"""
    )
    serious = [
        (v["id"], v["help"])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_my_skills_fits_a_phone_and_passes_axe(browser, live_server, matrix_data):
    employee = EmployeeProfile.objects.get(full_name="Məmmədova Günay 3")
    employee.user.username = "gunay"
    employee.user.save()
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 360, "height": 740}
    )
    page = context.new_page()
    csp = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp.append(m))
    log_in(page, "gunay")
    page.goto("/my-skills/")
    heading = page.inner_text("main h1")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    cookies = context.cookies()
    context.close()
    assert heading in ("My skills", "Səriştələrim")
    assert overflow <= 0 and csp == []
    violations = axe_violations(browser, live_server.url + "/my-skills/", cookies)
    assert violations == [], [(v["id"], v["help"]) for v in violations]

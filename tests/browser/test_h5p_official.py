"""The official content types trainers use import, play in a lesson for an enrolled
employee, and each scored one records the score the employee earned.

The packages are third-party code and content, so they are not in the project: they
are read from the cache ``tests/h5p/official/fetch_packages.py`` fills
(``$LMS_H5P_PACKAGES`` or ``~/.cache/lms-h5p-packages``). A package not there is
skipped, by name."""

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from courses.h5p.models import XAPIStatement
from courses.h5p.services import import_package
from courses.services import enrol_self
from tests.browser.conftest import log_in, settle
from tests.browser.test_h5p import h5p_origin  # noqa: F401 (the fixture)
from tests.courses.conftest import make_course
from tests.h5p.conftest import add_activity
from tests.h5p.official.fetch_packages import cache_dir

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
FRAME = "iframe.h5p-activity__frame"
CHECK = ".h5p-question-check-answer:visible, .h5p-theme-check:visible"


@dataclass
class Case:
    play: object  # play(frame) answers as the employee would
    score: tuple | None = None  # (raw, max) the top-level statement must carry
    shows: str = ""  # text the player shows once it has started


def click_text(frame, selector, text):
    frame.locator(selector, has_text=text).first.click()


def multichoice(frame):
    click_text(frame, "[role=radio], [role=checkbox]", "Vətəndaşı salamlayır")
    frame.locator(CHECK).click()


def truefalse(truth):
    def play(frame):
        frame.locator(".h5p-true-false-answer", has_text=truth).click()
        frame.locator(CHECK).click()

    return play


def questionset(frame):
    click_text(frame, "[role=radio], [role=checkbox]", "Vətəndaşı salamlayır")
    frame.locator(CHECK).click()
    frame.locator(".h5p-question-next:visible, .h5p-theme-next:visible").click()
    frame.locator(".h5p-true-false-answer:visible", has_text="True").click()
    frame.locator(CHECK).click()
    frame.locator(
        ".h5p-question-finish:visible, .h5p-theme-show-results:visible"
    ).click()


def blanks(frame):
    inputs = frame.locator("input.h5p-text-input")
    inputs.nth(0).fill("15")
    inputs.nth(1).fill("ASAN İmza")
    frame.locator(CHECK).click()


def markthewords(frame):
    for word in ("nəzakətli", "şəffaf"):
        frame.get_by_role("option", name=word, exact=True).click()
    frame.locator(CHECK).click()


def summary(frame):
    frame.locator(
        "li.summary-claim-unclicked", has_text="şəxsi məlumatları gizli"
    ).click()
    expect(frame.get_by_text("1/2")).to_be_visible()
    frame.locator(
        "li.summary-claim-unclicked", has_text="Növbə talonu elektron"
    ).click()


def drag(frame, item, zone):
    frame.locator(".h5p-draggable", has_text=item).drag_to(
        frame.locator(".h5p-dropzone", has_text=zone)
    )


def dragquestion(frame):
    drag(frame, "Şəxsiyyət vəsiqəsi", "Böyüklər")
    drag(frame, "Doğum şəhadətnaməsi", "Uşaqlar")
    frame.locator(CHECK).click()


def dragtext(frame):
    for word, index in (("blue", 0), ("red", 1), ("orange", 2)):
        frame.locator(".ui-draggable", has_text=word).first.drag_to(
            frame.locator(".h5p-drag-dropzone-container").nth(index)
        )
    frame.locator(CHECK).click()


def column(frame):
    multichoice(frame)


def nothing(frame):
    pass


CASES = {
    "H5P.MultiChoice-1.16": Case(multichoice, (1, 1)),
    "H5P.TrueFalse-1.8": Case(truefalse("True"), (1, 1)),
    "H5P.TrueFalse-1.6": Case(truefalse("False"), (1, 1)),  # h5p-standalone's
    "H5P.QuestionSet-1.21": Case(questionset, (2, 2)),
    "H5P.Blanks-1.14": Case(blanks, (2, 2)),
    "H5P.MarkTheWords-1.11": Case(markthewords, (2, 2)),
    "H5P.Summary-1.10": Case(summary, (2, 2)),
    "H5P.DragQuestion-1.15": Case(dragquestion, (2, 2)),
    "H5P.DragQuestion-1.13": Case(dragquestion, (2, 2)),
    "H5P.DragText-1.8": Case(dragtext, (3, 3)),  # Lumi's example package
    "H5P.Column-1.18": Case(column, shows="Vətəndaşı ayağa qalxaraq"),
    "H5P.Column-1.12": Case(nothing, shows="rechte Twix"),  # a real export
    "H5P.CoursePresentation-1.27": Case(nothing, shows="Xidmət zalında gün"),
    "H5P.InteractiveVideo-1.28": Case(nothing, shows="Video"),
    "H5P.Accordion-1.0": Case(nothing, shows="ASAN xidmət nədir?"),
    "H5P.Dialogcards-1.9": Case(nothing, shows="ASAN İmza"),
    "H5P.Agamotto-1.5": Case(nothing),
}


def package_file(name):
    path = cache_dir() / f"{name}.h5p"
    if not path.exists():
        pytest.skip(
            f"{path.name} is not in {cache_dir()}: collect the official packages "
            "with tests/h5p/official/fetch_packages.py"
        )
    return path


def scored_top_level(response):
    if "/h5p/xapi/" not in response.url:
        return False
    body = response.request.post_data_json or {}
    parent = (body.get("context") or {}).get("contextActivities", {}).get("parent")
    return not parent and "score" in (body.get("result") or {})


@pytest.mark.usefixtures("h5p_origin")  # the player on its own origin, as deployed
@pytest.mark.parametrize("name", CASES)
def test_official_package_imports_plays_and_records_its_score(
    name, page, catalogue, employee_user
):
    case = CASES[name]
    with package_file(name).open("rb") as source:
        package = import_package(source=source, user=None)
    course = make_course(catalogue, lessons=1)
    lesson = add_activity(course.lessons().first(), package)
    enrol_self(employee=employee_user, course=course)
    log_in(page, "leyla")
    page.goto(lesson.url)
    frame = page.frame_locator(FRAME)
    expect(frame.locator(".h5p-content")).to_be_visible()
    if case.shows:
        expect(frame.get_by_text(case.shows).first).to_be_visible()
    if case.score is None:
        case.play(frame)
        settle(page)
        return
    # Six clicks with the player's animations can outlast the default 10 s on a loaded
    # machine; the wait covers the whole play, not one step.
    with page.expect_response(scored_top_level, timeout=60_000) as posted:
        case.play(frame)
    assert posted.value.status == 201, posted.value.text()
    settle(page)
    sent = posted.value.request.post_data_json["id"]
    row = XAPIStatement.objects.get(statement_id=sent, employee=employee_user)
    assert row.is_attempt
    assert (row.score_raw, row.score_max) == case.score

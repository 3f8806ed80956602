"""The official content types trainers use import, play in a lesson for an enrolled
employee, and each scored one records the score the employee earned.

The packages are third-party code (our own content in most), so they are not in the
project: they are read from the cache ``tests/h5p/official/assemble.py`` (built from
the official library repositories) and ``tests/h5p/official/fetch_packages.py`` (real
packages in other projects' test data) fill (``$LMS_H5P_PACKAGES`` or
``~/.cache/lms-h5p-packages``). A package not there is skipped, by name."""

import io
import json
import shutil
import subprocess
import zipfile
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
    clip: bool = False  # scored only with a video clip ffmpeg makes (no network)


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
    """Each step waits for what the previous one shows, never for time: only the
    current question is visible, and its score bar appears before Next."""
    current = frame.locator(".question-container:visible")
    click_text(current, "[role=radio], [role=checkbox]", "Vətəndaşı salamlayır")
    current.locator(CHECK).click()
    expect(current.locator(".h5p-joubelui-score-bar")).to_be_visible()
    frame.locator(".h5p-question-next:visible, .h5p-theme-next:visible").click()
    expect(current.locator(".h5p-true-false-answer")).to_have_count(2)
    current.locator(".h5p-true-false-answer", has_text="True").click()
    current.locator(CHECK).click()
    expect(current.locator(".h5p-joubelui-score-bar")).to_be_visible()
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


def coursepresentation(frame):
    """Slide 2 holds a TrueFalse question; the summary slide after it reports the
    presentation's score."""
    next_slide = frame.get_by_role("button", name="Next slide")
    next_slide.click()
    slide = frame.locator(".h5p-slide.h5p-current")
    slide.locator(".h5p-true-false-answer", has_text="True").click()
    slide.locator(CHECK).click()
    expect(slide.locator(".h5p-joubelui-score-bar")).to_be_visible()
    next_slide.click()


def interactivevideo(frame):
    """The clip pauses at 1 s on a MultiChoice; the end screen's Submit sends the
    video's score."""
    frame.get_by_role("button", name="Play").first.click()
    question = frame.locator(".h5p-interaction:visible")
    click_text(question, "[role=radio], [role=checkbox]", "Vətəndaşı salamlayır")
    question.locator(CHECK).click()
    expect(question.locator(".h5p-answer.h5p-selected.h5p-correct")).to_have_count(1)
    frame.get_by_role("button", name="Open summary dialog").click()
    frame.get_by_role("button", name="Submit Answers").click()


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
    "H5P.CoursePresentation-1.27": Case(
        coursepresentation, (1, 1), shows="Xidmət zalında gün"
    ),
    "H5P.InteractiveVideo-1.28": Case(
        interactivevideo, (1, 1), shows="Video", clip=True
    ),
    "H5P.Accordion-1.0": Case(nothing, shows="ASAN xidmət nədir?"),
    "H5P.Dialogcards-1.9": Case(nothing, shows="ASAN İmza"),
    "H5P.Agamotto-1.5": Case(nothing),
}


def package_file(name):
    path = cache_dir() / f"{name}.h5p"
    if not path.exists():
        pytest.skip(
            f"{path.name} is not in {cache_dir()}: build the official packages with "
            "tests/h5p/official/assemble.py, then fetch_packages.py (see README)"
        )
    return path


def with_clip(path, folder):
    """The package with a 6-second WebM clip ffmpeg draws, as its video (the
    player must not need the network); None without ffmpeg."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    clip = folder / "clip.webm"
    subprocess.run(
        [
            ffmpeg,
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc=duration=6:size=320x180:rate=10",
            "-c:v",
            "libvpx",
            "-b:v",
            "100k",
            "-an",
            "-y",
            str(clip),
        ],
        check=True,
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "content/content.json":
                content = json.loads(data)
                content["interactiveVideo"]["video"]["files"] = [
                    {
                        "path": "videos/clip.webm",
                        "mime": "video/webm",
                        "copyright": {"license": "U"},
                    }
                ]
                data = json.dumps(content)
            target.writestr(item, data)
        target.writestr("content/videos/clip.webm", clip.read_bytes())
    buffer.seek(0)
    return buffer


def scored_top_level(response):
    if "/h5p/xapi/" not in response.url:
        return False
    body = response.request.post_data_json or {}
    parent = (body.get("context") or {}).get("contextActivities", {}).get("parent")
    return not parent and "score" in (body.get("result") or {})


@pytest.mark.usefixtures("h5p_origin")  # the player on its own origin, as deployed
@pytest.mark.parametrize("name", CASES)
def test_official_package_imports_plays_and_records_its_score(
    name, page, catalogue, employee_user, tmp_path
):
    case = CASES[name]
    path = package_file(name)
    clipped = with_clip(path, tmp_path) if case.clip else None
    with clipped or path.open("rb") as source:
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
    if case.clip and clipped is None:
        settle(page)
        pytest.skip(
            f"{name} imported and started; its score needs a video clip and ffmpeg, "
            "which makes one offline, is not installed"
        )
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

"""An employee plays our demo H5P package in a lesson: it runs in a sandboxed frame
on another origin (127.0.0.1 while the site is localhost), the answer reaches their
results and the report, and the package's script cannot read the lesson page's
cookies or CSRF token. Someone not enrolled gets 404 for the package's files."""

import copy
import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from courses.h5p.access import make_token
from courses.h5p.models import ContentUserData, XAPIStatement
from courses.h5p.services import import_package
from courses.models import LessonPage, LessonProgress
from courses.services import enrol_self
from tests.browser.conftest import log_in
from tests.courses.conftest import make_course
from tests.h5p.conftest import add_activity
from tests.h5p.packages import demo, hostile

User = get_user_model()

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def h5p_origin(settings, live_server, tmp_path):
    """The player on 127.0.0.1 while the site is on localhost: two origins."""
    origin = live_server.url.replace("localhost", "127.0.0.1")
    assert origin != live_server.url
    settings.LMS_H5P_ORIGIN = origin
    settings.LMS_H5P_ROOT = tmp_path / "h5p"
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["frame-src"].append(origin)
    settings.CONTENT_SECURITY_POLICY = policy
    return origin


@pytest.fixture
def activity(h5p_origin, catalogue, employee_user):
    package = import_package(
        source=io.BytesIO(demo("ASAN İmza: sertifikat seçimi")), user=None
    )
    course = make_course(catalogue, lessons=2)
    lesson = add_activity(course.lessons().first(), package)
    enrol_self(employee=employee_user, course=course)
    return package, lesson


def answer_posted(raw):
    """The lesson page's post of a top-level answer scored ``raw`` (the database is
    read only after it: the test and the live server share one SQLite connection)."""

    def matches(response):
        if "/h5p/xapi/" not in response.url:
            return False
        body = response.request.post_data_json or {}
        return body.get("result", {}).get("score", {}).get("raw") == raw

    return matches


def state_saved(selected):
    def matches(response):
        body = response.request.post_data_json or {}
        state = json.dumps({"selected": selected}, separators=(",", ":"))
        return "/h5p/user-data/" in response.url and body.get("data") == state

    return matches


def player_frame(page):
    frame = page.frame_locator("iframe.h5p-activity__frame")
    expect(frame.get_by_text("Hansı sertifikat şirkət adından")).to_be_visible()
    return frame, next(f for f in page.frames if "/h5p/play/" in f.url)


def test_employee_plays_the_activity_and_the_result_is_recorded(
    page, browser, live_server, activity, employee_user, h5p_origin, tree, make_employee
):
    package, lesson = activity
    log_in(page, "leyla")
    page.goto(lesson.url)
    frame, inner = player_frame(page)
    assert inner.url.startswith(f"{h5p_origin}/h5p/play/{package.pk}/")
    iframe = page.locator("iframe.h5p-activity__frame")
    assert iframe.get_attribute("sandbox") == "allow-scripts allow-same-origin"

    frame.get_by_label("Vətəndaş").check()
    with page.expect_response(answer_posted(0)):
        frame.locator("button.quick-check__button").click()
    expect(frame.get_by_text("Düz deyil.")).to_be_visible()
    frame.locator("button.quick-check__button").click()  # try again
    frame.get_by_label("Biznes").check()
    with page.expect_response(answer_posted(1)) as posted:
        frame.locator("button.quick-check__button").click()
    expect(frame.get_by_text("Düzdür!")).to_be_visible()
    assert posted.value.status == 201
    expect(page.locator(".h5p-activity__status")).not_to_be_empty()

    attempts = XAPIStatement.objects.filter(employee=employee_user, is_attempt=True)
    assert [a.percent for a in attempts.order_by("stored_at")] == [0, 100]
    assert all(a.client_reported for a in attempts)
    assert LessonProgress.objects.get(
        lesson_key=lesson.translation_key
    ).completed_at  # the lesson completes by the activity

    page.reload()
    expect(page.locator(".h5p-activity__result")).to_contain_text("100%")
    assert page.csp_violations == []

    trainer = make_employee(tree["agency"], roles=("Trainer",), username="tamara")
    assert trainer
    context = browser.new_context(base_url=live_server.url)
    report = context.new_page()
    report.goto("/admin/login/")
    report.fill("#id_username", "tamara")
    report.fill("#id_password", "pass-1234-word")
    report.click("button[type=submit]")
    report.wait_for_url("**/admin/")
    report.goto(f"/admin/reports/h5p-results/?package={package.pk}")
    row = report.locator("table.listing tbody tr").first
    expect(row).to_contain_text(employee_user.full_name)
    expect(row).to_contain_text("100")
    context.close()


def test_the_player_resumes_where_the_employee_left_off(
    page, activity, employee_user, settings
):
    settings.LMS_H5P_SAVE_FREQUENCY = 1
    package, lesson = activity
    log_in(page, "leyla")
    page.goto(lesson.url)
    frame, _inner = player_frame(page)
    with page.expect_response(state_saved(2)):
        frame.get_by_label("Dövlət").check()
    saved = ContentUserData.objects.get(employee=employee_user, package=package)
    assert saved.data == '{"selected":2}'
    page.reload()
    frame, _inner = player_frame(page)
    expect(frame.get_by_label("Dövlət")).to_be_checked()


def test_a_hostile_package_opened_by_an_administrator_gets_nothing(
    page, live_server, h5p_origin, catalogue, tree, make_employee
):
    """The package's own script tries to read the lesson page, its cookies and CSRF
    token, and to act as the user on the site and on its own host: all refused."""
    package = import_package(source=io.BytesIO(hostile(live_server.url)), user=None)
    course = make_course(catalogue, lessons=1)
    lesson = add_activity(course.lessons().first(), package)
    admin = make_employee(tree["agency"], username="admin1")
    admin.user.is_superuser = True
    admin.user.save()
    enrol_self(employee=admin, course=course)
    users_before = User.objects.count()
    log_in(page, "admin1")
    page.goto(lesson.url)
    loot = page.frame_locator("iframe.h5p-activity__frame").locator("#loot[data-done]")
    expect(loot).to_be_attached(timeout=15_000)
    got = json.loads(loot.text_content())
    for name in ("parentCookie", "parentCsrf", "parentPage", "topAddress"):
        assert got[name] == "blocked: SecurityError", got
    assert "sessionid" not in got["ownCookie"] and "csrftoken" not in got["ownCookie"]
    for name in ("siteCertificates", "siteAdminUser"):
        assert got[name].startswith("blocked"), got  # CSP connect-src 'self'
    for name in ("ownHostAdminUser", "ownHostAdmin", "ownHostCertificates"):
        assert got[name] == "status 404", got  # the H5P host shows only the player
    assert User.objects.count() == users_before
    assert not User.objects.filter(username="pwned").exists()
    parent_cookies = {c["name"] for c in page.context.cookies(live_server.url)}
    assert {"sessionid", "csrftoken"} <= parent_cookies  # they exist, out of reach


def test_someone_not_enrolled_gets_404_for_the_package_files(
    page, live_server, activity, h5p_origin, tree, make_employee
):
    package, lesson = activity
    outsider = make_employee(tree["ganja_front"], username="orxan")
    token = make_token(
        user=outsider.user, package=package, parent_origin=live_server.url
    )
    log_in(page, "orxan")
    page.goto(lesson.url)
    assert not re.search(r"/h5p/play/", page.content())  # sent back to the course
    base = f"{h5p_origin}/h5p/play/{package.pk}/{token}"
    for path in ("/", "/h5p.json", "/content/content.json",
                 "/libraries/ASAN.QuickCheck-1.0/quick-check.js"):  # fmt: skip
        assert page.request.get(base + path).status == 404, path
    assert LessonPage.objects.get(pk=lesson.pk).live


def test_without_a_separate_origin_the_player_still_plays(
    page, live_server, catalogue, employee_user, settings, tmp_path
):
    """The embedded default (demo, one machine): same origin, same sandbox."""
    settings.LMS_H5P_ROOT = tmp_path / "h5p"
    package = import_package(source=io.BytesIO(demo()), user=None)
    course = make_course(catalogue, lessons=2)
    lesson = add_activity(course.lessons().first(), package)
    enrol_self(employee=employee_user, course=course)
    log_in(page, "leyla")
    page.goto(lesson.url)
    frame, inner = player_frame(page)
    assert inner.url.startswith(f"{live_server.url}/h5p/play/")
    frame.get_by_label("Biznes").check()
    with page.expect_response(answer_posted(1)) as posted:
        frame.locator("button.quick-check__button").click()
    assert posted.value.status == 201
    assert XAPIStatement.objects.get(employee=employee_user).percent == 100
    assert page.csp_violations == []

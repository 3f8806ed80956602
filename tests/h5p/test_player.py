"""The player: a sandboxed frame, its own CSP, served to enrolled employees and
editors only; package files never as public media."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import signing
from django.urls import reverse

from courses.h5p.access import make_token
from courses.services import withdraw

PARENT = "http://testserver"


def frame_src(client, lesson):
    html = client.get(lesson.url).content.decode()
    match = re.search(r'<iframe class="h5p-activity__frame" src="([^"]+)"', html)
    return html, match and match.group(1)


def token_for(user, package, parent=PARENT):
    return make_token(user=user, package=package, parent_origin=parent)


def file_url(package, token, path):
    return reverse("h5p:file", args=[package.pk, token, path])


def test_lesson_frames_the_player_in_a_sandbox(client, enrolled, h5p_lesson, package):
    client.force_login(enrolled.employee.user)
    html, src = frame_src(client, h5p_lesson)
    assert 'sandbox="allow-scripts allow-same-origin"' in html
    assert src.startswith(f"{PARENT}/h5p/play/{package.pk}/")
    assert "<script>" not in html  # only scripts with src: the site CSP allows no other
    assert 'src="/static/h5p/lesson.js"' in html


def test_enrolled_employee_gets_the_player_and_its_files(
    client, enrolled, h5p_lesson, package
):
    client.force_login(enrolled.employee.user)
    _html, src = frame_src(client, h5p_lesson)
    client.logout()  # the player's origin never sees the session
    player = client.get(urlsplit(src).path)
    assert player.status_code == 200
    policy = player["Content-Security-Policy"]
    assert "script-src 'self'" in policy and f"frame-ancestors {PARENT}" in policy
    assert "unsafe-eval" not in policy and "script-src 'self' 'unsafe" not in policy
    assert player["X-Frame-Options"] == "SAMEORIGIN"
    assert player["Referrer-Policy"] == "no-referrer"
    config = player.context["config"]
    token = urlsplit(src).path.split("/")[4]
    assert config["h5pJsonPath"] == f"/h5p/play/{package.pk}/{token}"
    assert config["parentOrigin"] == PARENT
    for path, kind in [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("libraries/ASAN.QuickCheck-1.0/library.json", "application/json"),
        ("libraries/ASAN.QuickCheck-1.0/quick-check.js", "text/javascript"),
        ("libraries/ASAN.QuickCheck-1.0/quick-check.css", "text/css"),
    ]:
        response = client.get(file_url(package, token, path))
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith(kind)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]


def test_employee_not_enrolled_gets_404_for_the_player_and_files(
    client, h5p_course, package, tree, make_employee
):
    outsider = make_employee(tree["ganja_front"])
    token = token_for(outsider.user, package)
    client.force_login(outsider.user)
    assert (
        client.get(reverse("h5p:player", args=[package.pk, token])).status_code == 404
    )
    for path in (
        "h5p.json",
        "content/content.json",
        "libraries/ASAN.QuickCheck-1.0/quick-check.js",
    ):
        assert client.get(file_url(package, token, path)).status_code == 404
    lesson = h5p_course.lessons().first()
    assert client.get(lesson.url).status_code == 302  # enrol first


def test_withdrawn_employee_loses_access(client, enrolled, package):
    token = token_for(enrolled.employee.user, package)
    url = file_url(package, token, "content/content.json")
    assert client.get(url).status_code == 200
    withdraw(enrolment=enrolled, by=None)
    assert client.get(url).status_code == 404


def test_unpublished_lesson_gives_no_access(client, enrolled, h5p_lesson, package):
    token = token_for(enrolled.employee.user, package)
    h5p_lesson.unpublish()
    assert client.get(file_url(package, token, "h5p.json")).status_code == 404


def test_editors_may_play_without_enrolment(client, package, tree, make_employee):
    trainer = make_employee(tree["agency"], roles=("Trainer",))
    token = token_for(trainer.user, package)
    assert (
        client.get(reverse("h5p:player", args=[package.pk, token])).status_code == 200
    )


@pytest.mark.parametrize(
    "token",
    ["", "forged", signing.dumps({"u": 1, "p": 1, "o": PARENT}, salt="other")],
)
def test_forged_tokens_get_404(client, enrolled, package, token):
    url = f"/h5p/play/{package.pk}/{token or 'x'}/h5p.json"
    assert client.get(url).status_code == 404


def test_a_token_serves_only_its_own_package(client, enrolled, package, h5p_course):
    from .conftest import import_bytes
    from .packages import demo

    other = import_bytes(demo("Başqa"))
    token = token_for(enrolled.employee.user, package)
    assert client.get(file_url(other, token, "h5p.json")).status_code == 404


def test_tokens_expire(client, enrolled, package, monkeypatch):
    token = token_for(enrolled.employee.user, package)
    later = signing.time.time() + 7 * 60 * 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.get(file_url(package, token, "h5p.json")).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "../h5p.json",
        "content/../../libraries/x.js",
        "content/shell.php",
        "libraries/Unknown.Lib-1.0/x.js",
        "libraries/ASAN.QuickCheck-1.0/../../../etc/passwd.js",
        "package.h5p",
        "libraries/ASAN.QuickCheck-1.0/",
    ],
)
def test_only_known_files_of_the_package_are_served(client, enrolled, package, path):
    token = token_for(enrolled.employee.user, package)
    assert client.get(file_url(package, token, path)).status_code == 404


def test_with_a_separate_origin_the_player_answers_only_there(
    client, enrolled, package, settings, h5p_lesson
):
    settings.LMS_H5P_ORIGIN = "http://h5p.testserver"
    token = token_for(enrolled.employee.user, package)
    player = reverse("h5p:player", args=[package.pk, token])
    assert client.get(player).status_code == 404  # never on the site's origin
    assert client.get(player, HTTP_HOST="h5p.testserver").status_code == 200
    client.force_login(enrolled.employee.user)
    _html, src = frame_src(client, h5p_lesson)
    assert src.startswith(f"http://h5p.testserver/h5p/play/{package.pk}/")


def test_the_player_page_is_only_shown_in_a_frame(client, enrolled, package):
    token = token_for(enrolled.employee.user, package)
    player = reverse("h5p:player", args=[package.pk, token])
    assert client.get(player, HTTP_SEC_FETCH_DEST="document").status_code == 404
    assert client.get(player, HTTP_SEC_FETCH_DEST="iframe").status_code == 200


def test_package_files_have_no_public_url(client, enrolled, package, settings):
    from courses.h5p import conf

    with pytest.raises(ValueError):
        package.file.url  # noqa: B018
    del settings.LMS_H5P_ROOT
    assert conf.root() == settings.MEDIA_ROOT / "private" / "h5p"
    for path in (f"/media/private/h5p/{package.folder}/h5p.json", "/media/private/"):
        assert client.get(path).status_code == 404


def test_the_h5p_host_answers_only_the_player(client, enrolled, package, settings):
    settings.LMS_H5P_ORIGIN = "http://h5p.testserver"
    client.force_login(enrolled.employee.user)
    token = token_for(enrolled.employee.user, package)
    player = reverse("h5p:player", args=[package.pk, token])
    on_h5p_host = {"HTTP_HOST": "h5p.testserver", "HTTP_SEC_FETCH_DEST": "iframe"}
    assert client.get(player, **on_h5p_host).status_code == 200
    assert (
        client.get(file_url(package, token, "h5p.json"), **on_h5p_host).status_code
        == 200
    )
    for path in ("/", "/admin/", "/my-certificates/", "/login/", "/no-such-page/"):
        assert client.get(path, **on_h5p_host).status_code == 404, path
    assert client.get("/my-certificates/").status_code == 200  # the site is untouched

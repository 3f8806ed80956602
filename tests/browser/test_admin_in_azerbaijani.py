"""The admin in Chromium, in Azerbaijani: what its scripts draw (the menu, the page
editor's blocks, the date picker) reads in Azerbaijani too, without script errors."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from tests.admin_crawl import english_words, problems, screen_text
from tests.browser.conftest import PASSWORD
from tests.courses.conftest import make_course

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def trainer(tree, catalogue, make_employee):
    for unit, name in ((tree["agency"], "ASAN xidmət"), (tree["baku"], "Bakı 1")):
        unit.name = name
        unit.save()
    course = make_course(catalogue, title="Xidmət standartları", lessons=1)
    GroupPagePermission.objects.create(
        group=Group.objects.get(name="Trainer"),
        page=catalogue,
        permission=Permission.objects.get(codename="change_page"),
    )
    make_employee(tree["agency"], roles=("Trainer",), username="telimci")
    return course.lessons()[0]


def test_a_trainer_reads_the_drawn_admin_in_azerbaijani(browser, live_server, trainer):
    context = browser.new_context(base_url=live_server.url, locale="az")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("/admin/login/")
    page.fill("#id_username", "telimci")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    screens = {}
    for url in (
        "/admin/",
        f"/admin/pages/{trainer.pk}/edit/",
        "/admin/courses/assign/",
    ):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        screens[url] = screen_text(page.content())[0]
    page.click("#id_due_date")
    picker = page.locator(".xdsoft_datetimepicker:visible")
    screens["date picker"] = picker.inner_text()
    context.close()
    assert errors == []
    assert "Axtar" in screens["/admin/"]  # the menu's search, drawn by script
    assert problems(screens, english_words()) == {}

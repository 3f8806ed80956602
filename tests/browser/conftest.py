"""Browser tests: Playwright driving Debian's Chromium against a live test server."""

import os
import threading
import time
from pathlib import Path

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright

from tests.factories import UserFactory

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests
# make between browser steps are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


class OneRequestAtATime(ThreadedWSGIServer):
    """The live server, handling one request at a time (sockets are still read in
    threads): the in-memory test database is a single connection shared by the
    server's threads, and an H5P player posts several statements at once."""

    lock = threading.Lock()
    handled = 0

    def set_app(self, application):
        def serialised(environ, start_response):
            with self.lock:
                OneRequestAtATime.handled += 1
                return application(environ, start_response)

        super().set_app(serialised)


LiveServerThread.server_class = OneRequestAtATime

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "pass-1234-word"


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, bypass_csp=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.csp_violations = []
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and page.csp_violations.append(m),
    )
    yield page
    context.close()


def log_in(page, username, password=PASSWORD):
    page.goto("/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def axe_violations(browser, url, cookies, impacts=("serious", "critical")):
    """Run axe-core (from npm, no CDN) on ``url`` and return the serious ones."""
    context = browser.new_context(bypass_csp=True)
    context.add_cookies(cookies)
    page = context.new_page()
    page.goto(url)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    context.close()
    return [v for v in result["violations"] if v["impact"] in impacts]


@pytest.fixture
def employee_user(tree, make_employee, transactional_db):
    return make_employee(tree["front"], username="leyla", preferred_language="az")


__all__ = ["UserFactory", "log_in", "axe_violations"]


def settle(page, quiet=0.5):
    """Leave the page and wait until the server has had no request for ``quiet``
    seconds, so the test database is not flushed under a late one."""
    page.goto("about:blank")
    while True:
        seen = OneRequestAtATime.handled
        time.sleep(quiet)
        with OneRequestAtATime.lock:
            if OneRequestAtATime.handled == seen:
                return

"""Screenshots of the employee site in Azerbaijani, on a 360 px phone and a desktop.

Run against the demo (`./run demo` in another terminal):

    .venv/bin/python docs/screens/take_employee.py http://127.0.0.1:8000

Saved as employee-*.png with a reduced palette (see take.py).
"""

import os
import sys

from playwright.sync_api import sync_playwright
from take import HERE, shrink

PASSWORD = os.environ.get("LMS_DEMO_PASSWORD", "asan-demo-2026")
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
# (viewport, what to open, file); "passed-course" is the first course the demo
# employee has completed, "menu" the dashboard with the phone menu open.
SCREENS = [
    (PHONE, "/dashboard/", "employee-dashboard-phone.png"),
    (PHONE, "menu", "employee-menu-phone.png"),
    (PHONE, "/my-skills/", "employee-my-skills-phone.png"),
    (PHONE, "/notifications/", "employee-notifications-phone.png"),
    (DESKTOP, "passed-course", "employee-course-passed.png"),
    (DESKTOP, "/my-certificates/", "employee-my-certificates.png"),
    (PHONE, "/password-reset/", "employee-forgot-password-phone.png"),
]


def log_in(page):
    page.goto("/login/")
    page.fill("#id_username", "employee")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_load_state()


def open_screen(page, target):
    if target == "menu":
        page.goto("/dashboard/")
        page.click(".nav-toggle")
    elif target == "passed-course":
        page.goto("/dashboard/")
        page.locator("section[aria-labelledby=done-heading] a").first.click()
    else:
        page.goto(target)
    page.wait_for_load_state("networkidle")


def main(base_url):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        for viewport, target, name in SCREENS:
            context = browser.new_context(
                base_url=base_url, viewport=viewport, locale="az-AZ"
            )
            page = context.new_page()
            if target != "/password-reset/":
                log_in(page)
            open_screen(page, target)
            path = HERE / name
            page.screenshot(path=str(path), full_page=viewport is PHONE)
            shrink(path)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")

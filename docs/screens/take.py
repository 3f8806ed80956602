"""Screenshots of the admin in Azerbaijani, one or two per role, for the README.

Run against the demo (`./run demo` in another terminal):

    .venv/bin/python docs/screens/take.py http://127.0.0.1:8000

Each screenshot is the first screen a person sees (1280 × 800), saved as a PNG with a
reduced palette to keep the repository small.
"""

import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
PASSWORD = "demo1234"  # the demo's (LMS_DEMO_PASSWORD)
SCREENS = [
    ("admin", "/admin/pages/", "admin-pages.png"),
    ("trainer", "/admin/", "trainer-home.png"),
    ("trainer", "first-lesson-editor", "trainer-lesson-editor.png"),
    ("hr", "/admin/", "hr-home.png"),
    ("hr", "/admin/reports/course-progress/", "hr-course-progress.png"),
    ("manager", "/admin/courses/assign/", "manager-assign.png"),
]


def log_in(page, username):
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def open_screen(page, url):
    if url == "first-lesson-editor":  # whichever Azerbaijani lesson the demo made first
        found = page.request.get(
            "/admin/api/main/pages/?type=courses.LessonPage&locale=az&limit=1"
        ).json()
        url = f"/admin/pages/{found['items'][0]['id']}/edit/"
    page.goto(url)
    page.wait_for_load_state("networkidle")


def shrink(path):
    image = Image.open(path).convert("RGB")
    image.quantize(colors=128, method=Image.Quantize.MEDIANCUT).save(
        path, optimize=True
    )


def main(base_url):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        for username, url, name in SCREENS:
            context = browser.new_context(
                base_url=base_url, viewport={"width": 1280, "height": 800}, locale="az"
            )
            page = context.new_page()
            log_in(page, username)
            open_screen(page, url)
            page.screenshot(path=HERE / name)
            shrink(HERE / name)
            context.close()
            print(name)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")

"""Lesson page and dashboard against a bare Wagtail page with the same StreamField.

    .venv/bin/python benchmarks/pages.py [--rounds 300] [--report -]

Uses the PostgreSQL database lms_bench_web (created, migrated and seeded with the
demo agency when missing). The baseline is ``benchmarks.bare.BarePage``: a Page
subclass with the lesson's StreamField and a template that renders the body inside
the same site layout, served by Wagtail's own page view. All three pages are
requested in turns by the demo employee through Django's test Client (the whole
middleware stack, no network), so they share the machine's noise; SQL queries per
request are counted in a separate, untimed pass.
"""

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import support  # noqa: E402

DATABASE = "lms_bench_web"
BARE_SLUG = "bench-bare-page"


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--report", default=str(support.REPORT), help="'-' prints")
    return parser.parse_args()


def employee_lesson(user):
    """A lesson of the employee's course in progress, one with a procedure if any."""
    from courses.models import Enrolment, LessonPage

    enrolment = (
        Enrolment.objects.current()
        .filter(employee__user=user, status=Enrolment.Status.IN_PROGRESS)
        .order_by("pk")
        .first()
    )
    lessons = list(
        LessonPage.objects.live().child_of(enrolment.course).order_by("path")
    )
    with_procedure = [
        lesson
        for lesson in lessons
        if any(block.block_type == "procedure" for block in lesson.body)
    ]
    return (with_procedure or lessons)[0]


def bare_page_like(lesson):
    """The bare page, holding exactly the lesson's StreamField body."""
    from benchmarks.bare.models import BarePage
    from home.models import HomePage

    page = BarePage.objects.filter(slug=BARE_SLUG).first()
    if page is None:
        home = HomePage.objects.filter(locale_id=lesson.locale_id).first()
        page = home.add_child(
            instance=BarePage(title=lesson.title, slug=BARE_SLUG, body=[])
        )
    page.title = lesson.title
    page.body = lesson.body.raw_data
    page.save_revision().publish()
    return BarePage.objects.get(pk=page.pk)


def prepare():
    support.use_database(DATABASE)
    support.setup_django()
    support.migrate()
    from django.contrib.auth import get_user_model

    from benchmarks import quizdata

    quizdata.ensure_site()
    user = get_user_model().objects.get(username="employee")
    lesson = employee_lesson(user)
    bare = bare_page_like(lesson)
    assert list(bare.body.raw_data) == list(lesson.body.raw_data)
    return user, {"lesson": lesson.url, "dashboard": "/dashboard/", "bare": bare.url}


def client_for(user):
    from django.test import Client

    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="az")
    client.force_login(user)
    return client


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response


def timed(client, path):
    started = time.perf_counter()
    fetch(client, path)
    return time.perf_counter() - started


def measure(client, paths, rounds, warmup):
    """``{name: [seconds…]}``; the pages take turns in every round."""
    for _ in range(warmup):
        for path in paths.values():
            fetch(client, path)
    samples = {name: [] for name in paths}
    for _ in range(rounds):
        for name, path in paths.items():
            samples[name].append(timed(client, path))
    return samples


def count_queries(client, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        fetch(client, path)
    return len(context.captured_queries)


def results(client, paths, args):
    samples = measure(client, paths, args.rounds, args.warmup)
    found = {}
    for name, path in paths.items():
        found[name] = support.summary(samples[name])
        found[name]["queries"] = count_queries(client, path)
        found[name]["bytes"] = len(fetch(client, path).content)
    return found


def render(args, paths, found):
    bare = found["bare"]
    rows = [
        "| page | median | p95 | SQL queries | HTML | **median ÷ bare** "
        "| p95 ÷ bare | queries − bare |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in ("lesson", "dashboard", "bare"):
        r = found[name]
        rows.append(
            f"| {name} (`{paths[name]}`) | {support.ms(r['median'])} "
            f"| {support.ms(r['p95'])} | {r['queries']} | {r['bytes'] / 1024:.0f} KB "
            f"| **{support.ratio(r['median'], bare['median']):.2f}×** "
            f"| {support.ratio(r['p95'], bare['p95']):.2f}× "
            f"| {r['queries'] - bare['queries']:+d} |"
        )
    return PAGES_REPORT.format(
        date=time.strftime("%Y-%m-%d"),
        rounds=args.rounds,
        machine=support.machine(),
        table="\n".join(rows),
    )


PAGES_REPORT = """## Lesson page and dashboard against a bare Wagtail page

Measured by `benchmarks/pages.py` on {date} (`benchmarks/run` runs it; alone:
`.venv/bin/python benchmarks/pages.py --rounds {rounds}`).

- Machine: {machine}.
- Data: the demo agency (`seed_demo`) in the PostgreSQL database `lms_bench_web`; the
  demo `employee`, logged in, asks for a lesson of the course in progress (one with a
  numbered procedure), for “My learning” (`/dashboard/`) and for the bare page.
- **Baseline, the bare page:** `benchmarks.bare.BarePage`, a Wagtail `Page` subclass
  with the lesson's `LessonStreamBlock` body, holding the very same StreamField value,
  rendered with `{{% include_block %}}` inside the same site layout
  (`people/base.html`) and served by Wagtail's page view. The app is installed only by
  `benchmarks/web_settings.py`, never in production.
- Server time through Django's test Client (URL routing, every middleware, the
  template, no network), {rounds} rounds after a warm-up; in each round the three pages
  take turns, so they share the machine's noise. SQL queries per request are counted
  in an untimed pass with `CaptureQueriesContext`.

{table}

The lesson's extra cost is its rules: the enrolment check, remembering the visit
(three writes in a transaction, on every view), the course outline with what is done,
progress and the previous/next lesson. The dashboard is not a page of the tree; the
bare page is the yardstick for both because it is the cheapest thing the site serves
with the same layout.
"""


def main():
    args = parse()
    user, paths = prepare()
    print(f"Measuring {args.rounds} rounds of {', '.join(paths.values())}")
    client = client_for(user)
    found = results(client, paths, args)
    print(json.dumps(found, indent=1))
    text = render(args, paths, found)
    support.OUTPUT.mkdir(parents=True, exist_ok=True)
    (support.OUTPUT / "pages.json").write_text(json.dumps(found, indent=1))
    if args.report == "-":
        print(text)
    else:
        support.write_section("pages", text, Path(args.report))
        print(f"Wrote the pages section of {args.report}")
    bare = found["bare"]
    for name in ("lesson", "dashboard"):
        page = found[name]
        print(
            f"RATIO pages.{name}/bare median "
            f"{support.ratio(page['median'], bare['median']):.2f}x, p95 "
            f"{support.ratio(page['p95'], bare['p95']):.2f}x, SQL queries "
            f"{page['queries']} vs {bare['queries']}"
        )


if __name__ == "__main__":
    main()

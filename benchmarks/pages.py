"""The employee's hot paths against a bare Wagtail page with the same StreamField.

    .venv/bin/python benchmarks/pages.py [--rounds 300] [--report -]
        [--database lms_bench_web | --sqlite FILE]

Uses the PostgreSQL database lms_bench_web, or a SQLite file with ``--sqlite``
(created, migrated and seeded with the demo agency when missing). The baseline is
``benchmarks.bare.BarePage``: a Page subclass with the lesson's StreamField and a
template that renders the body inside the same site layout, served by Wagtail's own
page view. A lesson, the lesson with the H5P activity, the course page, “My
learning” and the bare page are requested in turns by the demo employee through
Django's test Client (the whole middleware stack, no network), with an xAPI
“answered” statement posted to the H5P endpoint in the same rounds, so all share
the machine's noise; SQL queries per request are counted in a separate, untimed pass.
"""

import argparse
import json
import os
import sys
import time
import uuid
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
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--database",
        default=DATABASE,
        help="PostgreSQL lms_bench_* or lms_<branch>_bench*",
    )
    where.add_argument("--sqlite", help="a SQLite file instead of PostgreSQL")
    parser.add_argument(
        "--section", default="pages", help="the section of the report to write"
    )
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


def employee_h5p_lesson(user):
    """The demo lesson with an H5P activity, the employee enrolled in its course."""
    from courses.models import CoursePage, LessonPage
    from courses.services import get_or_create_current
    from home import demo_h5p
    from people.models import EmployeeProfile

    course = CoursePage.objects.get(slug=demo_h5p.COURSE_SLUG, alias_of__isnull=True)
    employee = EmployeeProfile.objects.get(user=user)
    get_or_create_current(employee=employee, course=course)
    lesson = LessonPage.objects.child_of(course).get(slug=demo_h5p.LESSON_SLUG)
    package = next(b.value["package"] for b in lesson.body if b.block_type == "h5p")
    forget_earlier_posts(employee, package)
    return lesson, package


def forget_earlier_posts(employee, package):
    """Each run starts from the same results: the statements earlier runs posted
    (benchmark data only) would otherwise count in its result."""
    from courses.h5p.models import H5PResult, XAPIStatement

    XAPIStatement.objects.filter(employee=employee, package=package).delete()
    H5PResult.objects.filter(employee=employee, package=package).delete()


def statement_body(package):
    """A fresh “answered” statement, as the player posts one (a new id each time)."""
    return json.dumps(
        {
            "id": str(uuid.uuid4()),
            "actor": {"name": "learner", "mbox": "mailto:learner@h5p.invalid"},
            "verb": {"id": demo_h5p_answered(), "display": {"en-US": "answered"}},
            "object": {
                "id": f"urn:lms:h5p:{package.uuid}",
                "objectType": "Activity",
            },
            "result": {
                "score": {"min": 0, "max": 1, "raw": 0, "scaled": 0},
                "completion": True,
                "success": False,
            },
        }
    )


def demo_h5p_answered():
    from home.demo_h5p import ANSWERED

    return ANSWERED


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


def use_sqlite(path):
    os.environ["DATABASE_URL"] = f"sqlite:///{Path(path).resolve()}"
    os.environ["DJANGO_SETTINGS_MODULE"] = support.SETTINGS
    os.environ.pop("REDIS_URL", None)


def prepare(args):
    if args.sqlite:
        use_sqlite(args.sqlite)
    else:
        support.use_database(args.database)
    support.setup_django()
    support.migrate()
    from django.contrib.auth import get_user_model

    from benchmarks import quizdata

    quizdata.ensure_site()
    user = get_user_model().objects.get(username="employee")
    lesson = employee_lesson(user)
    bare = bare_page_like(lesson)
    assert list(bare.body.raw_data) == list(lesson.body.raw_data)
    h5p_lesson, package = employee_h5p_lesson(user)
    paths = {
        "lesson": lesson.url,
        "h5p_lesson": h5p_lesson.url,
        "course": lesson.get_parent().url,
        "dashboard": "/dashboard/",
        "xapi_post": reverse("h5p:xapi", args=[package.pk]),
        "bare": bare.url,
    }
    return user, paths, package


def client_for(user):
    from django.test import Client

    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="az")
    client.force_login(user)
    return client


def reverse(name, args):
    from django.urls import reverse as django_reverse

    return django_reverse(name, args=args)


POSTED = {}  # path → the package its statements are for (the xAPI endpoint)


def fetch(client, path):
    if path in POSTED:
        response = client.post(
            path, statement_body(POSTED[path]), content_type="application/json"
        )
        assert response.status_code == 201, (path, response.content)
        return response
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
    queries = [query["sql"] for query in context.captured_queries]
    savepoints = sum(1 for sql in queries if sql.startswith("SAVEPOINT"))
    return len(queries), savepoints


def results(client, paths, args):
    samples = measure(client, paths, args.rounds, args.warmup)
    found = {}
    for name, path in paths.items():
        found[name] = support.summary(samples[name])
        found[name]["queries"], found[name]["savepoints"] = count_queries(client, path)
        found[name]["bytes"] = len(fetch(client, path).content)
    return found


NAMES = ("lesson", "h5p_lesson", "course", "dashboard", "xapi_post", "bare")


def render(args, paths, found):
    bare = found["bare"]
    rows = [
        "| request | median | p95 | SQL queries | response | **median ÷ bare** "
        "| p95 ÷ bare | queries − bare |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name in NAMES:
        r = found[name]
        rows.append(
            f"| {label(name)} (`{paths[name]}`) | {support.ms(r['median'])} "
            f"| {support.ms(r['p95'])} | {r['queries']} | {r['bytes'] / 1024:.0f} KB "
            f"| **{support.ratio(r['median'], bare['median']):.2f}×** "
            f"| {support.ratio(r['p95'], bare['p95']):.2f}× "
            f"| {r['queries'] - bare['queries']:+d} |"
        )
    throughput = support.ratio(bare["median"], found["xapi_post"]["median"])
    return PAGES_REPORT.format(
        date=time.strftime("%Y-%m-%d"),
        rounds=args.rounds,
        machine=machine(args),
        database=database_name(args),
        table="\n".join(rows),
        throughput=throughput,
    )


def label(name):
    return {"xapi_post": "xAPI POST", "h5p_lesson": "H5P lesson"}.get(name, name)


def database_name(args):
    if args.sqlite:
        return f"the SQLite file `{Path(args.sqlite).name}`"
    return f"the PostgreSQL database `{args.database}`"


def machine(args):
    if not args.sqlite:
        return support.machine()
    import platform

    import django

    return (
        f"{support.cpu_model()}, nproc {os.cpu_count()}, {platform.platform()}; "
        f"Python {platform.python_version()}, Django {django.get_version()}, SQLite "
        "(shared with other work while measured)"
    )


PAGES_REPORT = """## Lesson, course page, dashboard and xAPI against a bare Wagtail page

Measured by `benchmarks/pages.py` on {date} (`benchmarks/run` runs it; alone:
`.venv/bin/python benchmarks/pages.py --rounds {rounds}`).

- Machine: {machine}.
- Data: the demo agency (`seed_demo`) in {database}; the demo `employee`, logged in,
  asks for a lesson of the course in progress (one with a numbered procedure), the
  demo lesson with an H5P activity (enrolled in its course), that lesson's course
  page, “My learning” (`/dashboard/`) and the bare page, and posts an xAPI
  “answered” statement (a new id each time) to the H5P endpoint.
- **Baseline, the bare page:** `benchmarks.bare.BarePage`, a Wagtail `Page` subclass
  with the lesson's `LessonStreamBlock` body, holding the very same StreamField value,
  rendered with `{{% include_block %}}` inside the same site layout
  (`people/base.html`) and served by Wagtail's page view. The app is installed only by
  `benchmarks/web_settings.py`, never in production.
- Server time through Django's test Client (URL routing, every middleware, the
  template, no network), {rounds} rounds after a warm-up; in each round the requests
  take turns, so they share the machine's noise. SQL queries per request are counted
  in an untimed pass with `CaptureQueriesContext`.

{table}

xAPI POST throughput ÷ bare page GET throughput: **{throughput:.2f}×**.

The lesson's extra cost is its rules: the enrolment check, remembering the visit,
the course outline with what is done, progress and the previous/next lesson; the H5P
lesson adds whether the employee may play each activity and their result. The
dashboard and the xAPI endpoint are not pages of the tree; the bare page is the
yardstick for all because it is the cheapest thing the site serves with the same
layout. The xAPI POST's throughput is the inverse of its median, against the bare
page's.
"""


def main():
    args = parse()
    user, paths, package = prepare(args)
    POSTED[paths["xapi_post"]] = package
    print(f"Measuring {args.rounds} rounds of {', '.join(paths.values())}")
    client = client_for(user)
    found = results(client, paths, args)
    print(json.dumps(found, indent=1))
    text = render(args, paths, found)
    support.OUTPUT.mkdir(parents=True, exist_ok=True)
    (support.OUTPUT / f"{args.section}.json").write_text(json.dumps(found, indent=1))
    if args.report == "-":
        print(text)
    else:
        support.write_section(args.section, text, Path(args.report))
        print(f"Wrote the {args.section} section of {args.report}")
    print_ratios(found)


def print_ratios(found):
    bare = found["bare"]
    for name in NAMES[:-2]:
        page = found[name]
        print(
            f"RATIO pages.{name}/bare median "
            f"{support.ratio(page['median'], bare['median']):.2f}x, p95 "
            f"{support.ratio(page['p95'], bare['p95']):.2f}x, SQL queries "
            f"{page['queries']} vs {bare['queries']}"
        )
    post = found["xapi_post"]
    print(
        "RATIO pages.xapi_post throughput/bare GET "
        f"{support.ratio(bare['median'], post['median']):.2f}x, SQL queries "
        f"{post['queries']} ({post['savepoints']} savepoints) vs {bare['queries']}"
    )


if __name__ == "__main__":
    main()

"""Citizen feedback at national scale: the needs report for one unit and quarter over
a year of ratings, and the monitors' endpoint's ingestion rate under gunicorn.

    .venv/bin/python benchmarks/feedback.py --ratings 5000000 --employees 10000

Uses its own PostgreSQL database (lms_bench_feedback, or --database), migrates it,
generates the load data once (deterministic; reused when already there; vacuumed
after), then, in the same run:

* one hand-written SQL query counting the unit's quarter by category (the baseline);
* the needs report's services for the weakest centre and the last full quarter
  (scores, needs with people below level and closing courses, trend, comments),
  with the number of queries: goal <= 300 ms and <= 10 queries;
* the heatmap of every centre for that quarter (for information);
* ratings stored per second in-process (``record_ratings``, batches of --batch) and
  through ``POST /api/feedback/`` on gunicorn (--workers, --clients threads):
  goal >= 500 ratings/s.

Medians of --runs; ratios against the baseline of the same run; the section
"feedback" of docs/PERFORMANCE.md is rewritten with the figures.
"""

import argparse
import json
import os
import statistics
import sys
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import support  # noqa: E402

UNIT_SQL = """
SELECT category_id, count(*), sum(value), count(*) FILTER (WHERE value <= 2)
FROM feedback_ratingcategory
WHERE org_unit_id = %s AND rated_at >= %s AND rated_at < %s
GROUP BY category_id
"""


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="lms_bench_feedback")
    parser.add_argument("--ratings", type=int, default=5_000_000)
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--report", default=str(support.REPORT), help="'-': none")
    return parser.parse_args()


def prepare(args):
    from benchmarks import feedback_data, loaddata

    if not loaddata.existing_any():
        plan = loaddata.Plan(employees=args.employees, competencies=100)
        loaddata.generate(plan)
    if feedback_data.existing() != args.ratings:
        feedback_data.reset()
        started = time.perf_counter()
        feedback_data.generate(args.ratings)
        print(
            f"generated {args.ratings} ratings in {time.perf_counter() - started:.0f} s"
        )
        vacuum()


def vacuum():
    """What autovacuum does on a running site before long: the visibility map lets
    the index-only scans skip the heap (a freshly loaded table reads it all)."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in ("feedback_feedbackrating", "feedback_ratingcategory"):
            cursor.execute(f"VACUUM (ANALYZE) {table}")


def hr_user():
    from django.contrib.auth import get_user_model

    User = get_user_model()
    user = User.objects.filter(username="load-hr").first()
    return user or User.objects.create_superuser("load-hr", password="x")


def timed(function, runs):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def baseline(unit, period, runs):
    from django.db import connection

    start, end = period.bounds()

    def query():
        with connection.cursor() as cursor:
            cursor.execute(UNIT_SQL, [unit.pk, start, end])
            cursor.fetchall()

    return timed(query, runs)


def needs_report(unit, period, user):
    from feedback import needs

    categories = needs.categories()
    scores = needs.unit_scores(unit, period, categories)
    rows = needs.unit_needs(unit, period, user, categories, scores)
    needs.trend(unit, period, categories)
    needs.comments(unit, period, [row.category.pk for row in rows])
    return rows


def count_queries(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        result = function()
    return len(captured), result


def item(unit_code):
    from django.utils import timezone

    return {
        "event_id": uuid.uuid4().hex,
        "unit": unit_code,
        "service": "load-service",
        "rating": 4,
        "rated_at": timezone.now().isoformat(),
        "categories": ["courtesy", "promptness"],
    }


def in_process_rate(monitor, batch, seconds):
    from feedback.ratings import record_ratings

    stored, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        stored += len(
            record_ratings(
                [item(monitor.org_unit.code) for _ in range(batch)], monitor=monitor
            )
        )
    return stored / (time.perf_counter() - started)


def endpoint_rate(url, token, unit_code, args):
    import requests

    stored, refused, lock = [0], [0], threading.Lock()
    deadline = time.perf_counter() + args.seconds

    def client():
        session = requests.Session()
        headers = {"Authorization": f"Bearer {token}"}
        while time.perf_counter() < deadline:
            body = json.dumps([item(unit_code) for _ in range(args.batch)])
            response = session.post(
                url + "/api/feedback/",
                data=body,
                headers={**headers, "Content-Type": "application/json"},
                timeout=30,
            )
            with lock:
                if response.status_code == 201:
                    stored[0] += response.json()["stored"]
                else:
                    refused[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return stored[0] / (time.perf_counter() - started), refused[0]


def monitor_for(unit):
    from feedback.models import Monitor

    monitor = Monitor(org_unit=unit, name=f"bench {uuid.uuid4().hex[:6]}")
    token = monitor.set_new_token()
    monitor.save()
    return monitor, token


def main():
    args = arguments()
    support.use_database(args.database)
    support.setup_django()
    support.migrate()
    prepare(args)

    from django.test import override_settings

    from benchmarks.feedback_data import WEAK_CENTRE
    from feedback import needs
    from feedback.periods import Period
    from people.models import OrgUnit

    user = hr_user()
    user.has_perm("courses.assign_courses")  # as the request's permission check does
    unit = OrgUnit.objects.get(code=WEAK_CENTRE)
    period = Period.current().previous()
    needs_report(unit, period, user)  # warm the caches, as a running site has them
    base = baseline(unit, period, args.runs)
    queries, rows = count_queries(lambda: needs_report(unit, period, user))
    report = timed(lambda: needs_report(unit, period, user), args.runs)
    heatmap = timed(
        lambda: needs.heatmap(user, period, needs.categories()), max(3, args.runs // 3)
    )
    monitor, token = monitor_for(unit)
    with override_settings(LMS_FEEDBACK_RATE_LIMIT=0):
        direct = in_process_rate(monitor, args.batch, args.seconds / 2)
    os.environ["LMS_FEEDBACK_RATE_LIMIT"] = "0"
    with support.Gunicorn(workers=args.workers) as server:
        rate, refused = endpoint_rate(server.url, token, unit.code, args)

    lines = [
        f"- Data: {args.ratings:,} ratings over a year, 50 centres, "
        f"{args.employees:,} employees; unit `{WEAK_CENTRE}`, quarter {period.key}.",
        f"- Machine: {support.machine()}.",
        "",
        "| measured | median | against the baseline |",
        "|---|---|---|",
        f"| hand-written SQL: the unit's quarter by category (baseline) | "
        f"{support.ms(base)} | 1.0 |",
        f"| needs report services (scores, needs, people, courses, trend, comments; "
        f"{queries} queries, {len(rows)} needs) | {support.ms(report)} | "
        f"**{support.ratio(report, base):.1f}×** |",
        f"| heatmap of every centre for the quarter | {support.ms(heatmap)} | "
        f"{support.ratio(heatmap, base):.1f} |",
        f"| ratings stored in-process, batches of {args.batch} | {direct:.0f}/s | |",
        f"| ratings through POST /api/feedback/ on gunicorn ({args.workers} workers, "
        f"{args.clients} clients, batches of {args.batch}; {refused} refused) | "
        f"{rate:.0f}/s | {support.ratio(rate, direct):.2f} of in-process |",
    ]
    checks = [
        f"CHECK needs report {support.ms(report)} <= 300 ms: "
        f"{'PASS' if report <= 0.3 else 'FAIL'}",
        f"CHECK needs report queries {queries} <= 10: "
        f"{'PASS' if queries <= 10 else 'FAIL'}",
        f"CHECK ingestion {rate:.0f} ratings/s >= 500: "
        f"{'PASS' if rate >= 500 else 'FAIL'}",
    ]
    text = "\n".join(lines + [""] + [f"- {check}" for check in checks])
    print(text)
    if args.report != "-":
        support.write_section("feedback", "## Citizen feedback\n\n" + text)


if __name__ == "__main__":
    main()

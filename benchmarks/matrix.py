"""Measure the skills matrix at national scale against one hand-written SQL query.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench \\
        .venv/bin/python benchmarks/matrix.py --employees 10000 --competencies 100

Creates the database if missing, migrates, generates the load data (deterministic with
--seed; reused when it is already there), then times, in the same run:

* the hand-written SQL that fetches one page of cells (PostgreSQL);
* the matrix service building that page (reference lists, people, cells, totals);
* the whole admin page as the server answers it (middleware, Wagtail, HTML);
* full CSV and XLSX exports, each in a fresh process that reports its peak memory.

Medians of several runs; the report gives ratios, and writes docs/PERFORMANCE.md.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")

PAGE_SQL = """
WITH page AS (
    SELECT e.id, e.full_name, e.position_id, u.name AS unit, p.name AS position,
           {key} AS sort_key
    FROM people_employeeprofile e
    JOIN people_orgunit u ON u.id = e.org_unit_id
    JOIN people_position p ON p.id = e.position_id
    WHERE e.is_active
    ORDER BY {order}
    LIMIT %(size)s
), columns AS (
    SELECT c.id, c.code FROM skills_competency c WHERE c.is_active
), best AS (
    SELECT DISTINCT ON (ev.employee_id, ev.competency_id)
        ev.employee_id, ev.competency_id, l.rank, l.name, ev.valid_until
    FROM skills_competencyevidence ev
    JOIN skills_proficiencylevel l ON l.id = ev.level_id
    WHERE ev.employee_id IN (SELECT id FROM page)
      AND ev.ended_at IS NULL AND ev.valid_from <= %(now)s
      AND (ev.valid_until IS NULL OR ev.valid_until > %(now)s)
    ORDER BY ev.employee_id, ev.competency_id, l.rank DESC,
             ev.valid_until DESC NULLS FIRST
)
SELECT page.id, page.full_name, page.unit, page.position, columns.id,
       required.rank, required.name, best.rank, best.name, best.valid_until
FROM page CROSS JOIN columns
LEFT JOIN skills_positionrequirement r
       ON r.position_id = page.position_id AND r.competency_id = columns.id
LEFT JOIN skills_proficiencylevel required ON required.id = r.level_id
LEFT JOIN best ON best.employee_id = page.id AND best.competency_id = columns.id
ORDER BY {page_order}, columns.id
"""
BY_NAME = {
    "key": "0",
    "order": "e.full_name, e.id",
    "page_order": "page.full_name, page.id",
}
COVERAGE = """
    (SELECT count(*) FROM skills_positionrequirement r
       JOIN skills_competency c ON c.id = r.competency_id AND c.is_active
       JOIN skills_proficiencylevel rl ON rl.id = r.level_id
      WHERE r.position_id = e.position_id AND EXISTS (
        SELECT 1 FROM skills_competencyevidence ev
          JOIN skills_proficiencylevel l ON l.id = ev.level_id
         WHERE ev.employee_id = e.id AND ev.competency_id = r.competency_id
           AND l.rank >= rl.rank AND ev.ended_at IS NULL
           AND ev.valid_from <= %(now)s
           AND (ev.valid_until IS NULL OR ev.valid_until > %(now)s)))::float
    / NULLIF((SELECT count(*) FROM skills_positionrequirement r
       JOIN skills_competency c ON c.id = r.competency_id AND c.is_active
      WHERE r.position_id = e.position_id), 0)
"""
BY_COVERAGE = {
    "key": COVERAGE,
    "order": "sort_key DESC NULLS LAST, e.full_name, e.id",
    "page_order": "page.sort_key DESC NULLS LAST, page.full_name, page.id",
}


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=1000)
    parser.add_argument("--competencies", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument(
        "--report", default=str(ROOT / "docs" / "PERFORMANCE.md"), help="'-' prints"
    )
    parser.add_argument("--child", choices=["csv", "xlsx"], help=argparse.SUPPRESS)
    return parser.parse_args()


# Setting up -------------------------------------------------------------------------


def ensure_database():
    """Create the database named in DATABASE_URL when it does not exist (PostgreSQL)."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if "postgresql" not in config["ENGINE"]:
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL=postgres://...")
    server = {"host": config["HOST"], "port": config["PORT"] or 5432}
    server |= {"user": config["USER"], "password": config["PASSWORD"] or None}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not found:
            connection.execute(f'CREATE DATABASE "{config["NAME"]}"')


def prepare(args):
    from django.core.management import call_command

    from benchmarks import loaddata

    call_command("migrate", verbosity=0, interactive=False)
    plan = loaddata.Plan(args.employees, args.competencies, seed=args.seed)
    if args.regenerate or not loaddata.existing(plan):
        loaddata.reset()
        started = time.perf_counter()
        loaddata.generate(plan, log=lambda text: print("  " + text))
        print(f"  generated in {time.perf_counter() - started:.0f} s")
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# Timing -------------------------------------------------------------------------------


def elapsed(action):
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_times(actions, runs):
    """``{name: median seconds}``, the actions taking turns so they share any noise."""
    for action in actions.values():
        action()  # warm caches and connections
    samples = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            samples[name].append(elapsed(action))
    return {name: statistics.median(found) for name, found in samples.items()}


def hand_sql(sort):
    """The hand-written query for one page in ``sort`` (BY_NAME or BY_COVERAGE)."""
    from django.db import connection
    from django.utils import timezone

    sql = PAGE_SQL.format(**sort)

    def run():
        with connection.cursor() as cursor:
            cursor.execute(sql, {"size": 50, "now": timezone.now()})
            return cursor.fetchall()

    return run


def service(user, params):
    from skills.filters import MatrixFilterForm
    from skills.matrix import ReferenceLists, matrix_page

    def run():
        lists = ReferenceLists.load(user)
        filters = MatrixFilterForm(params, lists=lists).filters()
        return matrix_page(user=user, filters=filters, lists=lists)

    return run


def full_page(user, params, path="/admin/skills/matrix/"):
    from django.test import Client

    client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="az")
    client.force_login(user)

    def run():
        response = client.get(path, params)
        assert response.status_code == 200, response.status_code
        return response

    return run


def furniture(user):
    """An admin page with nothing in it (the user's empty list of exports)."""
    return full_page(user, {}, "/admin/skills/exports/")


def queries_of(action):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        action()
    return len(context.captured_queries)


def scenario(name, user, params, sql, runs):
    actions = {
        "sql": sql,
        "service": service(user, params),
        "page": full_page(user, params),
        "furniture": furniture(user),
    }
    cells, built = len(sql()), actions["service"]()
    assert cells == len(built.rows) * len(built.competencies), (cells, built)
    result = {"name": name, "cells": cells, **median_times(actions, runs)}
    result["service_queries"] = queries_of(actions["service"])
    result["page_queries"] = queries_of(actions["page"])
    print(
        f"  {name}: " + ", ".join(f"{k}={v}" for k, v in result.items() if k != "name")
    )
    return result


def measure_pages(args):
    from django.contrib.auth import get_user_model

    hr = get_user_model().objects.get(username="load-hr")
    fewer = max(3, args.runs // 3)
    return [
        scenario("name", hr, {}, hand_sql(BY_NAME), args.runs),
        scenario("coverage", hr, {"sort": "-coverage"}, hand_sql(BY_COVERAGE), fewer),
    ]


# Exports, each in its own process for a clean peak-memory figure ---------------------


def child(file_format):
    import django

    django.setup()
    from django.contrib.auth import get_user_model

    from skills import exports
    from skills.filters import MatrixFilters
    from skills.matrix import ReferenceLists, iter_rows

    user = get_user_model().objects.get(username="load-hr")
    lists = ReferenceLists.load(user)
    before = peak_mb()
    started = time.perf_counter()
    rows = iter_rows(user=user, filters=MatrixFilters(), lists=lists)
    response = exports.RESPONSES[file_format](rows, lists.competencies)
    size = sum(len(chunk) for chunk in response.streaming_content)
    print(
        json.dumps(
            {
                "format": file_format,
                "seconds": time.perf_counter() - started,
                "bytes": size,
                "peak_mb": peak_mb(),
                "baseline_mb": before,
            }
        )
    )


def peak_mb():
    """The process's peak resident memory (VmHWM: reset by exec, unlike ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_exports():
    results = []
    for file_format in ("csv", "xlsx"):
        done = subprocess.run(
            [sys.executable, __file__, "--child", file_format],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  export: {results[-1]}")
    return results


def main():
    args = parse()
    if args.child:
        return child(args.child)
    import django

    from benchmarks import report

    ensure_database()
    django.setup()
    print("Preparing the data")
    prepare(args)
    print("Measuring pages")
    pages = measure_pages(args)
    print("Measuring exports")
    exports = measure_exports()
    text = report.render(args, pages, exports)
    if args.report == "-":
        print(text)
    else:
        Path(args.report).write_text(text, encoding="utf-8")
        print(f"Wrote {args.report}")


if __name__ == "__main__":
    main()

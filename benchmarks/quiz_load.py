"""200 employees start, autosave and submit a 20-question quiz under gunicorn.

    .venv/bin/python benchmarks/quiz_load.py [--employees 200] [--workers 3]

Uses the PostgreSQL database lms_bench_web (created, migrated, seeded when missing),
makes the load data (``manage.py prepare_quiz_load``), starts gunicorn on 127.0.0.1
with the benchmark settings and runs Locust headless twice in the same run:

1. the bare baseline: the same start/autosave/submit requests to plain views that
   write the same rows (one attempt, its answers, twenty items) without the engine;
2. the quiz engine: POST the quiz page, the attempt page, autosaves with version
   numbers, submit, the review.

Then it checks the database: every employee's attempt present exactly once, graded,
with twenty items each holding an answer, and the grade the answers deserve.
Exit code 1 if the check fails or a request failed.
"""

import argparse
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import support  # noqa: E402

DATABASE = "lms_bench_web"
LOCUST = support.ROOT / "benchmarks" / ".venv" / "bin" / "locust"
LOCUSTFILE = support.ROOT / "benchmarks" / "locustfile.py"
SHEET = support.OUTPUT / "quiz_sheet.json"
PHASES = {"bare": "BareEmployee", "engine": "EngineEmployee"}


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=200)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--spawn-rate", type=float, default=50)
    parser.add_argument("--saves", type=int, default=3, help="autosaves per attempt")
    parser.add_argument("--think", type=float, default=0.5, help="seconds per step")
    parser.add_argument("--time-limit", type=int, default=240, help="seconds a phase")
    parser.add_argument("--database", default=DATABASE)
    parser.add_argument("--report", default=str(support.REPORT), help="'-' prints")
    return parser.parse_args()


# Data ---------------------------------------------------------------------------------


def prepare(args):
    """Database, migrations, demo agency, load data, and no earlier attempts."""
    support.use_database(args.database)
    support.setup_django()
    support.migrate()
    from django.core.management import call_command

    call_command(
        "prepare_quiz_load",
        employees=args.employees,
        sheet=str(SHEET),
        reset=True,
        verbosity=0,
    )
    return json.loads(SHEET.read_text(encoding="utf-8"))


def close_connections():
    """Leave the database to the server while the load runs."""
    from django.db import connections

    connections.close_all()


# Locust -------------------------------------------------------------------------------


def start_locust(phase, server, args, prefix, extra_env=None):
    """Locust headless in the background for one phase; see ``finish_locust``."""
    command = [
        str(LOCUST),
        f"--locustfile={LOCUSTFILE}",
        "--headless",
        f"--users={args.employees}",
        f"--spawn-rate={args.spawn_rate}",
        f"--run-time={args.time_limit}s",
        f"--host={server.url}",
        "--only-summary",
        "--stop-timeout=30",
        "--loglevel=WARNING",
        PHASES[phase],
    ]
    environment = os.environ | {
        "BENCH_SHEET": str(SHEET),
        "BENCH_SAVES": str(args.saves),
        "BENCH_THINK": str(args.think),
        "BENCH_FIGURES": f"{prefix}.json",
        **(extra_env or {}),
    }
    Path(f"{prefix}.json").unlink(missing_ok=True)
    log = Path(f"{prefix}.log").open("w")
    return subprocess.Popen(
        command, env=environment, stdout=log, stderr=subprocess.STDOUT
    )


def finish_locust(process, prefix, timeout):
    """Wait for Locust (killing it after ``timeout`` s); its figures by request."""
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)
    figures = Path(f"{prefix}.json")
    if not figures.exists():
        raise RuntimeError(f"Locust wrote no figures; see {prefix}.log")
    return json.loads(figures.read_text())


def run_locust(phase, server, args):
    """Run one phase headless; returns (wall seconds, figures by request name)."""
    prefix = support.OUTPUT / f"quiz_{phase}"
    started = time.perf_counter()
    process = start_locust(phase, server, args, prefix)
    figures = finish_locust(process, prefix, args.time_limit + 120)
    return time.perf_counter() - started, figures


# The database check -------------------------------------------------------------------


def expected_percents(sheet):
    """The grade each employee's answers deserve (question 1 wrong for every
    second employee, as the simulated users answer)."""
    from benchmarks.quizdata import QUESTIONS
    from courses.quizzes.scoring import percent

    points = [Decimal(spec[3]) for spec in QUESTIONS]
    total = sum(points, Decimal(0))
    right, one_wrong = percent(total, total), percent(total - points[0], total)
    return {
        user: one_wrong if index % 2 else right
        for index, user in enumerate(sheet["users"])
    }


def check_attempts(sheet, quiz_slug, graded_as=None):
    """Problems found: employees without exactly one graded attempt of ``quiz_slug``
    holding twenty answered items (and, if given, the grade expected)."""
    from django.db.models import Count, Q

    from courses.quizzes.models import Attempt

    attempts = (
        Attempt.objects.filter(quiz__slug=quiz_slug)
        .values("employee__user__username", "state", "percent", "pk")
        .annotate(
            item_count=Count("items"),
            answered=Count("items", filter=Q(items__response__isnull=False)),
        )
    )
    by_user = {}
    for row in attempts:
        by_user.setdefault(row["employee__user__username"], []).append(row)
    problems = []
    for user in sheet["users"]:
        problems += attempt_problems(user, by_user.get(user, []), graded_as)
    return problems


def attempt_problems(user, rows, graded_as):
    size = 20
    if len(rows) != 1:
        return [f"{user}: {len(rows)} attempts"]
    row, problems = rows[0], []
    if row["state"] != "graded":
        problems.append(f"{user}: attempt {row['pk']} is {row['state']}")
    if row["item_count"] != size or row["answered"] != size:
        problems.append(
            f"{user}: {row['item_count']} items, {row['answered']} answered"
        )
    if graded_as and row["percent"] != graded_as[user]:
        problems.append(f"{user}: {row['percent']}% instead of {graded_as[user]}%")
    return problems


def check_enrolments(sheet):
    """Every employee passed the course (the pass mark is 70%, all scored ≥ 96%)."""
    from courses.models import Enrolment

    passed = Enrolment.objects.filter(
        employee__user__username__in=sheet["users"],
        course__slug="bench-load-course",
        status=Enrolment.Status.PASSED,
    ).count()
    if passed != len(sheet["users"]):
        return [f"{passed} of {len(sheet['users'])} enrolments passed"]
    return []


def check_database(sheet):
    from benchmarks import quizdata

    return {
        "engine": check_attempts(sheet, quizdata.QUIZ_SLUG, expected_percents(sheet))
        + check_enrolments(sheet),
        "bare": check_attempts(sheet, quizdata.BARE_QUIZ_SLUG),
    }


# The report ---------------------------------------------------------------------------

# Request names of the two phases that do the same job.
PAIRS = [
    ("start", "start (POST quiz page)", "start"),
    ("autosave", "autosave", "autosave"),
    ("submit", "submit", "submit"),
]


def phase_summary(wall, figures, users):
    total = figures.get("Aggregated", {"count": 0, "failures": 0, "rps": 0})
    return {
        "wall": wall,
        "requests": figures,
        "errors": total["failures"],
        "rps": total["rps"],
        "attempts_per_s": users / wall if wall else 0,
    }


def render(args, phases, problems):
    engine, bare = phases["engine"], phases["bare"]
    rows = [
        "| request | engine p50 | engine p95 | bare p50 | bare p95 "
        "| **p50 engine ÷ bare** | p95 engine ÷ bare | count engine / bare |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, engine_name, bare_name in PAIRS:
        e, b = engine["requests"][engine_name], bare["requests"][bare_name]
        rows.append(
            f"| {label} | {e['p50']:.0f} ms | {e['p95']:.0f} ms | {b['p50']:.0f} ms "
            f"| {b['p95']:.0f} ms | **{support.ratio(e['p50'], b['p50']):.2f}×** "
            f"| {support.ratio(e['p95'], b['p95']):.2f}× | {e['count']} / {b['count']} |"
        )
    others = [
        f"{name} p50 {f['p50']:.0f} ms, p95 {f['p95']:.0f} ms ({f['count']})"
        for name, f in engine["requests"].items()
        if name in ("attempt page", "review page", "login", "login form")
    ]
    return QUIZ_REPORT.format(
        date=time.strftime("%Y-%m-%d"),
        command=command_line(args),
        machine=support.machine(),
        employees=args.employees,
        workers=args.workers,
        saves=args.saves,
        think=args.think,
        table="\n".join(rows),
        engine_rps=engine["rps"],
        bare_rps=bare["rps"],
        engine_aps=engine["attempts_per_s"],
        bare_aps=bare["attempts_per_s"],
        aps_ratio=support.ratio(engine["attempts_per_s"], bare["attempts_per_s"]),
        engine_wall=engine["wall"],
        bare_wall=bare["wall"],
        engine_errors=engine["errors"],
        bare_errors=bare["errors"],
        others="; ".join(others),
        check=check_text(problems),
    )


def check_text(problems):
    lines = []
    for phase, found in problems.items():
        verdict = "all present once, graded, 20 answered items" if not found else ""
        lines.append(f"  - {phase}: {verdict or '; '.join(found[:5])}")
    return "\n".join(lines)


def command_line(args):
    command = ".venv/bin/python benchmarks/quiz_load.py"
    if args.employees != 200:
        command += f" --employees {args.employees}"
    if args.workers != 3:
        command += f" --workers {args.workers}"
    return command


QUIZ_REPORT = """## The quiz under load: {employees} employees, 20 questions

Measured by `benchmarks/quiz_load.py` on {date} (`benchmarks/run` runs it; alone:
`{command}`).

- Machine: {machine}. Locust (headless, its own virtualenv
  `benchmarks/.venv`, pinned in `requirements-bench.txt`) runs on the same two cores
  as gunicorn and PostgreSQL, so the figures are a floor, not a capacity.
- Server: `gunicorn lms.wsgi --workers {workers}` on 127.0.0.1 with
  `benchmarks.web_settings` (production-like: no debug, database sessions,
  `CONN_MAX_AGE` 60 with health checks, django-q2 ORM broker; MD5 password hashing so
  200 logins do not dominate the run) on the PostgreSQL database `lms_bench_web`.
- Data: `manage.py prepare_quiz_load`: {employees} employees with their own accounts,
  one course with a 20-question quiz (six single choice, three multiple choice, four
  true/false, two short answers, two numeric, two matching, one ordering; options
  shuffled), a lesson completed by passing it, everyone enrolled.
- Each simulated employee logs in, starts the attempt, autosaves {saves} times with
  its version number ({think} s between steps) and submits; every second employee
  answers question 1 wrong. Same employees, same server, same run:
  **bare** first (plain views in `benchmarks/bare/views.py` that write the same rows,
  one attempt with the same questions and key JSON, the answers under a version
  check, twenty `AttemptItem`s, without the engine's rules, audit log, course
  progress and certificate trigger), then the **engine**.

{table}

At this concurrency the three workers are saturated, so a request's latency is
mostly its wait for a free worker; the attempts-per-second ratio below is the
capacity comparison, the per-request ratios show where the time goes.

- Throughput: engine {engine_rps:.1f} requests/s, {engine_aps:.2f} attempts/s
  ({engine_wall:.0f} s for everyone); bare {bare_rps:.1f} requests/s,
  {bare_aps:.2f} attempts/s ({bare_wall:.0f} s). **Attempts per second, engine ÷
  bare: {aps_ratio:.2f}×** (the think time between steps is the same in both).
- Errors (failed or unexpected responses): engine {engine_errors}, bare {bare_errors}.
- Only the engine has them: {others}.
- Database check after the run:
{check}
  The engine's grades are also checked against what the answers deserve (100% or,
  with question 1 wrong, 96%) and every enrolment is passed.
"""


def main():
    args = parse()
    sheet = prepare(args)
    close_connections()
    phases = {}
    with support.Gunicorn(workers=args.workers) as server:
        for phase in ("bare", "engine"):
            print(f"Phase {phase}: {args.employees} employees against {server.url}")
            wall, rows = run_locust(phase, server, args)
            phases[phase] = phase_summary(wall, rows, args.employees)
            print(json.dumps(phases[phase]["requests"], indent=None))
    problems = check_database(sheet)
    print(json.dumps(problems, indent=1))
    text = render(args, phases, problems)
    (support.OUTPUT / "quiz_load.json").write_text(
        json.dumps({"phases": phases, "problems": problems}, indent=1, default=str)
    )
    if args.report == "-":
        print(text)
    else:
        support.write_section("quiz-load", text, Path(args.report))
    for label, engine_name, bare_name in PAIRS:
        e = phases["engine"]["requests"].get(engine_name, {}).get("p50", 0)
        b = phases["bare"]["requests"].get(bare_name, {}).get("p50", 0)
        print(f"RATIO quiz.{label} p50 engine/bare {support.ratio(e, b):.2f}x")
    aps = [phases[p]["attempts_per_s"] for p in ("engine", "bare")]
    print(f"RATIO quiz.attempts_per_s engine/bare {support.ratio(*aps):.2f}x")
    failed = any(problems.values()) or any(p["errors"] for p in phases.values())
    print("QUIZ LOAD CHECK", "FAILED" if failed else "PASSED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

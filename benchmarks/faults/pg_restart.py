"""Restart PostgreSQL in the middle of the quiz load; PASS or FAIL (exit 0 or 1).

    .venv/bin/python benchmarks/faults/pg_restart.py [--employees 100] [--without-guard]

On the database lms_bench_faults (made like the quiz benchmark's), gunicorn serves
the quiz to simulated employees who retry a request that got no answer or a 5xx, as
the attempt page's script and a patient employee do. Some seconds in, the PostgreSQL
cluster is restarted (pg_ctlcluster, fast shutdown: open transactions are cut), and
always started again, even if this script fails or is interrupted. PASS when:

* every employee ends with exactly one attempt, graded once, with twenty answered
  items and the right grade, and a passed enrolment (no partial, no duplicate);
* no request that started after PostgreSQL was back failed;
* a second gunicorn (one worker) that held a database connection from before the
  restart and got no traffic during it answers its first request afterwards: the
  site serves again without anyone restarting it.

``--without-guard`` runs both servers with ``CONN_HEALTH_CHECKS`` off
(benchmarks/faults/unguarded_settings.py): a connection cut by the restart is then
reused, the first request of each worker fails, and the script must say FAIL.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks import quiz_load, support  # noqa: E402
from benchmarks.faults import postgres  # noqa: E402

DATABASE = "lms_bench_faults"
UNGUARDED = "benchmarks.faults.unguarded_settings"


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=100)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--restart-after", type=float, default=8, help="seconds")
    parser.add_argument("--without-guard", action="store_true")
    args = parser.parse_args()
    args.database, args.spawn_rate, args.saves = DATABASE, 50, 4
    args.think, args.time_limit = 1.0, 180
    return args


def server_settings(args):
    """The settings the two gunicorns run with (the script itself keeps its own)."""
    return UNGUARDED if args.without_guard else support.SETTINGS


class Probe:
    """One employee's browser on the idle one-worker server."""

    def __init__(self, server, sheet):
        import requests

        self.server, self.session = server, requests.Session()
        self.session.get(server.url + "/login/", timeout=30)
        credentials = {"username": sheet["users"][0], "password": sheet["password"]}
        credentials["csrfmiddlewaretoken"] = self.session.cookies["csrftoken"]
        self.session.post(server.url + "/login/", data=credentials, timeout=30)

    def status(self):
        """The status of "My learning" (a page that reads the database)."""
        try:
            response = self.session.get(self.server.url + "/dashboard/", timeout=30)
        except OSError:
            return 0
        return response.status_code


def failures_after(path, moment):
    if not path.exists():
        return []
    lines = [json.loads(line) for line in path.read_text().splitlines() if line]
    return [line for line in lines if line["start"] and line["start"] >= moment]


def all_failures(path):
    return len(path.read_text().splitlines()) if path.exists() else 0


def run_fault(args, sheet):
    """The load, the restart in its middle, the probe; returns the observations."""
    prefix = support.OUTPUT / "fault_pg_restart"
    failures = Path(f"{prefix}.failures")
    failures.unlink(missing_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = server_settings(args)
    extra = {"BENCH_RETRIES": "20", "BENCH_FAILURES": str(failures)}
    with (
        support.Gunicorn(args.workers, support.OUTPUT / "fault_web.log") as web,
        support.Gunicorn(1, support.OUTPUT / "fault_probe.log") as idle,
    ):
        probe = Probe(idle, sheet)
        before = probe.status()
        load = quiz_load.start_locust("engine", web, args, prefix, extra)
        time.sleep(args.restart_after)
        with postgres.always_running():
            print(f"Restarting PostgreSQL {' '.join(postgres.cluster())}")
            back = postgres.restart()
        after = [probe.status() for _ in range(3)]
        figures = quiz_load.finish_locust(load, prefix, args.time_limit + 60)
    os.environ["DJANGO_SETTINGS_MODULE"] = support.SETTINGS
    return {
        "probe_before": before,
        "probe_after": after,
        "failed_requests": all_failures(failures),
        "failed_after_back": failures_after(failures, back),
        "requests": figures.get("Aggregated", {}).get("count", 0),
    }


def verdict(seen, problems):
    reasons = list(problems)
    if seen["probe_after"][0] != 200:
        reasons.append(
            f"the idle server's first request after the restart got "
            f"{seen['probe_after'][0]} (then {seen['probe_after'][1:]})"
        )
    if seen["failed_after_back"]:
        names = sorted(
            {f"{f['name']} {f['status']}" for f in seen["failed_after_back"]}
        )
        reasons.append(
            f"{len(seen['failed_after_back'])} requests failed after PostgreSQL was "
            f"back: {', '.join(names)}"
        )
    return reasons


def main():
    args = parse()
    sheet = quiz_load.prepare(args)
    quiz_load.close_connections()
    guard = (
        "WITHOUT the guard (no connection health checks)" if args.without_guard else ""
    )
    print(
        f"Quiz load of {args.employees} employees; restart after {args.restart_after} s {guard}"
    )
    seen = run_fault(args, sheet)
    problems = quiz_load.check_database(sheet)["engine"]
    print(json.dumps({k: v for k, v in seen.items() if k != "failed_after_back"}))
    reasons = verdict(seen, problems)
    for reason in reasons[:10]:
        print("  -", reason)
    print(
        f"{seen['requests']} requests, {seen['failed_requests']} failed while "
        "PostgreSQL restarted (retried by the simulated employees)"
    )
    print("PG RESTART FAULT:", "FAIL" if reasons else "PASS")
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())

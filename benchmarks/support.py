"""Shared by the page and quiz benchmarks and the fault scripts: databases named
lms_bench_*, the machine's description, percentiles, a gunicorn on loopback, and
sections of docs/PERFORMANCE.md replaced between their own markers."""

import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "benchmarks" / "output"
PYTHON = str(ROOT / ".venv" / "bin" / "python")
REPORT = ROOT / "docs" / "PERFORMANCE.md"
SETTINGS = "benchmarks.web_settings"
SERVER = "postgres://postgres@127.0.0.1:5432"


# Databases ----------------------------------------------------------------------------


def database_url(name):
    """Benchmarks only touch databases of their own: lms_bench_*, or a helper's
    lms_<branch>_bench* on a shared server."""
    if not (
        name.startswith("lms_bench_") or name.startswith("lms_") and "_bench" in name
    ):
        raise SystemExit(
            f"refusing to use database {name!r}: only lms_bench_* or lms_*_bench* here"
        )
    return f"{SERVER}/{name}"


def use_database(name):
    """Point this process (and the processes it starts) at ``name``, creating it."""
    os.environ["DATABASE_URL"] = database_url(name)
    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    os.environ.pop("REDIS_URL", None)
    create_database(name)


def create_database(name, drop=False):
    import psycopg

    database_url(name)
    with psycopg.connect(SERVER + "/postgres", autocommit=True) as connection:
        if drop:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not found:
            connection.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()


def migrate():
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


# The machine --------------------------------------------------------------------------


def cpu_model():
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown CPU"


def postgres_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def machine():
    import django

    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{cpu_model()}, nproc {os.cpu_count()}, {memory:.0f} GB RAM, "
        f"{platform.platform()}; Python {platform.python_version()}, "
        f"Django {django.get_version()}, PostgreSQL {postgres_version()} on the same "
        "machine (shared with other work while measured)"
    )


# Figures ------------------------------------------------------------------------------


def percentile(values, fraction):
    """The ``fraction`` quantile by nearest rank (p95: fraction 0.95)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, round(fraction * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summary(values):
    return {
        "median": statistics.median(values),
        "p95": percentile(values, 0.95),
        "count": len(values),
    }


def ratio(value, baseline):
    return value / baseline if baseline else float("nan")


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


# gunicorn on loopback -----------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """``gunicorn lms.wsgi`` with the benchmark settings on 127.0.0.1, as a context."""

    def __init__(self, workers=3, log=None):
        # LMS_BENCH_PORT: a fixed port where the machine's ports are shared out.
        self.workers = workers
        self.port = int(os.environ.get("LMS_BENCH_PORT") or free_port())
        self.log = log or OUTPUT / "gunicorn.log"
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        self.log.parent.mkdir(parents=True, exist_ok=True)
        command = [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "lms.wsgi",
            f"--workers={self.workers}",
            f"--bind=127.0.0.1:{self.port}",
            "--timeout=60",
            "--graceful-timeout=5",
        ]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_ready()
        return self

    def wait_ready(self, seconds=60):
        import urllib.request

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}")
            try:
                urllib.request.urlopen(self.url + "/login/", timeout=5).read()
                return
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer in {seconds} s; see {self.log}")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


# The report ---------------------------------------------------------------------------


def write_section(name, text, path=REPORT):
    """Put ``text`` between this section's markers in docs/PERFORMANCE.md, appending
    the section the first time; other sections of the file are left as they are."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(re.escape(start) + ".*?" + re.escape(end), re.S)
    if pattern.search(current):
        updated = pattern.sub(lambda _match: block, current)
    else:
        updated = current.rstrip() + "\n\n" + block + "\n"
    path.write_text(updated, encoding="utf-8")

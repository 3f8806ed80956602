"""Stop, start and restart the local PostgreSQL cluster, and always leave it running."""

import contextlib
import os
import signal
import subprocess
import time

PG_CTL = "pg_ctlcluster"


def cluster():
    """``[version, "main"]`` of the newest cluster in /etc/postgresql."""
    versions = sorted(os.listdir("/etc/postgresql"), key=lambda v: float(v))
    return [versions[-1], "main"]


def pg_ctl(action):
    command = [PG_CTL, "--skip-systemctl-redirect", *cluster(), action]
    subprocess.run(command, check=True, timeout=120, capture_output=True)


def is_ready():
    probe = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
    return subprocess.run(probe, timeout=15).returncode == 0


def wait_ready(seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if is_ready():
            return True
        time.sleep(0.2)
    return False


def restart():
    """Restart (fast shutdown: open sessions and transactions are cut); returns the
    moment, as ``time.time()``, the server accepts connections again."""
    pg_ctl("restart")
    if not wait_ready():
        raise RuntimeError("PostgreSQL did not come back within a minute")
    return time.time()


@contextlib.contextmanager
def always_running():
    """Whatever happens inside (an error, Ctrl-C, SIGTERM), PostgreSQL runs after:
    other people's tests on this machine need it."""
    previous = signal.signal(signal.SIGTERM, _exit_on_term)
    try:
        yield
    finally:
        if not is_ready():
            pg_ctl("start")
            wait_ready()
        signal.signal(signal.SIGTERM, previous)


def _exit_on_term(signum, frame):
    raise SystemExit(128 + signum)

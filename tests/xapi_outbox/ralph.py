"""A real LRS for the tests: Ralph (``ralph-malph`` on PyPI) with its file-system
backend, in a virtualenv of its own (its FastAPI/pydantic pins are not ours).

The virtualenv is made once and reused (``LMS_TEST_TOOLS_DIR``, default
``~/.cache/asan-academy``); the server runs on a free loopback port and can be
stopped and started again over the same data, as the fault test needs.
"""

import fcntl
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

VERSION = "5.1.0"
# Ralph's LRS imports requests without declaring it.
REQUIREMENTS = [f"ralph-malph[backend-fs,lrs,cli]=={VERSION}", "requests==2.34.2"]
USER = "lms"
# Ralph's runserver watches the working tree and reloads; and its file-system LRS
# backend writes with "create", so every POST after the first fails (500, "already
# exists and overwrite is not allowed"). The LRS app is started directly instead,
# with that backend appending to its file, as an LRS must.
LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="info")
"""


def tools_dir():
    default = Path.home() / ".cache" / "asan-academy"
    return Path(os.environ.get("LMS_TEST_TOOLS_DIR", default))


def ensure_installed():
    """The ralph executable, installing it if needed; None and why if impossible.

    Two test runs side by side (.ci/run) take turns: the second waits for the first
    one's install instead of writing into the same virtualenv."""
    tools_dir().mkdir(parents=True, exist_ok=True)
    with open(tools_dir() / f"ralph-{VERSION}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _install()


def _install():
    venv = tools_dir() / f"ralph-{VERSION}"
    ralph = venv / "bin" / "ralph"
    installed = venv / "installed.txt"
    if installed.exists() and installed.read_text() == " ".join(REQUIREMENTS):
        return ralph, ""
    venv.parent.mkdir(parents=True, exist_ok=True)
    steps = [
        [sys.executable, "-m", "venv", str(venv)],
        [str(venv / "bin" / "pip"), "install", "-q", *REQUIREMENTS],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            return None, (done.stderr or done.stdout)[-500:]
    installed.write_text(" ".join(REQUIREMENTS))
    return ralph, ""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    def __init__(self, executable, folder):
        self.executable = executable
        self.folder = Path(folder)
        self.password = secrets.token_urlsafe(16)
        self.port = free_port()
        self.process = None
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.folder / "app"),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
        }
        self.run(
            "auth", "-u", USER, "-p", self.password, "-s", "all",
            "-A", USER, "https://academy.example.az", "-w",
        )  # fmt: skip

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/xAPI"

    def run(self, *args):
        subprocess.run(
            [str(self.executable), *args],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self):
        data = self.folder / "data"
        data.mkdir(exist_ok=True)
        launcher = self.folder / "serve_lrs.py"
        launcher.write_text(LAUNCHER)
        python = Path(self.executable).parent / "python"
        env = {**self.env, "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data)}
        log = open(self.folder / "ralph.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [str(python), str(launcher), str(self.port)],
            env=env,
            cwd=self.folder,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.base + "/__heartbeat__", timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("Ralph did not start: " + self.log_tail())

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
        self.process = None

    def log_tail(self):
        path = self.folder / "ralph.log"
        return path.read_text(errors="replace")[-1000:] if path.exists() else ""

    def statements(self):
        """Every statement the LRS holds (following ``more`` links)."""
        found, url = [], self.url + "/statements?limit=500"
        while url:
            response = requests.get(
                url,
                auth=(USER, self.password),
                headers={"X-Experience-API-Version": "1.0.3"},
                timeout=10,
            )
            response.raise_for_status()
            body = response.json()
            found.extend(body["statements"])
            url = self.base + body["more"] if body.get("more") else None
        return found

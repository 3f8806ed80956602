"""Simulated employees taking the 20-question quiz (run by benchmarks/quiz_load.py
and benchmarks/faults/pg_restart.py).

Each simulated user logs in with its own account, takes the quiz once and stops;
when the last one has finished, the run ends. ``EngineEmployee`` goes through the
quiz engine (POST the quiz page, the attempt page, autosaves with version numbers,
submit, the review); ``BareEmployee`` makes the same start/save/submit requests to
the bare baseline views. Runs in Locust's own virtualenv (benchmarks/.venv): no
Django here, only HTTP to 127.0.0.1.

Environment:
  BENCH_SHEET     the JSON written by ``manage.py prepare_quiz_load``
  BENCH_FIGURES   where the final figures per request name are written
  BENCH_SAVES     autosaves per attempt (default 3)
  BENCH_THINK     seconds between steps (default 0.5)
  BENCH_RETRIES   how often a request that got no answer or a 5xx is tried again,
                  one second apart, as the attempt page's script and a patient
                  employee would (default 0)
  BENCH_FAILURES  if set, every failed request is appended there as a JSON line
                  with its start time (the fault scripts read it)
"""

import html
import itertools
import json
import os
import re
import threading

import gevent
from locust import HttpUser, constant, events, task
from locust.exception import StopUser

SHEET = json.loads(open(os.environ["BENCH_SHEET"], encoding="utf-8").read())
SAVES = int(os.environ.get("BENCH_SAVES", "3"))
THINK = float(os.environ.get("BENCH_THINK", "0.5"))
RETRIES = int(os.environ.get("BENCH_RETRIES", "0"))
ATTEMPT_URL = re.compile(r"/quizzes/attempts/(\d+)/")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
VERSION_INPUT = re.compile(r'name="version" value="(\d+)"')

_accounts = itertools.count()
_finished = itertools.count(1)
_lock = threading.Lock()


def next_account():
    with _lock:
        return next(_accounts)


# Answers ------------------------------------------------------------------------------


def right_fields(page_html):
    """Form fields answering every slot right; matching tokens read from the page."""
    fields = {}
    for entry in SHEET["answers"]:
        fields.update(entry["fields"])
        for name, text in entry["match"].items():
            fields[name] = [token_for(page_html, name, text)]
    return fields


def token_for(page_html, name, text):
    select = re.search(rf'name="{re.escape(name)}">(.*?)</select>', page_html, re.S)
    if select is None:
        return ""
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select[1])
    for token, label in options:
        if html.unescape(label).strip() == text:
            return token
    return ""


def answers_for(index, page_html):
    """Every second employee answers question 1 wrong, so grades differ."""
    fields = right_fields(page_html)
    if index % 2 == 1:
        fields.update(SHEET["answers"][0]["wrong"])
    return fields


def bare_fields():
    fields = {k: v for e in SHEET["answers"] for k, v in e["fields"].items()}
    for entry in SHEET["answers"]:
        fields.update({name: ["token"] for name in entry["match"]})
    return fields


def share(fields, part, parts):
    """The answers of the first ``part``/``parts`` of the slots (autosave k of n)."""
    count = len(SHEET["answers"]) * part // parts
    slots = {str(entry["slot"]) for entry in SHEET["answers"][:count]}
    return {k: v for k, v in fields.items() if k[1:].split("-")[0] in slots}


# The simulated employee ---------------------------------------------------------------


def unanswered(response):
    """No answer, or the server failed: worth trying again."""
    return response.status_code == 0 or response.status_code >= 500


class Employee(HttpUser):
    abstract = True
    wait_time = constant(0)

    def on_start(self):
        self.index = next_account()
        if self.index >= len(SHEET["users"]):
            raise StopUser()
        self.username = SHEET["users"][self.index]
        self.log_in()

    def request(self, method, url, name, expect, data=None):
        """One request, tried again (RETRIES times) while it gets no answer or a 5xx;
        a response outside ``expect`` counts as a failure."""
        for tries_left in range(RETRIES, -1, -1):
            if data is not None:
                data["csrfmiddlewaretoken"] = self.client.cookies.get("csrftoken", "")
            with self.client.request(
                method, url, data=data, name=name, allow_redirects=False,
                catch_response=True,
            ) as response:  # fmt: skip
                if response.status_code not in expect:
                    response.failure(f"{name}: HTTP {response.status_code}")
                if not (unanswered(response) and tries_left):
                    return response
            gevent.sleep(1)
        return response

    def get(self, url, name):
        return self.request("GET", url, name, (200,))

    def post(self, url, name, data, expect):
        return self.request("POST", url, name, expect, dict(data))

    def log_in(self):
        self.get("/login/", "login form")  # sets the CSRF cookie
        credentials = {"username": self.username, "password": SHEET["password"]}
        if self.post("/login/", "login", credentials, (302,)).status_code != 302:
            raise StopUser()

    def think(self):
        if THINK:
            gevent.sleep(THINK)

    def finish(self):
        if next(_finished) >= len(SHEET["users"]):
            self.environment.runner.quit()
        raise StopUser()


class EngineEmployee(Employee):
    @task
    def take_quiz(self):
        start = self.post(SHEET["quiz_url"], "start (POST quiz page)", {}, (302,))
        found = ATTEMPT_URL.search(start.headers.get("Location", ""))
        if found is None:
            return self.finish()
        self.attempt = f"/quizzes/attempts/{found[1]}/"
        page = self.get(self.attempt, "attempt page")
        fields = answers_for(self.index, page.text)
        version = self.autosave(fields, self.version_of(page))
        self.think()
        if self.submit(fields, version):
            self.get(self.attempt + "review/", "review page")
        self.finish()

    def version_of(self, page):
        found = VERSION_INPUT.search(page.text)
        return int(found[1]) if found else 0

    def current_version(self):
        """After a lost answer the save may have been stored: read the version."""
        return self.version_of(self.get(self.attempt, "attempt page (reload)"))

    def autosave(self, fields, version):
        for part in range(1, SAVES + 1):
            self.think()
            data = {**share(fields, part, SAVES), "version": str(version)}
            response = self.post(self.attempt + "save/", "autosave", data, (200,))
            if response.status_code == 200:
                version = response.json()["version"]
            else:  # 409: an earlier save was stored although its answer was lost
                version = self.current_version()
        return version

    def submit(self, fields, version):
        for _ in range(3):
            data = {**fields, "version": str(version)}
            response = self.post(self.attempt + "submit/", "submit", data, (302,))
            if "/review/" in response.headers.get("Location", ""):
                return True
            version = self.current_version()  # stale version: check and send again
        return False


class BareEmployee(Employee):
    @task
    def take_quiz(self):
        base = "/bench/bare/"
        quiz = SHEET["bare_quiz_id"]
        start = self.post(f"{base}quizzes/{quiz}/start/", "start", {}, (200,))
        if start.status_code != 200:
            return self.finish()
        attempt, version = start.json()["attempt"], start.json()["version"]
        fields = bare_fields()
        for part in range(1, SAVES + 1):
            self.think()
            data = {**share(fields, part, SAVES), "version": str(version)}
            saved = self.post(
                f"{base}attempts/{attempt}/save/", "autosave", data, (200,)
            )
            version = saved.json()["version"] if saved.status_code == 200 else version
        self.think()
        data = {**fields, "version": str(version)}
        self.post(f"{base}attempts/{attempt}/submit/", "submit", data, (200,))
        self.finish()


# Figures for the caller ---------------------------------------------------------------


@events.request.add_listener
def record_failure(name, exception=None, start_time=None, response=None, **_kwargs):
    path = os.environ.get("BENCH_FAILURES")
    if exception is None or not path:
        return
    status = getattr(response, "status_code", 0)
    line = {"name": name, "start": start_time, "status": status}
    with open(path, "a", encoding="utf-8") as failures:
        failures.write(json.dumps(line) + "\n")


@events.quitting.add_listener
def write_figures(environment, **_kwargs):
    """The final figures per request name, for the caller (BENCH_FIGURES); errors are
    counted there, so Locust's own exit code stays 0."""
    stats = environment.stats
    figures = {
        name: figures_of(entry) for (name, _method), entry in stats.entries.items()
    }
    figures["Aggregated"] = figures_of(stats.total)
    with open(os.environ["BENCH_FIGURES"], "w", encoding="utf-8") as output:
        json.dump(figures, output, indent=1)
    environment.process_exit_code = 0


def figures_of(entry):
    return {
        "count": entry.num_requests,
        "failures": entry.num_failures,
        "p50": entry.get_response_time_percentile(0.5) or 0,
        "p95": entry.get_response_time_percentile(0.95) or 0,
        "rps": entry.total_rps,
    }

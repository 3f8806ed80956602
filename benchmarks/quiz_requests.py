"""Start, autosave and submit of a 20-question quiz against bare views, in pairs.

    .venv/bin/python benchmarks/quiz_requests.py [--rounds 200] [--report -]
        [--database lms_bench_quiz | --sqlite FILE] [--section quiz-requests]

One process, one request at a time, so the figures are the requests' own cost and
not a wait for a busy worker (which is what the Locust run in quiz_load.py shows).
The data is the quiz load's (``benchmarks/quizdata.py``: a course whose lesson is
completed by passing a 20-question quiz, and a copy of the quiz for the baseline),
with one employee per round, so every engine submit is that employee's first pass:
it completes the lesson, passes the course and queues the certificate, the dearest
case. In each round the employee starts, autosaves half the answers and submits all
of them, on the engine (the quiz page's POST and the attempt URLs) and on the bare
views of ``benchmarks/bare/views.py`` (the same rows: one attempt with the same
questions and key JSON, the answers under a version check, twenty items, nothing
else), engine and bare alternating which goes first. Django's test Client runs the
whole middleware stack without a network. SQL queries per request are counted in a
separate untimed round.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import support  # noqa: E402

DATABASE = "lms_bench_quiz"
PASSWORD = "bench-pass-2026"
STEPS = ("start", "autosave", "submit")


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--report", default=str(support.REPORT), help="'-' prints")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--database", default=DATABASE, help="PostgreSQL lms_bench_*")
    where.add_argument("--sqlite", help="a SQLite file instead of PostgreSQL")
    parser.add_argument("--section", default="quiz-requests")
    return parser.parse_args()


def prepare(args):
    if args.sqlite:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(args.sqlite).resolve()}"
        os.environ["DJANGO_SETTINGS_MODULE"] = support.SETTINGS
        os.environ.pop("REDIS_URL", None)
    else:
        support.use_database(args.database)
    support.setup_django()
    support.migrate()
    from benchmarks import quizdata

    # one employee per round, plus the warm-up and the round that counts queries
    facts = quizdata.prepare(args.warmup + args.rounds + 1, PASSWORD)
    quizdata.reset_attempts()
    return facts


def clients(usernames):
    from django.contrib.auth import get_user_model
    from django.test import Client

    users = get_user_model().objects.in_bulk(usernames, field_name="username")
    made = []
    for username in usernames:
        client = Client(HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="az")
        client.force_login(users[username])
        # One request first, so neither side's first request pays for the session
        # write that marks the session as seen (people/middleware.py).
        client.get("/bench/bare/quizzes/0/start/")  # 405, after the middleware
        made.append(client)
    return made


# The answers --------------------------------------------------------------------------


def right_answers(key):
    """Form fields answering every question of an attempt right, from its key."""
    fields = {}
    for entry in key:
        name, kind = f"q{entry['slot']}", entry["type"]
        if kind == "single":
            fields[name] = [entry["correct"][0]]
        elif kind == "multiple":
            fields[name] = list(entry["correct"])
            fields[f"{name}-present"] = ["1"]
        elif kind == "truefalse":
            fields[name] = ["true" if entry["answer"] else "false"]
        elif kind == "short":
            fields[name] = [entry["display"][0]]
        elif kind == "numeric":
            fields[name] = [entry["answer"].replace(".", ",")]
        elif kind == "matching":
            fields |= {
                f"{name}-{left}": [right] for left, right in entry["pairs"].items()
            }
        elif kind == "ordering":
            fields |= {
                f"{name}-{item}": [str(place)]
                for place, item in enumerate(entry["order"], start=1)
            }
    return fields


def first_half(fields, slots):
    kept = {str(slot) for slot in range(1, slots // 2 + 1)}
    return {k: v for k, v in fields.items() if k[1:].split("-")[0] in kept}


# One employee's turn ------------------------------------------------------------------


class Turn:
    """What the engine's and the bare views' turns share: the right answers."""

    def answers(self, attempt_id):
        from courses.quizzes.models import Attempt

        key = Attempt.objects.values_list("key", flat=True).get(pk=attempt_id)
        return right_answers(key), len(key)


class Engine(Turn):
    name = "engine"

    def __init__(self, facts):
        from django.urls import NoReverseMatch, reverse

        from benchmarks import quizdata
        from courses.quizzes.models import QuizPage

        quiz = QuizPage.objects.get(slug=quizdata.QUIZ_SLUG)
        try:
            self.start_url = reverse("quizzes:start", args=[quiz.pk])
        except NoReverseMatch:  # before the Start button had its own URL
            self.start_url = facts["quiz_url"]

    def start(self, client):
        response = client.post(self.start_url)  # the quiz page's Start button
        expect(response, 302, "/quizzes/attempts/")
        return int(response["Location"].rstrip("/").split("/")[-1])

    def save(self, client, attempt_id, data):
        response = client.post(f"/quizzes/attempts/{attempt_id}/save/", data)
        expect(response, 200)

    def submit(self, client, attempt_id, data):
        response = client.post(f"/quizzes/attempts/{attempt_id}/submit/", data)
        expect(response, 302, "/review/")


class Bare(Turn):
    name = "bare"

    def __init__(self, facts):
        self.quiz_id = facts["bare_quiz_id"]

    def start(self, client):
        response = client.post(f"/bench/bare/quizzes/{self.quiz_id}/start/")
        expect(response, 200)
        return response.json()["attempt"]

    def save(self, client, attempt_id, data):
        response = client.post(f"/bench/bare/attempts/{attempt_id}/save/", data)
        expect(response, 200)

    def submit(self, client, attempt_id, data):
        response = client.post(f"/bench/bare/attempts/{attempt_id}/submit/", data)
        expect(response, 200)


def expect(response, status, location=None):
    if response.status_code != status or (
        location and location not in response.get("Location", "")
    ):
        raise RuntimeError(
            f"{response.status_code} {response.get('Location', '')}: "
            f"{response.content[:300]!r}"
        )


def turn(side, client, clock):
    """Start, autosave, submit for one employee; ``clock(step, call)`` runs each."""
    attempt_id = clock("start", lambda: side.start(client))
    fields, slots = side.answers(attempt_id)
    saved = {**first_half(fields, slots), "version": "0"}
    clock("autosave", lambda: side.save(client, attempt_id, saved))
    clock("submit", lambda: side.submit(client, attempt_id, {**fields, "version": "1"}))


def timer(samples):
    def clock(step, call):
        started = time.perf_counter()
        result = call()
        samples[step].append(time.perf_counter() - started)
        return result

    return clock


def untimed(step, call):
    return call()


def query_counter(counts):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def clock(step, call):
        with CaptureQueriesContext(connection) as captured:
            result = call()
        counts[step] = len(captured.captured_queries)
        return result

    return clock


def measure(facts, args):
    sides = (Engine(facts), Bare(facts))
    everyone = clients(facts["users"])
    warm, timed, counted = (
        everyone[: args.warmup],
        everyone[args.warmup : -1],
        everyone[-1],
    )
    for client in warm:
        for side in sides:
            turn(side, client, untimed)
    samples = {side.name: {step: [] for step in STEPS} for side in sides}
    for number, client in enumerate(timed):
        order = sides if number % 2 == 0 else sides[::-1]
        for side in order:
            turn(side, client, timer(samples[side.name]))
    queries = {side.name: {} for side in sides}
    for side in sides:
        turn(side, counted, query_counter(queries[side.name]))
    return samples, queries


# The report ---------------------------------------------------------------------------


def results(samples, queries):
    found = {}
    for step in STEPS:
        engine = support.summary(samples["engine"][step])
        bare = support.summary(samples["bare"][step])
        found[step] = {
            "engine": engine,
            "bare": bare,
            "ratio": support.ratio(engine["median"], bare["median"]),
            "p95_ratio": support.ratio(engine["p95"], bare["p95"]),
            "queries": (queries["engine"][step], queries["bare"][step]),
        }
    return found


TARGETS = {"start": 2.0, "autosave": 1.5, "submit": 3.0}


def render(args, found):
    rows = [
        "| request | engine median | bare median | **median engine ÷ bare** "
        "| p95 engine ÷ bare | target | SQL queries engine / bare |",
        "|---|---|---|---|---|---|---|",
    ]
    for step in STEPS:
        r = found[step]
        rows.append(
            f"| {step} | {support.ms(r['engine']['median'])} "
            f"| {support.ms(r['bare']['median'])} | **{r['ratio']:.2f}×** "
            f"| {r['p95_ratio']:.2f}× | ≤ {TARGETS[step]:g}× "
            f"| {r['queries'][0]} / {r['queries'][1]} |"
        )
    where = (
        f"the SQLite file `{Path(args.sqlite).name}`"
        if args.sqlite
        else f"the PostgreSQL database `{args.database}`"
    )
    return REPORT.format(
        section=args.section,
        date=time.strftime("%Y-%m-%d"),
        rounds=args.rounds,
        where=where,
        load=load_text(),
        table="\n".join(rows),
    )


def load_text():
    one, five, _fifteen = os.getloadavg()
    return (
        f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"
    )


REPORT = """Measured by `benchmarks/quiz_requests.py` on {date}, {rounds} rounds on
{where} ({load} when it finished).

{table}
"""


def main():
    args = parse()
    facts = prepare(args)
    print(f"{args.rounds} rounds of start, autosave and submit, engine and bare")
    samples, queries = measure(facts, args)
    found = results(samples, queries)
    print(json.dumps(found, indent=1))
    text = render(args, found)
    support.OUTPUT.mkdir(parents=True, exist_ok=True)
    (support.OUTPUT / f"{args.section}.json").write_text(json.dumps(found, indent=1))
    if args.report == "-":
        print(text)
    else:
        support.write_section(args.section, text, Path(args.report))
        print(f"Wrote the {args.section} section of {args.report}")
    for step in STEPS:
        r = found[step]
        print(
            f"RATIO quiz_requests.{step} median engine/bare {r['ratio']:.2f}x "
            f"(target {TARGETS[step]:g}x), SQL queries {r['queries'][0]} vs "
            f"{r['queries'][1]}"
        )


if __name__ == "__main__":
    main()

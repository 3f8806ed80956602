"""Kill the django-q2 cluster mid-batch of 500 certificates and take Redis away; the
reconciliation sweep must leave every certificate once with a PDF matching its
SHA-256. PASS or FAIL (exit 0 or 1).

    .venv/bin/python benchmarks/faults/certificate_worker.py [--certificates 500]
        [--without-guard]

On the database lms_bench_certs, with a private Redis on a free loopback port as the
django-q2 broker (so stopping it disturbs nobody else's Redis), PDFs under
benchmarks/output/certificate-media:

1. 500 employees pass a course; one ``certificates.tasks.issue_certificate`` task
   per enrolment is queued (each then queues ``render_certificate``).
2. ``manage.py qcluster`` (2 workers) starts; once some PDFs exist, every process of
   the cluster is killed with SIGKILL (what the tasks in hand and those the cluster
   had fetched from Redis become: lost).
3. The cluster is started again; while it works, Redis is stopped for a few seconds
   and started again empty (no persistence, as in CI): what was queued is gone.
4. ``certificates.tasks.reconcile_certificates`` (the sweep) runs, twice.
5. Check: every passed enrolment has exactly one certificate (after two sweeps),
   each rendered, its file present and matching the stored SHA-256.

The scheduled sweep (every 10 minutes) is held back during the run, so the script
decides when it runs. ``--without-guard`` skips step 4: the script must FAIL.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from benchmarks import support  # noqa: E402

DATABASE = "lms_bench_certs"
MEDIA = support.OUTPUT / "certificate-media"
RECONCILE = "certificates.tasks.reconcile_certificates"


def parse():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--certificates", type=int, default=500)
    parser.add_argument("--kill-at", type=float, default=0.3, help="share rendered")
    parser.add_argument("--redis-outage", type=float, default=5, help="seconds")
    parser.add_argument("--without-guard", action="store_true")
    return parser.parse_args()


# Processes ----------------------------------------------------------------------------


class Redis:
    """A private redis-server on a free loopback port, without persistence."""

    def __init__(self):
        self.port, self.process = support.free_port(), None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = ["redis-server", "--bind", "127.0.0.1", "--port", str(self.port)]
        command += ["--save", "", "--appendonly", "no", "--dir", str(support.OUTPUT)]
        log = (support.OUTPUT / "fault_redis.log").open("a")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        wait_for(self.answers, 30, "Redis did not start")

    def answers(self):
        probe = ["redis-cli", "-p", str(self.port), "ping"]
        done = subprocess.run(probe, capture_output=True, text=True, timeout=10)
        return done.stdout.strip() == "PONG"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Cluster:
    """``manage.py qcluster`` in its own process group, so SIGKILL reaches all."""

    def __init__(self):
        self.process = None

    def start(self):
        log = (support.OUTPUT / "fault_qcluster.log").open("a")
        self.process = subprocess.Popen(
            [support.PYTHON, "manage.py", "qcluster"],
            cwd=support.ROOT,
            env=os.environ.copy(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def kill(self, sig=signal.SIGKILL):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, sig)
            self.process.wait(timeout=60)

    def stop(self):
        try:
            self.kill(signal.SIGTERM)
        except subprocess.TimeoutExpired:
            self.kill()


def wait_for(condition, seconds, failure=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    if failure:
        raise RuntimeError(failure)
    return False


# Data ---------------------------------------------------------------------------------


def prepare(args, redis):
    support.use_database(DATABASE)
    os.environ |= {"REDIS_URL": redis.url, "LMS_MEDIA_ROOT": str(MEDIA)}
    os.environ["LMS_Q_WORKERS"] = "2"
    support.setup_django()
    support.migrate()
    from benchmarks import quizdata

    quizdata.ensure_site()
    profiles = quizdata.ensure_employees(args.certificates, "bench-pass-2026")
    course = quizdata.ensure_course()
    quizdata.ensure_enrolments(course, profiles)
    hold_scheduled_sweep()
    return reset_batch(course, profiles)


def hold_scheduled_sweep():
    from django.utils import timezone
    from django_q.models import Schedule

    later = timezone.now() + timezone.timedelta(days=1)
    Schedule.objects.filter(func=RECONCILE).update(next_run=later)


def reset_batch(course, profiles):
    """No certificates for the course, every enrolment passed; the enrolment ids."""
    from django.utils import timezone

    from certificates.models import Certificate
    from courses.models import Enrolment

    old = Certificate.objects.filter(course_key=course.translation_key)
    old.update(superseded_by=None)
    old.delete()
    shutil.rmtree(MEDIA, ignore_errors=True)
    enrolments = Enrolment.objects.filter(course=course, employee__in=profiles)
    enrolments.update(status=Enrolment.Status.PASSED, passed_at=timezone.now())
    return list(enrolments.values_list("pk", flat=True))


def queue_batch(enrolment_ids):
    from certificates.background import enqueue

    for pk in enrolment_ids:
        enqueue("certificates.tasks.issue_certificate", pk)


# Observations -------------------------------------------------------------------------


def counts(enrolment_ids):
    from django.db import connections

    from certificates.models import Certificate

    connections.close_all()  # a fresh view of what the workers committed
    batch = Certificate.objects.filter(enrolment_id__in=enrolment_ids)
    return {
        "certificates": batch.count(),
        "rendered": batch.filter(rendered_at__isnull=False).count(),
    }


def problems(enrolment_ids):
    """Enrolments without exactly one certificate with an intact, hashed PDF."""
    from django.db.models import Count

    from certificates.models import Certificate
    from certificates.pdfs import pdf_is_intact

    found = []
    per = dict(
        Certificate.objects.filter(enrolment_id__in=enrolment_ids)
        .values_list("enrolment_id")
        .annotate(n=Count("pk"))
    )
    for pk in enrolment_ids:
        if per.get(pk, 0) != 1:
            found.append(f"enrolment {pk}: {per.get(pk, 0)} certificates")
    for certificate in Certificate.objects.filter(enrolment_id__in=enrolment_ids):
        if not pdf_is_intact(certificate):
            found.append(f"certificate {certificate.pk}: no PDF matching its SHA-256")
    return found


def sweep():
    from certificates.tasks import reconcile_certificates

    return reconcile_certificates()


# The run ------------------------------------------------------------------------------


def kill_mid_batch(args, cluster, ids):
    cluster.start()
    target = max(1, int(args.certificates * args.kill_at))
    wait_for(lambda: counts(ids)["rendered"] >= target, 300, "no PDFs were rendered")
    cluster.kill()
    seen = counts(ids)
    print(f"  killed the cluster (SIGKILL) at {seen}")
    return seen


def redis_outage(args, cluster, redis, ids):
    cluster.start()
    time.sleep(3)
    before = counts(ids)
    redis.stop()
    print(f"  Redis stopped at {before}; {args.redis_outage} s without a broker")
    time.sleep(args.redis_outage)
    redis.start()
    cluster.stop()  # a cluster may not outlive its broker; start a clean one
    cluster.start()
    settled = wait_until_settled(ids)
    print(f"  Redis back, empty; the queue settled at {settled}")
    return before, settled


def wait_until_settled(ids, quiet=15, limit=300):
    """Wait until the counts stop changing for ``quiet`` seconds (at most ``limit``)."""
    last, since, deadline = None, time.monotonic(), time.monotonic() + limit
    while time.monotonic() < deadline:
        now = counts(ids)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet or now["rendered"] == len(ids):
            return now
        time.sleep(1)
    return last


def run(args, redis, ids):
    cluster = Cluster()
    try:
        queue_batch(ids)
        print(f"Queued {len(ids)} issuing tasks")
        killed = kill_mid_batch(args, cluster, ids)
        redis_outage(args, cluster, redis, ids)
        swept = []
        if not args.without_guard:
            swept.append(sweep())
            wait_until_settled(ids)
            swept.append(sweep())
            print(f"  sweeps: {swept}")
        final = wait_until_settled(ids)
    finally:
        cluster.stop()
    return killed, swept, final


def verdict(ids, killed):
    reasons = problems(ids)
    if killed["rendered"] >= len(ids):
        reasons.append("the cluster was killed after the batch had finished")
    return reasons


def main():
    args = parse()
    support.OUTPUT.mkdir(parents=True, exist_ok=True)
    redis = Redis()
    redis.start()
    try:
        ids = prepare(args, redis)
        killed, swept, final = run(args, redis, ids)
        reasons = verdict(ids, killed)
    finally:
        redis.stop()
    print(f"Final: {final}")
    for reason in reasons[:10]:
        print("  -", reason)
    if len(reasons) > 10:
        print(f"  … and {len(reasons) - 10} more")
    print("CERTIFICATE WORKER FAULT:", "FAIL" if reasons else "PASS")
    return 1 if reasons else 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure certificate PDFs against a bare WeasyPrint render of the same HTML.

    DATABASE_URL=sqlite:////tmp/bench-certs.db \\
        .venv/bin/python benchmarks/certificates.py --certificates 40 --repeat 15

Migrates a throwaway database (never the project's own ``db.sqlite3``), issues
``--certificates`` certificates through the service, then times in the same run:

* bare WeasyPrint: ``HTML(string=...).write_pdf()`` of one certificate's final HTML,
  with WeasyPrint's default fetcher (the floor any approach pays);
* the full render task: database reads, texts, template, WeasyPrint with the
  restricted fetcher, atomic write, SHA-256, database update;
* the same with a PAdES signature (a throwaway key);
* batch throughput rendering every certificate with one and with two worker
  processes (each its own Django and database connection, as qcluster workers are).

Prints a Markdown section for docs/PERFORMANCE.md with medians and ratios.
"""

import argparse
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("LMS_MEDIA_ROOT", tempfile.mkdtemp(prefix="bench-certs-"))


def setup_django():
    import django

    django.setup()


def prepare(count):
    """Migrate and issue ``count`` certificates (reused if they are there)."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    from certificates.models import Certificate

    if Certificate.objects.count() < count:
        with mock.patch("certificates.services.enqueue"):
            issue(count - Certificate.objects.count())
    return list(Certificate.objects.order_by("pk").values_list("pk", flat=True)[:count])


def issue(count):
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from certificates.services import certificate_issue_manual
    from courses.models import CourseCompetency, CourseIndexPage, CoursePage
    from people.models import EmployeeProfile, OrgUnit, Position
    from skills.models import Competency, CompetencyArea, ProficiencyLevel

    unit = OrgUnit.objects.first() or OrgUnit.add_root(code="bench", name="Agentlik")
    position, _ = Position.objects.get_or_create(
        code="bench", defaults={"name": "Operator"}
    )
    course = CoursePage.objects.first()
    if course is None:
        home = Page.get_first_root_node().get_children().first()
        index = home.add_child(
            instance=CourseIndexPage(title="Kurslar", slug="kurslar")
        )
        course = index.add_child(
            instance=CoursePage(
                title="Vətəndaşlara xidmət standartları",
                summary="Qısa məzmun",
                certificate_validity_months=24,
            )
        )
        area, _ = CompetencyArea.objects.get_or_create(
            code="bench", defaults={"name": "Xidmət"}
        )
        level, _ = ProficiencyLevel.objects.get_or_create(
            rank=2, defaults={"name": "Praktik"}
        )
        for code, name in [
            ("B-1", "Vətəndaşla ünsiyyət"),
            ("B-2", "Növbənin idarə edilməsi"),
        ]:
            competency, _ = Competency.objects.get_or_create(
                code=code, defaults={"name": name, "area": area}
            )
            CourseCompetency.objects.create(
                course=course, competency=competency, level=level
            )
    start = EmployeeProfile.objects.count()
    for number in range(start, start + count):
        user = get_user_model().objects.create(username=f"bench{number}")
        employee = EmployeeProfile.objects.create(
            user=user,
            employee_number=f"B{number:05d}",
            full_name=f"Şıxəliyeva Gülçöhrə Tuğrul qızı {number}",
            org_unit=unit,
            position=position,
        )
        certificate_issue_manual(
            employee=employee, course=course, reason="Benchmark", issued_by=None
        )


def median_seconds(work, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_render(certificate_id):
    """WeasyPrint alone on the final HTML of the certificate."""
    from weasyprint import HTML

    from certificates.conf import site_url
    from certificates.pdfs import load
    from certificates.rendering import render_html
    from certificates.texts import certificate_text

    certificate = load(certificate_id)
    html = render_html(
        certificate.template,
        certificate_text(certificate),
        certificate.language,
        created=certificate.issued_at,
    )
    return lambda: HTML(string=html, base_url=site_url() + "/").write_pdf()


def full_render(certificate_id):
    from certificates.pdfs import certificate_render

    return lambda: certificate_render(certificate_id=certificate_id, force=True)


def signed(work):
    from django.core.management import call_command
    from django.test import override_settings

    folder = Path(tempfile.mkdtemp(prefix="bench-keys-"))
    call_command("create_signing_key", str(folder), stdout=open(os.devnull, "w"))
    keys = {
        "LMS_CERT_SIGNING_KEY": str(folder / "signing-key.pem"),
        "LMS_CERT_SIGNING_CERT": str(folder / "signing-cert.pem"),
    }

    def run():
        with override_settings(**keys):
            work()

    return run


# Batch: worker processes, as qcluster workers ----------------------------------------


def worker_start():
    setup_django()


def worker_render(certificate_id):
    from django.db import connection

    from certificates.pdfs import certificate_render

    certificate_render(certificate_id=certificate_id, force=True)
    connection.close()
    return certificate_id


def throughput(ids, workers):
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=worker_start) as pool:
        pool.map(worker_render, ids[:workers])  # start-up, not measured
        start = time.perf_counter()
        pool.map(worker_render, ids, chunksize=1)
        elapsed = time.perf_counter() - start
    return len(ids) / elapsed, elapsed


def machine():
    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    import weasyprint
    from django.db import connection

    return (
        f"{model or platform.processor()}, {os.cpu_count()} CPUs; Python "
        f"{platform.python_version()}, WeasyPrint {weasyprint.__version__}, "
        f"{connection.vendor}"
    )


def report(args):
    setup_django()
    ids = prepare(args.certificates)
    first = ids[0]
    full_render(first)()  # warm caches: fonts, templates, renditions
    bare = median_seconds(bare_render(first), args.repeat)
    full = median_seconds(full_render(first), args.repeat)
    sign = median_seconds(signed(full_render(first)), args.repeat)
    rates = {n: throughput(ids, n) for n in (1, 2)}
    lines = [
        "## Certificates",
        "",
        f"Machine: {machine()}. Command:",
        "",
        "```sh",
        f"DATABASE_URL={os.environ.get('DATABASE_URL', '(default)')} "
        f".venv/bin/python benchmarks/certificates.py --certificates "
        f"{args.certificates} --repeat {args.repeat}",
        "```",
        "",
        "| one A4 certificate (median) | time | ratio to bare WeasyPrint |",
        "|---|---|---|",
        f"| bare WeasyPrint, same HTML | {bare * 1000:.0f} ms | 1.00 |",
        f"| render task (DB, texts, fetcher, atomic write, hash) | {full * 1000:.0f} ms "
        f"| {full / bare:.2f} |",
        f"| render task with PAdES signature | {sign * 1000:.0f} ms | {sign / bare:.2f} |",
        "",
        f"| batch of {len(ids)} certificates | wall time | certificates / s |",
        "|---|---|---|",
    ]
    for workers, (rate, elapsed) in rates.items():
        lines.append(
            f"| {workers} worker process{'es' if workers > 1 else ''} "
            f"| {elapsed:.1f} s | {rate:.1f} |"
        )
    print("\n".join(lines))


def main():
    if "DATABASE_URL" not in os.environ:
        sys.exit(
            "Set DATABASE_URL to a throwaway database, e.g. sqlite:////tmp/bench.db"
        )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--certificates", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=15)
    report(parser.parse_args())


if __name__ == "__main__":
    main()

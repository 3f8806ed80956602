"""Bulk assignment of one course to 5,000 employees, against a bare bulk insert of
the same rows in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench_assign \\
        .venv/bin/python benchmarks/assign.py [--employees 5000] [--repeat 3]

The service also checks scope, skips people already enrolled, writes one audit entry
and queues the notices (django-q2, after commit); the baseline only inserts rows.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def make_people(count):
    from django.contrib.auth import get_user_model

    from people.models import EmployeeProfile, OrgUnit, Position

    unit = OrgUnit.objects.filter(code="bench-assign").first() or OrgUnit.add_root(
        code="bench-assign", name="Bench"
    )
    position, _ = Position.objects.get_or_create(
        code="bench-op", defaults={"name": "Op"}
    )
    have = EmployeeProfile.objects.filter(org_unit=unit).count()
    if have < count:
        User = get_user_model()
        users = User.objects.bulk_create(
            User(username=f"bench-assign-{i}") for i in range(have, count)
        )
        EmployeeProfile.objects.bulk_create(
            EmployeeProfile(
                user=u, employee_number=f"BA{i}", full_name=f"Bench {i}",
                org_unit=unit, position=position,
            )
            for i, u in zip(range(have, count), users, strict=True)
        )  # fmt: skip
    return EmployeeProfile.objects.filter(org_unit=unit)


def make_course():
    from wagtail.models import Page

    from courses.models import CourseIndexPage, CoursePage

    index = CourseIndexPage.objects.filter(slug="bench-index").first()
    if index is None:
        home = Page.get_first_root_node().get_children().first()
        index = home.add_child(
            instance=CourseIndexPage(title="Bench", slug="bench-index")
        )
    return index.add_child(
        instance=CoursePage(title=f"Bench {time.time()}", summary="x")
    )


def baseline(course, people):
    from courses.models import Enrolment

    started = time.perf_counter()
    Enrolment.objects.bulk_create(
        (
            Enrolment(employee_id=pk, course=course, course_key=course.translation_key)
            for pk in people.values_list("pk", flat=True)
        ),
        batch_size=1000,
    )
    return time.perf_counter() - started


def service(course, people):
    from django.db import transaction

    from courses.services import assign

    started = time.perf_counter()
    with transaction.atomic():
        created = assign(
            course=course, employees=people, due_date=None, assigned_by=None
        )
    elapsed = time.perf_counter() - started
    assert created == people.count(), created
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    setup_django()
    people = make_people(args.employees)
    bare = [baseline(make_course(), people) for _ in range(args.repeat)]
    ours = [service(make_course(), people) for _ in range(args.repeat)]
    from django.db import connection

    b, s = statistics.median(bare), statistics.median(ours)
    print(f"database: {connection.vendor}; employees: {args.employees}")
    print(f"bare bulk insert: median {b:.3f} s")
    print(f"assign() service: median {s:.3f} s  (ratio {s / b:.2f}x the bare insert)")


if __name__ == "__main__":
    main()

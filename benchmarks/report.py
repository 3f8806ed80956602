"""The report of benchmarks/matrix.py, written to docs/PERFORMANCE.md."""

import os
import platform
import time


def machine():
    import django
    from django.db import connection

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in open("/proc/cpuinfo")
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server = cursor.fetchone()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM; {platform.platform()}; "
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"PostgreSQL {server} on the same machine"
    )


def counts():
    from people.models import EmployeeProfile
    from skills.models import Competency, CompetencyEvidence

    return {
        "employees": EmployeeProfile.objects.count(),
        "competencies": Competency.objects.filter(is_active=True).count(),
        "evidence": CompetencyEvidence.objects.count(),
    }


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def page_table(pages):
    lines = [
        "| page of 50 | hand SQL | matrix service | **service ÷ SQL** | whole page "
        "| empty admin page | (page − empty page) ÷ SQL | queries: service / page |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in pages:
        matrix_only = (r["page"] - r["furniture"]) / r["sql"]
        lines.append(
            f"| sorted by {r['name']} | {ms(r['sql'])} | {ms(r['service'])} "
            f"| **{r['service'] / r['sql']:.2f}×** | {ms(r['page'])} "
            f"| {ms(r['furniture'])} | {matrix_only:.2f}× "
            f"| {r['service_queries']} / {r['page_queries']} |"
        )
    return "\n".join(lines)


def export_table(found):
    lines = [
        "| export | time | file | peak memory of the process | of which the export |",
        "|---|---|---|---|---|",
    ]
    for r in found:
        lines.append(
            f"| {r['format'].upper()} | {r['seconds']:.1f} s | {r['bytes'] / 2**20:.1f} MB "
            f"| {r['peak_mb']:.0f} MB | {r['peak_mb'] - r['baseline_mb']:.0f} MB |"
        )
    return "\n".join(lines)


def render(args, pages, exports):
    totals = counts()
    command = (
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench .venv/bin/python "
        f"benchmarks/matrix.py --employees {args.employees} --competencies {args.competencies}"
        + (f" --seed {args.seed}" if args.seed != 1 else "")
    )
    return REPORT.format(
        date=time.strftime("%Y-%m-%d"),
        command=command,
        machine=machine(),
        runs=args.runs,
        totals=f"{totals['employees']:,} employees, {totals['competencies']} competencies, "
        f"{totals['evidence']:,} evidence rows",
        pages=page_table(pages),
        exports=export_table(exports),
    )


REPORT = """# Performance of the skills matrix

Measured by `benchmarks/matrix.py` (see its docstring) on {date}:

```sh
{command}
```

- Data: {totals} (`manage.py generate_load_data`, seed 1).
- Machine: {machine}.
- Each figure is the median of {runs} runs after a warm-up (fewer for the coverage sort).
  The hand SQL, the service and the pages take turns in every round, so they share the
  machine's noise and the ratios compare like with like; the absolute times depend on
  the machine (here shared with other work) and are given only to read the ratios.

## A page of the matrix

The **hand SQL** is one query that returns the same page of cells (50 people × every
active competency: name, unit, position, required level, best valid level and its end)
and fetches them into Python. The **matrix service** is what the view does before
rendering: load the reference lists, validate the filters, fetch the page of people,
their requirements and their evidence, and build the cells and totals. The **whole
page** is the admin request as the server answers it: session, permissions, the
matrix, Wagtail's menu and the HTML of 5,000 cells.

{pages}

Issue #7 asks for the matrix at most 2× the hand SQL; the service ratio compares the
same work. The whole page adds what every admin page costs (the "empty admin page"
column: session, permissions, Wagtail's menu) and the HTML of the grid, about 1 MB for
50 × 100 cells; filtering by competency area makes it proportionally smaller. Sorting
by coverage has to score every person in scope before it can pick a page, so it costs
more on a national list; it is meant for a unit or a position at a time.

## Full exports, in a fresh process each

{exports}

"Peak memory of the process" is the peak resident size of a Python process that has
loaded Django and the project; "of which the export" is what the export added on top.
Both exports read the people in chunks of 500; CSV streams line by line, XLSX is
written by openpyxl's write-only mode to a temporary file.

## What made the difference

- The page of people is picked by a subquery that sorts only the people table, with
  the total as an uncorrelated subquery: a window count (`COUNT(*) OVER ()`) forced a
  full sort of every joined row and cost about 3× as much.
- Evidence ends are fetched as local dates (`TruncDate`): a day is precise enough for
  the 60-day warning, and dates load far faster than time-zone-aware datetimes.
- Most cells are neither required nor held; they share one cell object per column.
- The 5,000 cells of the grid are written by `skills/grid.py`, which formats the few
  distinct cell contents once per page; through the template engine the grid alone
  took longer than all the queries of the page.
- The filter drop-downs are written out in the template: Django's select widget
  renders a template per option: 7 ms for the 250 units of the load data.

## How to repeat

- Short mode (about a minute): `--employees 1000 --competencies 100`.
- `--regenerate` rebuilds the data; otherwise data of the same size is reused.
- `manage.py generate_load_data --employees N --competencies M --seed S --reset`
  makes the same data for other experiments.
"""

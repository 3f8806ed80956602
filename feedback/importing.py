"""Ratings exported from the monitors, loaded from CSV: every line checked first, then
all stored in one transaction or none (the employee import's rules, people.importing)."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from people.importing import ImportProblem, ImportRejected, read_csv

from .models import FeedbackImport
from .ratings import RatingsRefused, record_ratings

REQUIRED_COLUMNS = ("unit", "service", "rating", "rated_at", "categories")
OPTIONAL_COLUMNS = ("scale", "desk", "employee_number", "comment", "event_id")
MAX_ROWS = 50_000
FIRST_LINE = 2  # line 1 is the header


@dataclass
class FeedbackImportOutcome:
    problems: list = field(default_factory=list)
    record: FeedbackImport | None = None

    @property
    def ok(self):
        return not self.problems


def parse_header(header):
    columns = [name.strip().lower() for name in header]
    problems = [
        ImportProblem(1, name, _("required column is missing"))
        for name in REQUIRED_COLUMNS
        if name not in columns
    ]
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    problems += [
        ImportProblem(1, name, _("unknown column"))
        for name in columns
        if name and name not in known
    ]
    if len(set(columns)) != len(columns):
        problems.append(ImportProblem(1, "", _("a column appears twice")))
    return columns, problems


def rows_as_items(rows):
    """``(items, lines, problems)``: one dict per non-empty line, as the API's items."""
    columns, problems = parse_header(rows[0])
    if problems:
        return [], [], problems
    if len(rows) - 1 > MAX_ROWS:
        return [], [], [ImportProblem(1, "", _("more than %d rows") % MAX_ROWS)]
    items, lines = [], []
    for line, values in enumerate(rows[1:], start=FIRST_LINE):
        if not any(value.strip() for value in values):
            continue
        if len(values) != len(columns):
            message = _("expected %(expected)d values, found %(found)d") % {
                "expected": len(columns),
                "found": len(values),
            }
            problems.append(ImportProblem(line, "", message))
            continue
        item = dict(zip(columns, (v.strip() for v in values), strict=True))
        if not item.get("scale"):
            item.pop("scale", None)
        items.append(item)
        lines.append(line)
    return items, lines, problems


def import_feedback(*, data, file_name="", user=None):
    """Validate the whole file, then store it in one transaction or not at all."""
    try:
        items, lines, problems = rows_as_items(read_csv(data))
    except ImportRejected as rejected:
        return FeedbackImportOutcome(problems=rejected.problems)
    if problems:
        return FeedbackImportOutcome(problems=problems)
    if not items:
        return FeedbackImportOutcome([ImportProblem(2, "", _("the file has no rows"))])
    try:
        with transaction.atomic():
            record = FeedbackImport.objects.create(
                file_name=file_name[:255], imported_by=user, row_count=len(items)
            )
            record_ratings(items, imported_in=record)
            log(record, "feedback.imported", user=user, data={"rows": len(items)})
    except RatingsRefused as refused:
        return FeedbackImportOutcome(problems=line_problems(refused, items, lines))
    return FeedbackImportOutcome(record=record)


def line_problems(refused, items, lines):
    if refused.replayed:
        known = set(refused.replayed)
        message = _("event “%s” was imported before")
        return [
            ImportProblem(line, "event_id", message % item["event_id"])
            for item, line in zip(items, lines, strict=True)
            if item.get("event_id") in known
        ]
    return [
        ImportProblem(lines[p.index] if p.index is not None else 1, p.field, p.message)
        for p in refused.problems
    ]

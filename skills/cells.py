"""Cells of the skills matrix: each the level an employee holds now against the level
their position requires, built for a list of people in two queries.

Only evidence valid now counts (``CompetencyEvidence.objects.valid_at``): the highest
level wins, and a level is "expiring" when all its evidence ends within 60 days.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from django.db import models
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import EmployeeProfile

from .models import (
    Competency,
    CompetencyEvidence,
    PositionRequirement,
    ProficiencyLevel,
)

EXPIRY_WARNING = timedelta(days=60)
LEVEL_FIELDS = (
    "level_id",
    "level__rank",
    "level__name",
    "level__name_ru",
    "level__name_en",
)


class CellState(models.TextChoices):
    MEETS = "meets", _("Meets the requirement")
    BELOW = "below", _("Below the required level")
    MISSING = "missing", _("Required, no valid evidence")
    NOT_REQUIRED = "not-required", _("Not required for the position")


# The same states as plain strings: a page compares them 5,000 times.
MEETS, BELOW, MISSING, NOT_REQUIRED = (state.value for state in CellState)


@dataclass(slots=True)
class Held:
    """The best level an employee holds now in one competency, and until when."""

    level: ProficiencyLevel
    until: object = None  # a date, or None when some evidence never expires


@dataclass(slots=True)
class Cell:
    competency: Competency
    level: ProficiencyLevel | None
    required: ProficiencyLevel | None
    state: str
    until: object = None  # the date the current level lapses; None: it does not
    expiring: bool = False  # it lapses within EXPIRY_WARNING

    @property
    def label(self):
        return CellState(self.state).label


@dataclass
class Row:
    employee: EmployeeProfile
    cells: list

    @cached_property
    def required_count(self):
        return sum(1 for cell in self.cells if cell.required)

    @cached_property
    def met_count(self):
        return sum(1 for cell in self.cells if cell.state == MEETS)

    @property
    def coverage(self):
        return share(self.met_count, self.required_count)


@dataclass
class ColumnTotal:
    competency: Competency
    required_count: int = 0
    met_count: int = 0

    @property
    def coverage(self):
        return share(self.met_count, self.required_count)


def share(part, whole):
    return part / whole if whole else None


def cell_state(level, required):
    if required is None:
        return NOT_REQUIRED
    if level is None:
        return MISSING
    return MEETS if level.rank >= required.rank else BELOW


def level_from(row, levels):
    """A level from its joined columns, one instance per level id."""
    level_id, rank, name, name_ru, name_en = row
    if level_id not in levels:
        levels[level_id] = ProficiencyLevel(
            id=level_id, rank=rank, name=name, name_ru=name_ru, name_en=name_en
        )
    return levels[level_id]


def required_levels(position_ids, competency_ids, levels):
    """``{position_id: {competency_id: level}}`` in one query."""
    rows = PositionRequirement.objects.filter(
        position_id__in=position_ids, competency_id__in=competency_ids
    ).values_list("position_id", "competency_id", *LEVEL_FIELDS)
    required = defaultdict(dict)
    for position_id, competency_id, *level in rows.order_by():
        required[position_id][competency_id] = level_from(level, levels)
    return required


def held_levels(employee_ids, competency_ids, levels, moment):
    """``{employee_id: {competency_id: Held}}``: the best level valid at ``moment``.

    Ends come as local dates: a day is precise enough to warn, and dates load much
    faster than time-zone-aware datetimes.
    """
    rows = (
        CompetencyEvidence.objects.valid_at(moment)
        .filter(employee_id__in=employee_ids, competency_id__in=competency_ids)
        .annotate(until=TruncDate("valid_until"))
        .values_list("employee_id", "competency_id", "until", *LEVEL_FIELDS)
        .order_by()
    )
    held = defaultdict(dict)
    for employee_id, competency_id, until, *level in rows:
        keep_best(held[employee_id], competency_id, level_from(level, levels), until)
    return held


def keep_best(held, key, level, until):
    current = held.get(key)
    if current is None or level.rank > current.level.rank:
        held[key] = Held(level, until)
    elif level.rank == current.level.rank:
        current.until = later(current.until, until)


def later(first, second):
    """The later of two end dates, where ``None`` (no end) is latest."""
    if first is None or second is None:
        return None
    return max(first, second)


def build_rows(employees, competencies, moment=None):
    """Rows of cells for ``employees`` (a list) in two queries."""
    moment = moment or timezone.now()
    levels = {}
    ids = [c.id for c in competencies]
    required = required_levels({e.position_id for e in employees}, ids, levels)
    held = held_levels([e.id for e in employees], ids, levels, moment)
    # Most cells are neither required nor held: one shared cell per column.
    blank = [Cell(c, None, None, NOT_REQUIRED) for c in competencies]
    soon = timezone.localdate(moment + EXPIRY_WARNING)
    return [
        Row(
            e, row_cells(competencies, required[e.position_id], held[e.id], blank, soon)
        )
        for e in employees
    ]


def row_cells(competencies, needs, holds, blank, soon):
    """One employee's cells; ``needs`` and ``holds`` are keyed by competency id."""
    if not needs and not holds:
        return blank
    return [
        make_cell(c, needs.get(c.id), holds.get(c.id), soon)
        if c.id in needs or c.id in holds
        else empty
        for c, empty in zip(competencies, blank, strict=True)
    ]


def make_cell(competency, need, current, soon):
    if current is None:
        return Cell(competency, None, need, cell_state(None, need))
    until = current.until
    expiring = until is not None and until <= soon
    level = current.level
    return Cell(competency, level, need, cell_state(level, need), until, expiring)


def column_totals(rows, competencies):
    totals = [ColumnTotal(c) for c in competencies]
    for row in rows:
        for total, cell in zip(totals, row.cells, strict=True):
            if cell.required:
                total.required_count += 1
                total.met_count += cell.state == MEETS
    return totals

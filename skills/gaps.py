"""Gaps: requirements not met, and the courses that would close them.

``skills`` knows nothing of courses. The courses app registers a finder from its
``AppConfig.ready()``::

    from skills.gaps import register_course_finder

    register_course_finder(find_published_courses)

A finder takes a set of ``Need`` (competency id and required rank) and the user asking,
and returns ``{need: [SuggestedCourse, ...]}`` for the needs it can meet, in as few
queries as it can. A course with an ``assign_url`` gets an "Assign" button: a POST with
the CSRF token, ``employee`` (one or more employee ids) and ``competency`` to that URL.
Without a finder, no course is suggested and the pages say so.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from .cells import CellState


@dataclass(frozen=True)
class Need:
    competency_id: int
    rank: int


@dataclass(frozen=True)
class SuggestedCourse:
    title: str
    url: str = ""
    assign_url: str = ""
    course_id: int | None = None  # for readers that assign it themselves


def no_courses(needs, *, user):
    return {}


_finders = []


def register_course_finder(finder):
    """Add ``finder(needs, *, user)``; usable as a decorator; adding twice adds once."""
    if finder not in _finders:
        _finders.append(finder)
    return finder


def unregister_course_finder(finder):
    if finder in _finders:
        _finders.remove(finder)


def has_course_finders():
    return bool(_finders)


def suggest_courses(needs, *, user):
    """``{need: [SuggestedCourse]}`` from every registered finder (none: no courses)."""
    found = defaultdict(list)
    needs = frozenset(needs)
    if not needs:
        return found
    for finder in _finders or [no_courses]:
        for need, courses in finder(needs, user=user).items():
            found[need].extend(courses)
    return found


# Gaps of people -----------------------------------------------------------------------


@dataclass
class Gap:
    """A requirement not met: the matrix cell, and the courses that would close it."""

    cell: object
    courses: list = field(default_factory=list)

    @property
    def need(self):
        return Need(self.cell.competency.pk, self.cell.required.rank)

    @property
    def text(self):
        current = self.cell.level.display_name if self.cell.level else "—"
        required = self.cell.required.display_name
        return f"{self.cell.competency.code}: {current} → {required}"


@dataclass
class EmployeeGaps:
    employee: object
    gaps: list

    @property
    def gap_text(self):
        return "; ".join(gap.text for gap in self.gaps)


def gaps_of(row):
    """The row's cells whose requirement is not met."""
    return [
        Gap(cell)
        for cell in row.cells
        if cell.state in (CellState.BELOW, CellState.MISSING)
    ]


def with_courses(gaps, *, user):
    """Fill in each gap's courses, asking the finders once for all of them."""
    courses = suggest_courses({gap.need for gap in gaps}, user=user)
    for gap in gaps:
        gap.courses = courses.get(gap.need, [])
    return gaps


def employee_gaps(rows, *, user):
    found = [EmployeeGaps(row.employee, gaps_of(row)) for row in rows]
    with_courses([gap for item in found for gap in item.gaps], user=user)
    return found


# Gaps of units ------------------------------------------------------------------------


@dataclass
class UnitGap:
    """People of one unit whose position needs a competency they do not meet."""

    unit: object
    competency: object
    required_level: object
    required: int
    missing: int
    courses: list = field(default_factory=list)

    @property
    def need(self):
        return Need(self.competency.pk, self.required_level.rank)


def unit_gaps(counts, *, units, competencies, levels):
    """``UnitGap`` per unit, competency and rank where someone falls short."""
    gaps = [
        UnitGap(
            unit=units[count.org_unit_id],
            competency=competencies[count.competency_id],
            required_level=levels[count.rank],
            required=count.required,
            missing=count.missing,
        )
        for count in counts
        if count.missing
    ]
    return sorted(gaps, key=lambda g: (g.unit.path, g.competency.code, g.need.rank))

"""One employee's competency profile, as "My skills" shows it."""

from dataclasses import dataclass

from .cells import CellState, build_rows
from .gaps import gaps_of, with_courses
from .models import Competency


@dataclass
class CompetencyProfile:
    cells: list  # competencies required by the position or held now
    gaps: list
    expiring: list

    @property
    def required_count(self):
        return sum(1 for cell in self.cells if cell.required)

    @property
    def met_count(self):
        return sum(1 for cell in self.cells if cell.state == CellState.MEETS)


def competency_profile(employee, *, user, moment=None):
    competencies = list(
        Competency.objects.filter(is_active=True).select_related("area")
    )
    row = build_rows([employee], competencies, moment)[0]
    cells = [cell for cell in row.cells if cell.required or cell.level]
    return CompetencyProfile(
        cells=cells,
        gaps=with_courses(gaps_of(row), user=user),
        expiring=[cell for cell in cells if cell.expiring],
    )

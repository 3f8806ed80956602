"""The skills matrix: employees × competencies, a page at a time, as a user may see it.

People come only through the scoping helper (``EmployeeProfile.objects.visible_to``).
A page costs the same few queries whatever its size or filters: the reference lists,
one page of people (with their total), their requirements and their evidence.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce, NullIf

from people.models import EmployeeProfile, OrgUnit, Position

from .cells import build_rows, column_totals
from .coverage import met_requirement
from .models import Competency, PositionRequirement


@dataclass
class ReferenceLists:
    """The reference lists a matrix page needs, each loaded once."""

    units: list
    positions: list
    competencies: list = field(default_factory=list)

    @classmethod
    def load(cls, user):
        return cls(
            units=list(OrgUnit.objects.visible_to(user)),
            positions=list(Position.objects.order_by("name")),
            competencies=list(
                Competency.objects.filter(is_active=True).select_related("area")
            ),
        )

    @property
    def areas(self):
        return list({c.area_id: c.area for c in self.competencies}.values())

    def competencies_in(self, area=None):
        if area is None:
            return self.competencies
        return [c for c in self.competencies if c.area_id == area.pk]

    @cached_property
    def unit_labels(self):
        return unit_labels(self.units)

    def label_units(self, employees):
        """Give each employee a ``unit_label`` naming the unit with its parent."""
        for employee in employees:
            unit = employee.org_unit
            employee.unit_label = self.unit_labels.get(unit.pk, unit.display_name)
        return employees


def unit_labels(units):
    """``{unit id: "Centre › Department"}``: many departments share a name."""
    return {unit.pk: unit.path_label for unit in units}


# People -----------------------------------------------------------------------------


def people_in_scope(user, *, unit=None, position=None, query=""):
    """Active employees ``user`` may see, narrowed by unit (with descendants) etc."""
    people = EmployeeProfile.objects.visible_to(user).active()
    if unit is not None:
        people = people.filter(org_unit__path__startswith=unit.path)
    if position is not None:
        people = people.filter(position=position)
    for word in query.split():
        people = people.filter(
            Q(full_name__icontains=word) | Q(employee_number__icontains=word)
        )
    return people


def ordered(people, sort, competencies):
    """``people`` sorted by name, unit or coverage of ``competencies``; ``-`` reverses."""
    descending = sort.startswith("-")
    key = sort.lstrip("-")
    if key == "coverage":
        people = people.annotate(coverage=coverage_expression(competencies))
        coverage = F("coverage")
        first = coverage.desc if descending else coverage.asc
        return people.order_by(first(nulls_last=True), "full_name", "pk")
    fields = ["org_unit__path", "full_name"] if key == "unit" else ["full_name"]
    if descending:
        fields = [f"-{name}" for name in fields]
    return people.order_by(*fields, "pk")


def coverage_expression(competencies):
    """Share of the position's requirements among ``competencies`` the person meets."""
    requirements = PositionRequirement.objects.filter(
        position=OuterRef("position_id"), competency__in=[c.pk for c in competencies]
    )
    met = requirements.filter(
        met_requirement(
            OuterRef(OuterRef("pk")), OuterRef("competency_id"), OuterRef("level__rank")
        )
    )
    met_share = Cast(Coalesce(counted(met), 0), FloatField())
    return met_share / NullIf(Cast(counted(requirements), FloatField()), 0.0)


def counted(requirements):
    return Subquery(
        requirements.order_by()
        .values("position_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )


# A page ------------------------------------------------------------------------------


@dataclass
class MatrixPage:
    competencies: list
    rows: list
    totals: list
    number: int
    per_page: int
    count: int

    @property
    def num_pages(self):
        return max(1, -(-self.count // self.per_page))

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def start_index(self):
        return (self.number - 1) * self.per_page + 1 if self.rows else 0

    @property
    def end_index(self):
        return self.start_index + len(self.rows) - 1 if self.rows else 0


def page_of(people, sort, competencies, number, per_page):
    """One page of ``people`` and how many there are in all, in one query.

    The page is chosen by a subquery that sorts only the people table; units and
    positions are joined to those few rows afterwards. The total is an uncorrelated
    subquery the database runs once (a window count would sort every row).
    """
    start = (number - 1) * per_page
    chosen = ordered(people, sort, competencies).values("pk")[start : start + per_page]
    total = people.order_by().values(all=Value(1)).annotate(n=Count("pk"))
    page = ordered(EmployeeProfile.objects.filter(pk__in=chosen), sort, competencies)
    page = page.select_related("org_unit", "position")
    employees = list(page.annotate(matrix_total=Subquery(total.values("n"))))
    if employees or number == 1:
        return employees, number, employees[0].matrix_total if employees else 0
    # Past the end (a bookmarked page of a list that has since shrunk): the last page.
    last = max(1, -(-people.count() // per_page))
    return page_of(people, sort, competencies, min(last, number - 1), per_page)


def matrix_page(*, user, filters, lists=None, moment=None):
    """The page ``filters`` asks for, as ``user`` may see it."""
    lists = lists or ReferenceLists.load(user)
    competencies = lists.competencies_in(filters.area)
    people = people_for(user, filters)
    employees, number, count = page_of(
        people, filters.sort, competencies, filters.page, filters.per_page
    )
    rows = build_rows(lists.label_units(employees), competencies, moment)
    return MatrixPage(
        competencies=competencies,
        rows=rows,
        totals=column_totals(rows, competencies),
        number=number,
        per_page=filters.per_page,
        count=count,
    )


def people_for(user, filters):
    return people_in_scope(
        user, unit=filters.unit, position=filters.position, query=filters.query
    )


def iter_rows(*, user, filters, lists=None, chunk_size=500, moment=None):
    """Every row ``filters`` selects, built ``chunk_size`` people at a time."""
    lists = lists or ReferenceLists.load(user)
    competencies = lists.competencies_in(filters.area)
    people = ordered(people_for(user, filters), filters.sort, competencies)
    ids = list(people.values_list("pk", flat=True))
    for start in range(0, len(ids), chunk_size):
        chunk = ids[start : start + chunk_size]
        people = EmployeeProfile.objects.select_related("org_unit", "position")
        found = people.in_bulk(chunk)
        employees = [found[pk] for pk in chunk if pk in found]
        yield from build_rows(lists.label_units(employees), competencies, moment)

"""Coverage: how many people meet the requirements of their position, counted in SQL.

The matrix shows cells one page at a time; the overview, the gap report by unit and the
monthly snapshots need the same rule for everyone in scope at once, so it is one
grouped query here: one row per unit and requirement, with the people required and met.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count, DateField, Exists, F, OuterRef, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from people.models import OrgUnit

from .models import Competency, CompetencyEvidence, CoverageSnapshot


def met_requirement(employee, competency, rank, moment=None):
    """True where ``employee`` holds ``competency`` at ``rank`` or above, now."""
    return Exists(
        CompetencyEvidence.objects.valid_at(moment).filter(
            employee=employee, competency=competency, level__rank__gte=rank
        )
    )


@dataclass(frozen=True)
class UnitCoverage:
    """People of one unit whose position requires a competency at a rank."""

    org_unit_id: int
    competency_id: int
    rank: int
    required: int
    met: int

    @property
    def missing(self):
        return self.required - self.met


def coverage_counts(people, competencies=None, moment=None):
    """Grouped counts for ``people``, one per (unit, competency, required rank)."""
    competencies = (
        Competency.objects.filter(is_active=True)
        if competencies is None
        else competencies
    )
    pairs = people.annotate(
        req_competency=F("position__requirements__competency_id"),
        req_rank=F("position__requirements__level__rank"),
    ).filter(req_competency__in=ids_of(competencies))
    pairs = pairs.annotate(
        met=met_requirement(
            OuterRef("pk"), OuterRef("req_competency"), OuterRef("req_rank"), moment
        )
    )
    grouped = (
        pairs.values_list("org_unit_id", "req_competency", "req_rank")
        .annotate(required=Count("pk"), met_count=Count("pk", filter=Q(met=True)))
        .order_by()
    )
    return [UnitCoverage(*row) for row in grouped]


def ids_of(competencies):
    if isinstance(competencies, list):
        return [c.pk for c in competencies]
    return competencies.values("pk")


@dataclass
class Tally:
    required: int = 0
    met: int = 0

    def add(self, count):
        self.required += count.required
        self.met += count.met

    @property
    def coverage(self):
        return self.met / self.required if self.required else None


def unit_paths(counts):
    ids = {count.org_unit_id for count in counts}
    return dict(OrgUnit.objects.filter(pk__in=ids).values_list("pk", "path"))


def tally_by(counts, units, key, paths=None):
    """``{(unit_pk, key(count)): Tally}`` adding each unit's whole subtree."""
    paths = unit_paths(counts) if paths is None else paths
    tallies = {}
    for count in counts:
        path = paths.get(count.org_unit_id, "")
        for unit in units:
            if path.startswith(unit.path):
                tallies.setdefault((unit.pk, key(count)), Tally()).add(count)
    return tallies


def rows_of_units(visible, unit=None):
    """The units an overview shows: ``unit`` (or the top of the scope) and children."""
    if unit is None:
        top = min((u.depth for u in visible), default=0)
        return [u for u in visible if u.depth <= top + 1]
    return [
        u for u in visible if u.path.startswith(unit.path) and u.depth <= unit.depth + 1
    ]


# Expiry -----------------------------------------------------------------------------


def month_start(moment):
    local = timezone.localtime(moment).date()
    return local.replace(day=1)


def next_months(moment, count=12):
    first = month_start(moment)
    months = []
    for _ in range(count):
        months.append(first)
        first = (first + datetime.timedelta(days=32)).replace(day=1)
    return months


def expiring_by_month(people, moment=None, months=12):
    """``[(month, n)]``: evidence valid now that expires in each of the next months."""
    moment = moment or timezone.now()
    calendar = next_months(moment, months + 1)
    end = timezone.make_aware(
        datetime.datetime.combine(calendar[-1], datetime.time.min)
    )
    found = dict(
        CompetencyEvidence.objects.valid_at(moment)
        .filter(employee__in=people, valid_until__lt=end)
        .annotate(month=TruncMonth("valid_until", output_field=DateField()))
        .values_list("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [(month, found.get(month, 0)) for month in calendar[:-1]]


# History ------------------------------------------------------------------------------


def coverage_trend(user, unit=None, months=12):
    """``[(month, Tally)]`` from the monthly snapshots of the units ``user`` sees."""
    snapshots = CoverageSnapshot.objects.filter(
        org_unit__in=OrgUnit.objects.visible_to(user), competency__is_active=True
    )
    if unit is not None:
        snapshots = snapshots.filter(org_unit__path__startswith=unit.path)
    rows = (
        snapshots.values_list("month")
        .annotate(required=Sum("required_count"), met=Sum("met_count"))
        .order_by("-month")[:months]
    )
    return [(month, Tally(required, met)) for month, required, met in reversed(rows)]

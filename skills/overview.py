"""The coverage overview: a unit × area heatmap and three charts, for ``user``'s scope."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import charts
from .coverage import (
    Tally,
    coverage_counts,
    coverage_trend,
    expiring_by_month,
    rows_of_units,
    tally_by,
    unit_paths,
)
from .matrix import people_in_scope


@dataclass
class HeatRow:
    unit: object
    cells: list  # (area, Tally, tone) in the order of the areas
    total: Tally


@dataclass
class Overview:
    areas: list
    heat_rows: list
    coverage_chart: object
    expiry: list
    expiry_chart: object
    trend: list
    trend_chart: object


def percent(share):
    return "—" if share is None else f"{round(share * 100)}%"


def heat_rows(counts, units, areas, area_of):
    paths = unit_paths(counts)
    by_area = tally_by(
        counts, units, key=lambda c: area_of[c.competency_id], paths=paths
    )
    by_unit = tally_by(counts, units, key=lambda c: None, paths=paths)
    rows = []
    for unit in units:
        cells = [(a, by_area.get((unit.pk, a.pk), Tally())) for a in areas]
        cells = [(a, t, charts.coverage_tone(t.coverage)) for a, t in cells]
        rows.append(HeatRow(unit, cells, by_unit.get((unit.pk, None), Tally())))
    return rows


def coverage_chart(rows):
    return charts.horizontal_bars(
        [
            (r.unit.display_name, r.total.coverage, percent(r.total.coverage))
            for r in rows
        ],
        title=_("Coverage by unit"),
        description=_(
            "Share of position requirements met, per unit and everything below it."
        ),
    )


def expiry_chart(expiry):
    return charts.vertical_bars(
        [(date_format(month, "b"), n, str(n)) for month, n in expiry],
        title=_("Evidence expiring per month"),
        description=_("Evidence valid now that expires in each of the next 12 months."),
    )


def trend_chart(trend):
    return charts.line(
        [(date_format(m, "b Y"), t.coverage, percent(t.coverage)) for m, t in trend],
        title=_("Coverage over time"),
        description=_("Share of requirements met, from the monthly snapshots."),
    )


def build(*, user, unit, lists, moment=None):
    moment = moment or timezone.now()
    people = people_in_scope(user, unit=unit)
    counts = coverage_counts(people, lists.competencies, moment)
    area_of = {c.pk: c.area_id for c in lists.competencies}
    rows = heat_rows(counts, rows_of_units(lists.units, unit), lists.areas, area_of)
    expiry = expiring_by_month(people, moment)
    trend = coverage_trend(user, unit)
    return Overview(
        areas=lists.areas,
        heat_rows=rows,
        coverage_chart=coverage_chart(rows),
        expiry=expiry,
        expiry_chart=expiry_chart(expiry),
        trend=trend,
        trend_chart=trend_chart(trend) if trend else None,
    )

"""Trend lines of average ratings, drawn by skills.charts (server-side SVG)."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from skills.charts import line


@dataclass
class TrendChart:
    id: str
    category: object
    chart: object
    months: list


def share(average):
    """An average 1–5 on the chart's 0–100 % axis (1 at the bottom, 5 at the top)."""
    return float((average - 1) / 4)


def trend_chart(category, months):
    rated = [m for m in months if m.score.ratings]
    items = [
        (date_format(m.month, "F"), share(m.score.average), str(m.score.average))
        for m in rated
    ]
    chart = line(
        items,
        title=_("%(category)s: average rating by month") % {"category": category},
        description=_("Average rating from 1 to 5 in each month with ratings."),
    )
    return TrendChart(f"trend-{category.code}", category, chart, rated)


def trend_charts(trend, categories):
    return [
        trend_chart(c, trend[c.pk])
        for c in categories
        if any(m.score.ratings for m in trend[c.pk])
    ]

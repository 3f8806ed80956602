"""Training needs: how each unit's ratings in each category stand against the
category's targets, and where they fall short, what would close the gap.

Everything is counted in SQL on ``RatingCategory`` (unit, time and value copied from
the rating), grouped once per question: the heatmap, one unit's scores, its trend.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, OuterRef, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from people.models import EmployeeProfile, OrgUnit
from skills.coverage import met_requirement
from skills.gaps import Need, suggest_courses

from . import conf
from .models import (
    LOW,
    FeedbackCategory,
    FeedbackRating,
    NeedAssignment,
    RatingCategory,
)
from .periods import add_months, local_midnight

HUNDRED = Decimal(100)
TWO_PLACES = Decimal("0.01")
TREND_MONTHS = 12


@dataclass
class Score:
    """One unit's ratings in one category over a period, against its targets."""

    category: FeedbackCategory
    ratings: int = 0
    total: Decimal = Decimal(0)
    low: int = 0
    unit_id: int | None = None

    @property
    def average(self):
        if not self.ratings:
            return None
        return (Decimal(self.total) / self.ratings).quantize(TWO_PLACES)

    @property
    def low_share(self):
        if not self.ratings:
            return None
        return (HUNDRED * self.low / self.ratings).quantize(TWO_PLACES)

    @property
    def enough(self):
        return self.ratings >= conf.min_ratings()

    @property
    def short(self):
        """Short of target, on enough ratings to say so (fewer are noise)."""
        return self.enough and self.category.falls_short(self.average, self.low_share)

    @property
    def tone(self):
        if not self.ratings:
            return "none"
        if not self.enough:
            return "few"
        return "short" if self.short else "met"


def counted(rows, *group):
    """Ratings, their sum and the low ones, per ``group`` fields."""
    return (
        rows.values(*group)
        .annotate(
            ratings=Count("pk"),
            total=Sum("value"),
            low=Count("pk", filter=Q(value__lte=LOW)),
        )
        .order_by()
    )


def in_period(rows, period):
    start, end = period.bounds()
    return rows.filter(rated_at__gte=start, rated_at__lt=end)


def in_subtree(rows, unit):
    return rows.filter(org_unit__in=OrgUnit.objects.filter(path__startswith=unit.path))


def categories():
    return list(FeedbackCategory.objects.prefetch_related("competencies"))


# The heatmap: units x categories ---------------------------------------------------


@dataclass
class HeatmapRow:
    unit: OrgUnit
    scores: list


def heatmap(user, period, categories):
    """A row per unit in ``user``'s scope that was rated in the period."""
    rows = in_period(RatingCategory.objects.all(), period).filter(
        org_unit__in=OrgUnit.objects.visible_to(user)
    )
    found = defaultdict(dict)
    for row in counted(rows, "org_unit_id", "category_id"):
        found[row["org_unit_id"]][row["category_id"]] = row
    units = OrgUnit.objects.filter(pk__in=found).order_by("path")
    return [
        HeatmapRow(unit, [score(c, found[unit.pk].get(c.pk)) for c in categories])
        for unit in units
    ]


def score(category, row):
    if row is None:
        return Score(category)
    return Score(category, row["ratings"], row["total"], row["low"])


# One unit: its scores, needs, people and courses ----------------------------------


@dataclass
class CompetencyGap:
    competency: object
    people: list = field(default_factory=list)  # (employee, required rank)
    courses: list = field(default_factory=list)


@dataclass
class NeedRow:
    score: Score
    gaps: list = field(default_factory=list)  # CompetencyGap per linked competency
    assignments: list = field(default_factory=list)

    @property
    def category(self):
        return self.score.category


def unit_scores(unit, period, categories):
    rows = in_period(in_subtree(RatingCategory.objects.all(), unit), period)
    found = {row["category_id"]: row for row in counted(rows, "category_id")}
    return [score(c, found.get(c.pk)) for c in categories]


def people_below(unit, competency_ids, user):
    """``{competency id: [(employee, required rank)]}``: the unit's active people in
    ``user``'s scope whose position requires it at a level they do not hold now."""
    people = (
        EmployeeProfile.objects.visible_to(user)
        .active()
        .filter(org_unit__path__startswith=unit.path)
        .annotate(
            req_competency=F("position__requirements__competency_id"),
            req_rank=F("position__requirements__level__rank"),
        )
        .filter(req_competency__in=competency_ids)
        .annotate(
            met=met_requirement(
                OuterRef("pk"), OuterRef("req_competency"), OuterRef("req_rank")
            )
        )
        .filter(met=False)
        .order_by("full_name", "pk")
    )
    found = defaultdict(list)
    for person in people:
        found[person.req_competency].append((person, person.req_rank))
    return found


def unit_needs(unit, period, user, categories, scores=None):
    """The categories where ``unit`` falls short in ``period``, each with what would
    close the gap: its competencies, the people below the required level and the
    courses that certify it. ``scores``: the unit's, if already counted."""
    if scores is None:
        scores = unit_scores(unit, period, categories)
    scores = [s for s in scores if s.short]
    competencies = {c.pk: c for s in scores for c in s.category.competencies.all()}
    below = people_below(unit, list(competencies), user) if competencies else {}
    wanted = {Need(cid, rank) for cid, people in below.items() for _, rank in people}
    courses = suggest_courses(wanted, user=user)
    assigned = assignments(unit, period)
    rows = []
    for item in scores:
        gaps = [
            CompetencyGap(
                competency,
                below.get(competency.pk, []),
                courses_for(courses, competency.pk),
            )
            for competency in item.category.competencies.all()
        ]
        rows.append(NeedRow(item, gaps, assigned.get(item.category.pk, [])))
    return rows


def courses_for(courses, competency_id):
    found = {}
    for need, suggested in courses.items():
        if need.competency_id == competency_id:
            for course in suggested:
                found.setdefault(course.title, course)
    return list(found.values())


def assignments(unit, period):
    rows = NeedAssignment.objects.filter(
        need__org_unit=unit, need__period_start=period.start
    ).select_related("course", "need")
    found = defaultdict(list)
    for row in rows:
        found[row.need.category_id].append(row)
    return found


# Trend ------------------------------------------------------------------------------


@dataclass
class MonthScore:
    month: datetime.date
    score: Score


def trend(unit, period, categories, months=TREND_MONTHS):
    """``{category id: [MonthScore]}`` over the ``months`` ending with the period."""
    start = add_months(period.end, -months)
    rows = in_subtree(RatingCategory.objects.all(), unit).filter(
        rated_at__gte=local_midnight(start), rated_at__lt=local_midnight(period.end)
    )
    month = TruncMonth("rated_at", tzinfo=timezone.get_current_timezone())
    grouped = counted(rows.annotate(month=month), "month", "category_id")
    found = {(month_of(row["month"]), row["category_id"]): row for row in grouped}
    firsts = [add_months(start, i) for i in range(months)]
    return {
        c.pk: [MonthScore(m, score(c, found.get((m, c.pk)))) for m in firsts]
        for c in categories
    }


def month_of(value):
    """TruncMonth gives a local datetime on PostgreSQL and SQLite alike; its date."""
    return value.date() if isinstance(value, datetime.datetime) else value


# Comments (HR only) -----------------------------------------------------------------


def comments(unit, period, category_ids, limit=50):
    """Citizens' recent comments on ratings of the unit in the given categories."""
    start, end = period.bounds()
    return list(
        FeedbackRating.objects.filter(
            org_unit__path__startswith=unit.path,
            rated_at__gte=start,
            rated_at__lt=end,
            category_rows__category_id__in=category_ids,
        )
        .exclude(comment="")
        .select_related("service")
        .distinct()
        .order_by("-rated_at")[:limit]
    )


# Found nightly ----------------------------------------------------------------------


def short_scores(period, categories):
    """``[(unit id, Score)]`` of every unit short of a category's target."""
    rows = counted(
        in_period(RatingCategory.objects.all(), period), "org_unit_id", "category_id"
    )
    by_pk = {c.pk: c for c in categories}
    found = []
    for row in rows:
        item = score(by_pk[row["category_id"]], row)
        if item.short:
            found.append((row["org_unit_id"], item))
    return found

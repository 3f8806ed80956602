"""Training needs: how each unit's ratings in each category stand against the
category's targets, and where they fall short, what would close the gap.

Everything is counted in SQL, grouped once per question: the heatmap, one unit's
scores, its trend. Periods are whole months, so these add up ``RatingMonth`` (the
ratings counted per unit, category and month, ``feedback.months``); windows that are
not (the effect of a course) count ``RatingCategory`` rows (``counted``).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, F, OuterRef, Q, Sum

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
    RatingMonth,
)
from .periods import add_months

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


def added_up(months, *group):
    """``counted``'s figures from the months (``RatingMonth``), per ``group``."""
    return (
        months.values(*group)
        .annotate(ratings=Sum("ratings"), total=Sum("total"), low=Sum("low"))
        .order_by()
    )


def in_period(rows, period):
    start, end = period.bounds()
    return rows.filter(rated_at__gte=start, rated_at__lt=end)


def months_between(start, end):
    """The months from ``start`` until ``end`` (both first days of a month)."""
    if start.day != 1 or end.day != 1:
        raise ValueError("the counts per month add up to whole months only")
    return RatingMonth.objects.filter(month__gte=start, month__lt=end)


def months_of(period):
    return months_between(period.start, period.end)


def subtree(unit):
    return OrgUnit.objects.filter(path__startswith=unit.path)


def in_subtree(rows, unit):
    return rows.filter(org_unit__in=subtree(unit))


def categories():
    return list(FeedbackCategory.objects.prefetch_related("competencies"))


# The heatmap: units x categories ---------------------------------------------------


@dataclass
class HeatmapRow:
    unit: OrgUnit
    scores: list


def heatmap(user, period, categories):
    """A row per unit in ``user``'s scope that was rated in the period."""
    rows = months_of(period).filter(org_unit__in=OrgUnit.objects.visible_to(user))
    found = defaultdict(dict)
    for row in added_up(rows, "org_unit_id", "category_id"):
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
    rows = in_subtree(months_of(period), unit)
    found = {row["category_id"]: row for row in added_up(rows, "category_id")}
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
    rows = in_subtree(months_between(start, period.end), unit)
    grouped = added_up(rows, "month", "category_id")
    found = {(row["month"], row["category_id"]): row for row in grouped}
    firsts = [add_months(start, i) for i in range(months)]
    return {
        c.pk: [MonthScore(m, score(c, found.get((m, c.pk)))) for m in firsts]
        for c in categories
    }


# Comments (HR only) -----------------------------------------------------------------


def comments(unit, period, category_ids, limit=50):
    """Citizens' recent comments on ratings of the unit in the given categories
    (read along the index of commented ratings per unit and time)."""
    if not category_ids:
        return []
    in_categories = RatingCategory.objects.filter(
        rating=OuterRef("pk"), category_id__in=category_ids
    )
    rows = in_period(in_subtree(FeedbackRating.objects.all(), unit), period)
    return list(
        rows.exclude(comment="")
        .filter(Exists(in_categories))
        .select_related("service")
        .order_by("-rated_at")[:limit]
    )


# Found nightly ----------------------------------------------------------------------


def short_scores(period, categories):
    """``[(unit id, Score)]`` of every unit short of a category's target."""
    rows = added_up(months_of(period), "org_unit_id", "category_id")
    by_pk = {c.pk: c for c in categories}
    found = []
    for row in rows:
        item = score(by_pk[row["category_id"]], row)
        if item.short:
            found.append((row["org_unit_id"], item))
    return found

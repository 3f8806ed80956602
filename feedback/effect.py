"""Did training help? A need's unit and category before the course was assigned and
after the whole cohort passed it, over windows of the same length, with the counts."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max
from django.utils import timezone

from courses.models import Enrolment

from . import conf
from .models import RatingCategory
from .needs import counted, in_subtree, score


@dataclass
class Window:
    start: datetime.datetime
    end: datetime.datetime

    @property
    def days(self):
        return (self.end - self.start).days


@dataclass
class Effect:
    cohort: int
    passed: int
    before: object = None  # Score
    after: object = None
    before_window: Window | None = None
    after_window: Window | None = None

    @property
    def complete(self):
        return self.cohort and self.passed == self.cohort

    @property
    def change(self):
        if self.after is None or not self.before.ratings or not self.after.ratings:
            return None
        return self.after.average - self.before.average


def cohort_passed(assignment):
    """How many of the cohort passed the course, and when the last of them did."""
    cohort = assignment.employees.values("pk")
    found = Enrolment.objects.filter(
        employee__in=cohort,
        course_key=assignment.course.translation_key,
        passed_at__isnull=False,
    ).aggregate(passed=Count("employee", distinct=True), last=Max("passed_at"))
    return found["passed"], found["last"]


def windows(assigned_at, completed_at, now):
    """Before ends when the course was assigned, after starts when the cohort had
    passed; both as long as the after window has run so far (at most the setting)."""
    length = datetime.timedelta(days=conf.effect_window_days())
    after_end = min(completed_at + length, now)
    span = after_end - completed_at
    return Window(assigned_at - span, assigned_at), Window(completed_at, after_end)


def window_score(assignment, window):
    need = assignment.need
    rows = in_subtree(RatingCategory.objects.all(), need.org_unit).filter(
        category=need.category, rated_at__gte=window.start, rated_at__lt=window.end
    )
    found = list(counted(rows, "category_id"))
    return score(need.category, found[0] if found else None)


def course_effect(assignment, now=None):
    now = now or timezone.now()
    cohort = assignment.employees.count()
    passed, last = cohort_passed(assignment)
    effect = Effect(cohort=cohort, passed=passed)
    if not cohort or passed < cohort or last > now:
        return effect
    effect.before_window, effect.after_window = windows(
        assignment.assigned_at, last, now
    )
    effect.before = window_score(assignment, effect.before_window)
    effect.after = window_score(assignment, effect.after_window)
    return effect

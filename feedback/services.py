"""Acting on a need: assign the course that closes it, in one step."""

from django.db import transaction
from django.utils.translation import gettext as _

from courses.gaps import people_with_gap
from courses.services import assign
from people.models import EmployeeProfile

from .models import NeedAssignment, TrainingNeed
from .needs import unit_scores


class AssignmentRefused(Exception):
    """The message says why, in the user's language; nothing was assigned."""


def record_need(unit, score, period):
    """The need's row (found nightly, or now), with the numbers that made it."""
    need, _created = TrainingNeed.objects.get_or_create(
        org_unit=unit,
        category=score.category,
        period_start=period.start,
        period_end=period.end,
        defaults={
            "average": score.average,
            "low_share": score.low_share,
            "ratings": score.ratings,
        },
    )
    return need


@transaction.atomic
def assign_for_need(*, unit, category, period, course, competency, due_date, user):
    """Assign ``course`` to the people of ``unit`` (in ``user``'s scope) below the
    level their position requires in ``competency``, and remember the cohort so the
    course's effect on the ratings can be read later."""
    [score] = [s for s in unit_scores(unit, period, [category])]
    if not score.short:
        raise AssignmentRefused(_("This category meets its targets in that period."))
    people = people_with_gap(unit, competency.pk) & EmployeeProfile.objects.visible_to(
        user
    )
    people = list(people.active())
    if not people:
        raise AssignmentRefused(_("Nobody you may assign is below the required level."))
    need = record_need(unit, score, period)
    created = assign(
        course=course,
        employees=EmployeeProfile.objects.filter(pk__in=[p.pk for p in people]),
        due_date=due_date,
        assigned_by=user,
    )
    assignment, _new = NeedAssignment.objects.get_or_create(
        need=need,
        course=course.canonical,
        defaults={"due_date": due_date, "assigned_by": user},
    )
    assignment.employees.add(*people)
    return assignment, created

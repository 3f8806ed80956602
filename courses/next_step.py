"""After passing: what the employee earned, and what to learn next.

``courses`` never imports ``certificates``; the certificates app registers an award
finder from its ``AppConfig.ready()``. A finder takes a passed enrolment and returns a
list of ``Award`` (empty when it has nothing for that enrolment).
"""

from dataclasses import dataclass

from django.db.models import Q

from skills.cells import CellState, build_rows
from skills.models import Competency

from .models import CourseCompetency, CoursePage, Enrolment
from .progress import localized_pages

SUGGESTION_LIMIT = 3


@dataclass(frozen=True)
class Award:
    """Something a pass earns: ready to download, or still being prepared."""

    title: str
    ready: bool
    url: str = ""
    list_url: str = ""


@dataclass(frozen=True)
class Suggestion:
    page: CoursePage  # in the reader's language where a translation exists
    opens: bool  # this course is one of its prerequisites
    competency: str = ""  # the required competency it would close


_award_finders = []


def register_award_finder(finder):
    if finder not in _award_finders:
        _award_finders.append(finder)
    return finder


def awards_for(enrolment):
    return [award for finder in _award_finders for award in finder(enrolment)]


def is_passed(enrolment):
    return enrolment is not None and enrolment.status == Enrolment.Status.PASSED


def next_step_context(enrolment):
    """What the result page and the course page show once ``enrolment`` is passed."""
    if not is_passed(enrolment):
        return {}
    return {
        "passed_enrolment": enrolment,
        "awards": awards_for(enrolment),
        "suggestions": learn_next(enrolment.employee, enrolment.course),
    }


def learn_next(employee, course, limit=SUGGESTION_LIMIT):
    """Courses this one opens, then courses closing a gap in what the employee's
    position requires; never one the employee has passed or is taking now."""
    taken = Enrolment.objects.filter(employee=employee).filter(
        Q(is_current=True) | Q(status=Enrolment.Status.PASSED)
    )
    candidates = (
        CoursePage.objects.live()
        .logical()
        .exclude(translation_key__in=taken.values("course_key"))
    )
    found = {}
    for page in opened_by(course, candidates):
        found.setdefault(page.translation_key, (page, True, ""))
    for page, competency in closing_gaps(employee, candidates):
        found.setdefault(page.translation_key, (page, False, competency))
    keys = [key for key in found if key != course.translation_key][:limit]
    if not keys:
        return []
    pages = localized_pages(CoursePage, keys)
    return [
        Suggestion(pages.get(key, found[key][0]), found[key][1], found[key][2])
        for key in keys
    ]


def opened_by(course, candidates):
    return (
        candidates.filter(prerequisites__translation_key=course.translation_key)
        .order_by("title")
        .distinct()
    )


def closing_gaps(employee, candidates):
    """``[(course, competency name)]`` among ``candidates`` for each requirement the
    employee misses."""
    competencies = list(
        Competency.objects.filter(
            is_active=True, requirements__position=employee.position_id
        ).distinct()
    )
    if not competencies:
        return []
    row = build_rows([employee], competencies)[0]
    needs = {
        cell.competency.pk: (cell.required.rank, cell.competency.display_name)
        for cell in row.cells
        if cell.state in (CellState.BELOW, CellState.MISSING)
    }
    if not needs:
        return []
    offers = (
        CourseCompetency.objects.filter(
            competency_id__in=needs,
            course__in=candidates,
        )
        .select_related("course", "level")
        .order_by("course__title")
    )
    return [
        (offer.course, needs[offer.competency_id][1])
        for offer in offers
        if offer.level.rank >= needs[offer.competency_id][0]
    ]


def after_assessment(enrolment_id, course):
    """After an assessment is passed: the next step when that passed the course,
    else where to go on in ``course`` (the reader's language copy)."""
    from .progress import continue_lesson, outline

    enrolment = (
        Enrolment.objects.select_related("employee", "course")
        .filter(pk=enrolment_id)
        .first()
    )
    if enrolment is None:
        return {}
    if is_passed(enrolment):
        return next_step_context(enrolment)
    lessons = outline(course, enrolment)
    if all(done for _lesson, done in lessons):
        return {}
    return {"continue_lesson": continue_lesson(lessons, enrolment)}

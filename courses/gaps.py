"""Courses that close competency gaps, for the skills reports (``skills.gaps``), and
the one-step assignment their "Assign" buttons post to."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse

from people.models import EmployeeProfile
from skills.coverage import met_requirement
from skills.gaps import SuggestedCourse
from skills.models import PositionRequirement

from .models import CourseCompetency, CoursePage


def find_published_courses(needs, *, user):
    """``{need: [SuggestedCourse]}``: live courses certifying the competency at the
    needed level or above, in one query."""
    ids = {need.competency_id for need in needs}
    offers = (
        CourseCompetency.objects.filter(
            competency_id__in=ids,
            course__live=True,
            course__in=CoursePage.objects.logical(),
        )
        .select_related("course", "level")
        .order_by("course__title")
    )
    can_assign = user.has_perm("courses.assign_courses")
    found = {}
    for need in needs:
        for offer in offers:
            if (
                offer.competency_id == need.competency_id
                and offer.level.rank >= need.rank
            ):
                found.setdefault(need, []).append(suggestion(offer.course, can_assign))
    return found


def suggestion(course, can_assign):
    assign_url = reverse("courses_assign_gap", args=[course.pk]) if can_assign else ""
    return SuggestedCourse(
        title=course.title,
        url=course.url or "",
        assign_url=assign_url,
        course_id=course.pk,
    )


def people_with_gap(unit, competency_id):
    """Active people of ``unit`` (and below) whose position requires the competency
    and who do not hold it at the required level now."""
    required = PositionRequirement.objects.filter(
        position=OuterRef("position"), competency_id=competency_id
    ).values("level__rank")[:1]
    people = (
        EmployeeProfile.objects.active()
        .filter(org_unit__path__startswith=unit.path)
        .annotate(required_rank=Subquery(required))
        .filter(required_rank__isnull=False)
    )
    return people.exclude(
        met_requirement(OuterRef("pk"), competency_id, OuterRef("required_rank"))
    )

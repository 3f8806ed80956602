"""The admin home panel of how the people in one's scope meet the competencies their
positions require: the share met overall and the least covered competencies."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from people.models import EmployeeProfile, answers_for_people

from .coverage import Tally, coverage_counts
from .models import Competency
from .permissions import can_view_matrix

LIMIT = 5


class CoveragePanel(Component):
    name = "lms_coverage"
    template_name = "skills/admin/dashboard_coverage.html"
    order = 80

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        people = EmployeeProfile.objects.visible_to(self.user).active()
        total, by_competency = Tally(), {}
        for count in coverage_counts(people):
            total.add(count)
            by_competency.setdefault(count.competency_id, Tally()).add(count)
        weakest = sorted(
            (tally.coverage, pk, tally)
            for pk, tally in by_competency.items()
            if tally.met < tally.required
        )[:LIMIT]
        names = Competency.objects.in_bulk([pk for _, pk, _ in weakest])
        return {
            "total": total,
            "percent": percent(total.coverage),
            "weakest": [
                (names[pk], tally, percent(tally.coverage)) for _, pk, tally in weakest
            ],
            "overview_url": reverse("skills_overview"),
            "gaps_url": reverse("skills_unit_gaps"),
        }


def percent(share):
    return None if share is None else round(share * 100)


def add_panels(request, panels):
    user = request.user
    if answers_for_people(user) and can_view_matrix(user):
        panels.append(CoveragePanel(user))

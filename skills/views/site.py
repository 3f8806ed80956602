from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import render

from people.models import EmployeeProfile

from ..models import Competency, CompetencyArea, PositionRequirement, ProficiencyLevel
from ..my_skills import competency_profile


@login_required
def framework(request):
    """The competency framework as employees read it, with their position's needs."""
    profile = (
        EmployeeProfile.objects.filter(user=request.user)
        .select_related("position")
        .first()
    )
    required = {}
    if profile:
        required = {
            r.competency_id: r.level
            for r in PositionRequirement.objects.filter(
                position=profile.position
            ).select_related("level")
        }
    areas = CompetencyArea.objects.prefetch_related(
        Prefetch("competencies", queryset=Competency.objects.filter(is_active=True))
    )
    sections = [
        {
            "area": area,
            "rows": [(c, required.get(c.pk)) for c in area.competencies.all()],
        }
        for area in areas
    ]
    return render(
        request,
        "skills/framework.html",
        {
            "profile": profile,
            "sections": [s for s in sections if s["rows"]],
            "levels": ProficiencyLevel.objects.all(),
        },
    )


@login_required
def my_skills(request):
    """The employee's own competency profile: levels, requirements, what expires."""
    profile = (
        EmployeeProfile.objects.filter(user=request.user)
        .select_related("org_unit", "position")
        .first()
    )
    context = {"profile": profile}
    if profile:
        context["skills"] = competency_profile(profile, user=request.user)
    return render(request, "skills/my_skills.html", context)

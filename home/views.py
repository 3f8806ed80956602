from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from courses.progress import dashboard_sections
from people.models import EmployeeProfile, managed_paths


@login_required
def dashboard(request):
    """“My learning”: where the employee stands; managers also see their team size."""
    profile = (
        EmployeeProfile.objects.select_related("org_unit", "position")
        .filter(user=request.user)
        .first()
    )
    team_size = None
    if managed_paths(request.user):
        team_size = (
            EmployeeProfile.objects.visible_to(request.user)
            .active()
            .exclude(user=request.user)
            .count()
        )
    return render(
        request,
        "home/dashboard.html",
        {
            "profile": profile,
            "team_size": team_size,
            "sections": dashboard_sections(request.user),
            "catalogue": catalogue_url(),
        },
    )


def catalogue_url():
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.live().first()
    return index.localized.url if index else None

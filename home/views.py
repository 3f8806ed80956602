from django.contrib.auth.decorators import login_required
from django.db.models import Exists
from django.shortcuts import render

from courses import prepared
from courses.progress import dashboard_sections
from people.models import EmployeeProfile, OrgUnit, managed_paths


@login_required
def dashboard(request):
    """“My learning”: where the employee stands; managers also see their team size."""
    found = prepared.instances(
        ("dashboard-profile",),
        lambda user_id: EmployeeProfile.objects.filter(user_id=user_id).annotate(
            manages=Exists(OrgUnit.objects.filter(managers__user_id=user_id))
        ),
        [request.user.pk],
        related=("org_unit", "position"),
    )
    profile = found[0] if found else None
    team_size = None
    # Most people manage nothing: the profile's row says so, no query of its own.
    if profile and profile.manages and managed_paths(request.user):
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
    """The catalogue's address in the reader's language, kept until pages change."""
    from django.core.cache import cache
    from django.utils.translation import get_language

    from courses.models import CourseIndexPage
    from courses.routing import pages_version

    key = f"lms:pages:catalogue-url:{get_language()}:{pages_version()}"
    found = cache.get(key)
    if found is None:
        index = CourseIndexPage.objects.live().first()
        found = index.localized.url if index else ""
        cache.set(key, found, 24 * 60 * 60)
    return found or None

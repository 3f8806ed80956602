import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import ModelLogEntry, Page, Site

from people.models import EmployeeProfile, OrgUnit, Position
from skills.models import (
    Competency,
    CompetencyArea,
    PositionRequirement,
    ProficiencyLevel,
)

MODELS = [
    OrgUnit,
    Position,
    EmployeeProfile,
    CompetencyArea,
    Competency,
    ProficiencyLevel,
    PositionRequirement,
    Page,
    ModelLogEntry,
]


def state():
    rows = {m.__name__: sorted(map(repr, m.objects.values())) for m in MODELS}
    users = get_user_model().objects.values_list("username", "password", "is_active")
    rows["users"] = sorted(users)
    return rows


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))


def test_seed_twice_changes_nothing(seeded):
    before = state()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert state() == before


def test_a_believable_agency(seeded):
    centres = OrgUnit.objects.filter(kind="centre")
    assert centres.count() == 6
    assert all(c.get_children_count() >= 3 for c in centres)
    assert 55 <= EmployeeProfile.objects.count() <= 70
    assert (
        Position.objects.filter(
            code__in=[
                "front-office-operator",
                "back-office-specialist",
                "floor-manager",
                "volunteer",
                "centre-director",
            ]
        ).count()
        == 5
    )
    assert CompetencyArea.objects.count() == 6
    assert PositionRequirement.objects.filter(position__code="volunteer").exists()
    names = EmployeeProfile.objects.values_list("full_name", flat=True)
    assert any("ə" in name for name in names)
    assert all(name.endswith(("oğlu", "qızı")) for name in names)


@pytest.mark.parametrize("username", ["employee", "manager", "trainer", "hr", "admin"])
def test_every_demo_login_works_with_the_demo_password(
    client, seeded, username, settings
):
    response = client.post(
        "/login/",
        {"username": username, "password": settings.LMS_DEMO_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/dashboard/"
    assert response.status_code == 200


@pytest.mark.parametrize("username", ["manager", "trainer", "hr", "admin"])
def test_staff_logins_reach_the_admin(client, seeded, username):
    client.force_login(get_user_model().objects.get(username=username))
    assert client.get("/admin/employees/").status_code == 200


def test_demo_manager_sees_only_their_centre(seeded):
    manager = get_user_model().objects.get(username="manager")
    visible = EmployeeProfile.objects.visible_to(manager)
    assert visible.count() > 5
    assert set(visible.values_list("org_unit__path", flat=True)) == set(
        visible.filter(
            org_unit__path__startswith=OrgUnit.objects.get(code="baku-1").path
        ).values_list("org_unit__path", flat=True)
    )
    employee = EmployeeProfile.objects.get(user__username="employee")
    assert employee in visible


def test_home_page_exists_in_three_languages(seeded, client):
    home = Site.objects.get(is_default_site=True).root_page
    assert set(
        home.get_translations(inclusive=True).values_list(
            "locale__language_code", flat=True
        )
    ) == {"az", "ru", "en"}
    assert "ASAN Akademiya" in client.get("/").content.decode()

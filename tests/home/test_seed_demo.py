"""seed_demo builds a believable agency, is repeatable, and every demo login works.

Seeding takes seconds, so each test checks one whole aspect of the result."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import ModelLogEntry, Page, Site

from courses.models import CoursePage, Enrolment, LessonPage
from courses.quizzes.models import Attempt
from people.models import EmployeeProfile, OrgUnit, Position
from skills.models import (
    Competency,
    CompetencyArea,
    PositionRequirement,
    ProficiencyLevel,
)

MODELS = [
    OrgUnit, Position, EmployeeProfile, CompetencyArea, Competency, ProficiencyLevel,
    PositionRequirement, Page, ModelLogEntry, Enrolment, Attempt,
]  # fmt: skip
LOGINS = ["employee", "manager", "trainer", "hr", "admin"]


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


def test_a_believable_agency_with_courses_in_every_state(seeded):
    centres = OrgUnit.objects.filter(kind="centre")
    assert centres.count() == 6
    assert all(c.get_children_count() >= 3 for c in centres)
    assert 55 <= EmployeeProfile.objects.count() <= 70
    assert Position.objects.filter(
        code__in=["front-office-operator", "back-office-specialist", "floor-manager",
                  "volunteer", "centre-director"]
    ).count() == 5  # fmt: skip
    assert CompetencyArea.objects.count() == 6
    assert PositionRequirement.objects.filter(position__code="volunteer").exists()
    names = EmployeeProfile.objects.values_list("full_name", flat=True)
    assert any("ə" in name for name in names)
    assert all(name.endswith(("oğlu", "qızı")) for name in names)
    courses = CoursePage.objects.live().logical()
    assert courses.count() >= 4
    for course in courses:
        assert LessonPage.objects.child_of(course).count() >= 3
    assert CoursePage.objects.filter(locale__language_code="ru", alias_of=None).exists()
    statuses = set(Enrolment.objects.values_list("status", flat=True))
    assert {"assigned", "in_progress", "passed"} <= statuses
    assert Enrolment.objects.overdue().exists()
    mine = Enrolment.objects.filter(employee__user__username="employee")
    assert {e.status for e in mine} == {"assigned", "in_progress", "passed"}
    from courses.quizzes.models import Attempt, QuizPage

    quizzes = QuizPage.objects.filter(alias_of=None, locale__language_code="az")
    assert quizzes.count() == 4
    assert all(len(q.slots.all()) >= 10 for q in quizzes)
    states = set(Attempt.objects.values_list("state", "passed"))
    assert {("graded", True), ("graded", False), ("in_progress", None)} <= states


def test_every_demo_login_works_and_sees_what_its_role_allows(client, seeded, settings):
    for username in LOGINS:
        client.logout()
        response = client.post(
            "/login/",
            {"username": username, "password": settings.LMS_DEMO_PASSWORD},
            follow=True,
        )
        assert response.redirect_chain[-1][0] == "/dashboard/", username
        admin = client.get("/admin/employees/")
        assert admin.status_code == (302 if username == "employee" else 200), username
    manager = get_user_model().objects.get(username="manager")
    visible = EmployeeProfile.objects.visible_to(manager)
    baku = OrgUnit.objects.get(code="baku-1").path
    assert visible.count() > 5
    assert all(
        p.startswith(baku) for p in visible.values_list("org_unit__path", flat=True)
    )
    assert visible.filter(user__username="employee").exists()
    home = Site.objects.get(is_default_site=True).root_page
    locales = home.get_translations(inclusive=True).values_list(
        "locale__language_code", flat=True
    )
    assert set(locales) == {"az", "ru", "en"}
    assert "ASAN Akademiya" in client.get("/").content.decode()


@pytest.mark.parametrize("environment", ["production", "staging"])
def test_seed_demo_refuses_outside_dev_and_test_unless_forced(
    db, settings, environment
):
    from django.core.management import CommandError

    settings.LMS_ENVIRONMENT = environment
    with pytest.raises(CommandError, match="Refusing"):
        call_command("seed_demo", stdout=open("/dev/null", "w"))
    assert not get_user_model().objects.filter(username="admin").exists()


def test_the_demo_password_passes_the_password_rules(settings):
    from django.contrib.auth.password_validation import validate_password

    validate_password(settings.LMS_DEMO_PASSWORD)
    assert len(settings.LMS_DEMO_PASSWORD) >= 12

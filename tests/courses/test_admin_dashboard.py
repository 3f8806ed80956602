"""The admin home shows each role its LMS work: a trainer their drafts and courses to
review; a manager or HR who is overdue, which certificates expire and how required
competencies are met, only for the people they may see."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from certificates.services import certificate_issue_manual
from courses.models import Enrolment
from courses.services import enrol_self
from skills.models import CompetencyEvidence, PositionRequirement
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, PositionFactory, make_levels

PANELS = (
    "lms-course-drafts",
    "lms-overdue",
    "lms-expiring-certificates",
    "lms-coverage",
)


@pytest.fixture
def world(tree, catalogue, make_employee, manager_of):
    course = make_course(catalogue, title="Xidmət standartları", lessons=1)
    course.certificate_validity_months = 1
    course.save_revision().publish()
    operator = PositionFactory(code="front-operator")
    levels = make_levels()
    competency = CompetencyFactory(code="SS-01", name="Vətəndaşla ünsiyyət")
    PositionRequirement.objects.create(
        position=operator, competency=competency, level=levels[2]
    )
    hr = make_employee(tree["agency"], roles=("HR",))
    baku = make_employee(tree["front"], position=operator, full_name="Əliyeva Leyla")
    ganja = make_employee(
        tree["ganja_front"], position=operator, full_name="Quliyev Orxan"
    )
    CompetencyEvidence.objects.create(
        employee=baku, competency=competency, level=levels[2]
    )
    last_week = timezone.localdate() - timedelta(days=7)
    for person in (baku, ganja):
        enrolment = enrol_self(employee=person, course=course)
        Enrolment.objects.filter(pk=enrolment.pk).update(due_date=last_week)
        certificate_issue_manual(
            employee=person, course=course, reason="xaricdə", issued_by=hr.user
        )
    return {
        "course": course,
        "hr": hr.user,
        "manager": manager_of(tree["baku"]).user,
        "trainer": make_employee(tree["agency"], roles=("Trainer",)).user,
    }


def home(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="az")
    assert response.status_code == 200
    return response.content.decode()


def shown(html):
    return [panel for panel in PANELS if f'id="{panel}' in html]


def test_a_manager_sees_their_units_only(client, world):
    html = home(client, world["manager"])
    assert shown(html) == ["lms-overdue", "lms-expiring-certificates", "lms-coverage"]
    assert "Əliyeva Leyla" in html and "Quliyev Orxan" not in html
    assert "1 əməkdaşın son tarixi keçib." in html and "7 gün gecikir" in html
    assert "1 sertifikatın müddəti 60 gün ərzində bitir." in html
    assert "Vəzifələrin tələblərinin 100%-i ödənilir: 1 tələbdən 1." in html


def test_hr_sees_everyone(client, world):
    html = home(client, world["hr"])
    assert shown(html) == ["lms-overdue", "lms-expiring-certificates", "lms-coverage"]
    assert "Əliyeva Leyla" in html and "Quliyev Orxan" in html
    assert "2 əməkdaşın son tarixi keçib." in html
    assert "Vəzifələrin tələblərinin 50%-i ödənilir: 2 tələbdən 1." in html
    assert "Vətəndaşla ünsiyyət" in html  # the least covered competency


def test_a_trainer_sees_drafts_and_courses_to_review(client, world, catalogue):
    course = world["course"]
    trainers = Group.objects.get(name="Trainer")
    GroupPagePermission.objects.create(
        group=trainers,
        page=catalogue,
        permission=Permission.objects.get(codename="change_page"),
    )
    lesson = course.lessons()[0].specific
    lesson.title = "Yeni redaktə"
    lesson.save_revision(user=world["trainer"])
    html = home(client, world["trainer"])
    assert shown(html) == ["lms-course-drafts"]
    drafts = html.split('id="lms-course-drafts', 1)[1]
    assert reverse("wagtailadmin_pages:edit", args=[lesson.pk]) in drafts
    assert "Yoxlama gözləyən kurs yoxdur." in drafts
    type(course).objects.filter(pk=course.pk).update(
        last_published_at=timezone.now() - timedelta(days=400)
    )
    html = home(client, world["trainer"])
    assert "Bir ildir yenilənməyib" in html

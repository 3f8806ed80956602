"""Courses that certify competencies, employees who pass them, and private PDF storage
per test."""

import pytest

from certificates.receivers import issue_on_pass
from courses.models import CourseCompetency, Enrolment
from courses.services import complete_lesson, enrol_self
from courses.signals import course_passed
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels


@pytest.fixture(autouse=True)
def certificates_listen_to_passes():
    """Other modules' tests clear the signal's receivers; put ours back."""
    course_passed.connect(issue_on_pass, dispatch_uid="certificates.issue_on_pass")


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LMS_CERT_PDF_ROOT = tmp_path / "private"
    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.az"
    return tmp_path / "private"


@pytest.fixture
def competencies(db):
    levels = make_levels()
    return [
        (CompetencyFactory(code="SS-01", name="Vətəndaşla ünsiyyət"), levels[2]),
        (CompetencyFactory(code="SS-02", name="Növbənin idarə edilməsi"), levels[1]),
    ]


def certifying_course(catalogue, competencies, months=24, **kwargs):
    course = make_course(
        catalogue, lessons=1, certificate_validity_months=months, **kwargs
    )
    for order, (competency, level) in enumerate(competencies):
        CourseCompetency.objects.create(
            course=course, competency=competency, level=level, sort_order=order
        )
    return course


@pytest.fixture
def course(catalogue, competencies):
    return certifying_course(catalogue, competencies)


@pytest.fixture
def employee(tree, make_employee):
    employee = make_employee(tree["front"], username="leyla")
    employee.user.email = "leyla@example.az"
    employee.user.save(update_fields=["email"])
    return employee


@pytest.fixture
def pass_course(django_capture_on_commit_callbacks):
    """Enrol and complete every lesson; the pass commits and its callbacks run."""

    def run(employee, course):
        enrolment = enrol_self(employee=employee, course=course)
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in course.lessons():
                enrolment = complete_lesson(enrolment=enrolment, lesson=lesson)
        assert enrolment.status == Enrolment.Status.PASSED
        return enrolment

    return run


@pytest.fixture
def certificate(employee, course, pass_course):
    from certificates.models import Certificate

    enrolment = pass_course(employee, course)
    return Certificate.objects.get(enrolment=enrolment)

from django.urls import reverse

from courses.models import CourseCompetency, Enrolment
from skills.gaps import Need, suggest_courses
from skills.models import CompetencyEvidence, PositionRequirement
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels


def setup_gap(catalogue, tree, make_employee):
    levels = make_levels()
    competency = CompetencyFactory(code="DP-01")
    lacking = make_employee(tree["front"])
    holder = make_employee(tree["front"])
    PositionRequirement.objects.create(
        position=lacking.position, competency=competency, level=levels[2]
    )
    CompetencyEvidence.objects.create(
        employee=holder, competency=competency, level=levels[3]
    )
    course = make_course(catalogue, title="Fərdi məlumatlar")
    CourseCompetency.objects.create(
        course=course, competency=competency, level=levels[2]
    )
    weak = make_course(catalogue, title="Tanışlıq")
    CourseCompetency.objects.create(course=weak, competency=competency, level=levels[1])
    return competency, course, lacking, holder


def test_gap_reports_suggest_courses_that_certify_the_needed_level(
    catalogue, tree, make_employee
):
    competency, course, *_ = setup_gap(catalogue, tree, make_employee)
    hr = make_employee(tree["agency"], roles=("HR",))
    found = suggest_courses({Need(competency.pk, 2)}, user=hr.user)
    [suggested] = found[Need(competency.pk, 2)]
    assert suggested.title == course.title
    assert suggested.assign_url == reverse("courses_assign_gap", args=[course.pk])


def test_assigning_a_unit_gap_enrols_only_those_who_lack_the_competency(
    client, catalogue, tree, make_employee, manager_of
):
    competency, course, lacking, holder = setup_gap(catalogue, tree, make_employee)
    manager = manager_of(tree["baku"])
    client.force_login(manager.user)
    response = client.post(
        reverse("courses_assign_gap", args=[course.pk]),
        {
            "org_unit": tree["baku"].pk,
            "competency": competency.pk,
            "due_date": "2030-03-01",
        },
        HTTP_REFERER="http://testserver/admin/skills/gaps/units/",
    )
    assert response.status_code == 302 and response.url.endswith("/gaps/units/")
    enrolled = {e.employee: e for e in Enrolment.objects.all()}
    assert lacking in enrolled and holder not in enrolled  # the holder has no gap
    assert str(enrolled[lacking].due_date) == "2030-03-01"
    assert enrolled[lacking].assigned_by == manager.user


def test_gap_assignment_stays_within_the_managers_scope(
    client, catalogue, tree, make_employee, manager_of
):
    competency, course, lacking, _holder = setup_gap(catalogue, tree, make_employee)
    manager = manager_of(tree["ganja"])
    client.force_login(manager.user)
    client.post(
        reverse("courses_assign_gap", args=[course.pk]),
        {"employee": [lacking.pk], "due_date": "2030-03-01"},
    )
    assert not Enrolment.objects.exists()

"""The course page, a lesson and “My learning” cost a fixed number of SQL queries,
whatever the number of lessons and competencies (issue 14)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import CourseCompetency
from courses.services import complete_lesson, enrol_self
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels

LESSON_QUERIES = 8


def queries_for(client, url):
    client.get(url)  # the first view may write (the visit); count the next one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    return len(queries)


def course_with(catalogue, employee, lessons, competencies, title=None):
    levels = make_levels()
    title = title or f"Kurs {lessons}"
    course = make_course(catalogue, title=title, lessons=lessons)
    for number in range(competencies):
        competency = CompetencyFactory(code=f"{course.slug}-{number}")
        CourseCompetency.objects.create(
            course=course, competency=competency, level=levels[2]
        )
    enrolment = enrol_self(employee=employee, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons().first())
    return course


def test_course_page_queries_do_not_grow_with_lessons_or_competencies(
    client, catalogue, employee
):
    client.force_login(employee.user)
    small = queries_for(client, course_with(catalogue, employee, 2, 1).url)
    large = queries_for(client, course_with(catalogue, employee, 20, 6).url)
    assert large == small


def test_a_lesson_costs_at_most_8_queries(client, catalogue, employee):
    client.force_login(employee.user)
    course = course_with(catalogue, employee, 5, 2)
    assert queries_for(client, course.lessons()[1].url) <= LESSON_QUERIES


def test_course_page_costs_no_more_than_a_lesson(client, catalogue, employee):
    client.force_login(employee.user)
    course = course_with(catalogue, employee, 5, 2)
    assert queries_for(client, course.url) <= LESSON_QUERIES


def test_dashboard_queries_do_not_grow_with_courses_lessons_or_competencies(
    client, catalogue, employee
):
    client.force_login(employee.user)
    course_with(catalogue, employee, 2, 1, title="Kurs 0")
    one = queries_for(client, "/dashboard/")
    for number in range(1, 8):
        course_with(catalogue, employee, 4, 2, title=f"Kurs x{number}")
    assert queries_for(client, "/dashboard/") == one


def test_dashboard_costs_no_more_than_a_lesson(client, catalogue, employee):
    client.force_login(employee.user)
    course_with(catalogue, employee, 3, 1)
    assert queries_for(client, "/dashboard/") <= LESSON_QUERIES

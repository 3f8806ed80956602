"""The progress query of lessons and course pages is compiled once per course and
page-tree version (``courses.prepared``): each employee still reads their own
rows, typed as the ORM types them, and what the page tree changes (a quiz
published later) reaches the outline at once. View restrictions come from the
cache, and a new one holds at the next request."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses import prepared
from courses.models import CoursePage, Enrolment, LessonProgress
from courses.progress import enrolment_with_progress
from courses.routing import cached_restrictions
from courses.services import complete_lesson, enrol_self
from tests.quizzes.conftest import category as category  # noqa: F401
from tests.quizzes.conftest import graded, make_quiz
from tests.quizzes.conftest import questions as questions  # noqa: F401

from .conftest import make_course

DONE = 'class="outline__done"'


def item_of(html, title):
    return html.split(title)[0].rsplit("<li", 1)[1]


def test_each_employee_reads_their_own_progress_through_one_statement(
    client, course, employee, tree, make_employee
):
    other = make_employee(tree["agency"], username="ikinci")
    first, second = course.lessons()
    mine = enrol_self(employee=employee, course=course)
    theirs = enrol_self(employee=other, course=course)
    complete_lesson(enrolment=mine, lesson=first)
    complete_lesson(enrolment=theirs, lesson=second)
    prepared.forget()
    for person, done, not_done in ((employee, first, second), (other, second, first)):
        client.force_login(person.user)
        html = client.get(course.url).content.decode()
        assert DONE in item_of(html, done.title)
        assert DONE not in item_of(html, not_done.title)
    shapes = [key[2] for key in prepared._statements]
    assert [s[0] for s in shapes].count("enrolment-with-progress") == 1


def test_rows_come_back_typed_as_the_orm_types_them(course, employee):
    lesson = course.lessons().first()
    enrolment = enrol_self(employee=employee, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(score=Decimal("87.50"))
    complete_lesson(enrolment=enrolment, lesson=lesson)
    found, rows = enrolment_with_progress(employee.user, course)
    assert same_values(found, Enrolment.objects.get())
    assert same_values(found.employee, type(employee).objects.get(pk=employee.pk))
    assert found.score == Decimal("87.50") and timezone.is_aware(found.enrolled_at)
    assert isinstance(found.course_key, uuid.UUID)
    [row] = rows
    assert row.enrolment is found
    assert same_values(row, LessonProgress.objects.get())
    assert isinstance(row.first_visited_at, datetime.datetime)


def same_values(found, stored):
    """Every column the same, of the same type, as the ORM reads it."""
    for field in type(stored)._meta.concrete_fields:
        mine, theirs = getattr(found, field.attname), getattr(stored, field.attname)
        assert (mine, type(mine)) == (theirs, type(theirs)), field.name
    return True


def test_no_enrolment_and_no_progress_yet(course, employee):
    assert enrolment_with_progress(employee.user, course) == (None, [])
    enrolment = enrol_self(employee=employee, course=course)
    assert enrolment_with_progress(employee.user, course) == (enrolment, [])


def test_an_ended_enrolment_is_not_the_current_one(course, employee):
    enrolment = enrol_self(employee=employee, course=course)
    complete_lesson(enrolment=enrolment, lesson=course.lessons().first())
    Enrolment.objects.filter(pk=enrolment.pk).update(is_current=False)
    assert enrolment_with_progress(employee.user, course) == (None, [])


def test_the_outline_follows_a_quiz_republished_after_a_statement_was_built(
    client,
    catalogue,
    employee,
    questions,  # noqa: F811
):
    course = make_course(catalogue, pass_mode=CoursePage.PassMode.ASSESSMENTS)
    enrolment = enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    quiz = make_quiz(course, questions, pass_mark=60, grading_method="highest")
    graded(quiz, employee, enrolment, "70", "40")
    assert DONE in item_of(client.get(course.url).content.decode(), "Yekun test")
    quiz.grading_method = "last"  # the last attempt, 40 %, is the result now
    quiz.save_revision().publish()
    assert DONE not in item_of(client.get(course.url).content.decode(), "Yekun test")


def test_a_marker_the_query_does_not_use_is_refused(course):
    with pytest.raises(ValueError, match="marker"):
        prepared.statement(
            ("unused-marker",),
            lambda user_id: (CoursePage.objects.values_list("pk"), None),
            1,
        )


def test_a_restriction_added_after_a_visit_holds_at_once(client, course, employee):
    enrol_self(employee=employee, course=course)
    client.force_login(employee.user)
    lesson = course.lessons().first()
    assert lesson.title in client.get(lesson.url).content.decode()
    assert cached_restrictions(lesson) == []
    PageViewRestriction.objects.create(
        page=course, restriction_type="password", password="gizli-söz"
    )
    page = client.get(lesson.url).content.decode()
    assert 'name="password"' in page
    assert "Dərs 1</p>" not in page
    [kept] = cached_restrictions(lesson)
    assert "password" in kept.get_deferred_fields()

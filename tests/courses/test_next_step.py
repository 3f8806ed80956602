"""After passing: the result page and the course page show the pass, the quiz gets
its tick in the outline, and the employee is told what to learn next."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext, override

from courses.assessments import assessment_states
from courses.models import CourseCompetency, CoursePage, Enrolment
from courses.next_step import learn_next
from courses.quizzes.models import Attempt, QuestionCategory
from courses.services import complete_lesson, enrol_self
from skills.models import PositionRequirement
from tests.courses.conftest import make_course
from tests.factories import CompetencyFactory, make_levels
from tests.quizzes.conftest import add_question, make_quiz


@pytest.fixture
def quiz_course(catalogue):
    return make_course(
        catalogue, title="Xidmət standartları", lessons=1,
        pass_mode=CoursePage.PassMode.ASSESSMENTS,
    )  # fmt: skip


@pytest.fixture
def quiz(quiz_course):
    category = QuestionCategory.objects.create(name="Standartlar")
    question = add_question(
        category, "truefalse", "108 çağrı mərkəzidir.", true_false_answer=True
    )
    return make_quiz(quiz_course, [question], pass_mark=100)


@pytest.fixture
def follow_up(catalogue, quiz_course):
    course = make_course(catalogue, title="Növbənin idarə edilməsi", lessons=1)
    course.prerequisites.add(quiz_course)
    course.save_revision().publish()
    return course


def az(text):
    """What the page says in Azerbaijani, the language the requests are served in."""
    with override("az"):
        return gettext(text)


def take_quiz(client, quiz, right=True):
    client.post(quiz.url)
    attempt = Attempt.objects.filter(quiz=quiz).latest("pk")
    slot = attempt.questions[0]["slot"]
    client.post(
        reverse("quizzes:submit", args=[attempt.pk]),
        {"version": "0", f"q{slot}": "true" if right else "false"},
    )
    return client.get(reverse("quizzes:review", args=[attempt.pk]))


def test_passing_the_last_quiz_shows_the_pass_and_what_to_learn_next(
    client, quiz_course, quiz, follow_up, employee
):
    enrolment = enrol_self(employee=employee, course=quiz_course)
    complete_lesson(enrolment=enrolment, lesson=quiz_course.lessons().first())
    client.force_login(employee.user)
    response = take_quiz(client, quiz)
    body = response.content.decode()
    assert Enrolment.objects.get().status == Enrolment.Status.PASSED
    assert az("You passed this course") in body
    assert response.context["passed_enrolment"].pk == enrolment.pk
    assert [s.page.pk for s in response.context["suggestions"]] == [follow_up.pk]
    assert follow_up.url in body
    # the certificate is issued by a task queued after the pass commits
    assert [award.ready for award in response.context["awards"]] == [False]


def test_a_passed_quiz_before_the_last_lesson_points_at_that_lesson(
    client, quiz_course, quiz, employee
):
    enrol_self(employee=employee, course=quiz_course)
    client.force_login(employee.user)
    response = take_quiz(client, quiz)
    lesson = quiz_course.lessons().first()
    assert "passed_enrolment" not in response.context
    assert response.context["continue_lesson"].pk == lesson.pk
    assert lesson.url in response.content.decode()


def test_a_failed_attempt_offers_no_next_step(client, quiz_course, quiz, employee):
    enrol_self(employee=employee, course=quiz_course)
    client.force_login(employee.user)
    response = take_quiz(client, quiz, right=False)
    assert "continue_lesson" not in response.context
    assert az("You passed this course") not in response.content.decode()


def test_passed_course_page_says_so_instead_of_continue(
    client, quiz_course, quiz, employee
):
    enrolment = enrol_self(employee=employee, course=quiz_course)
    complete_lesson(enrolment=enrolment, lesson=quiz_course.lessons().first())
    client.force_login(employee.user)
    take_quiz(client, quiz)
    body = client.get(quiz_course.url).content.decode()
    assert az("You passed this course") in body
    assert az("Continue where you left off") not in body


def test_a_passed_quiz_is_ticked_in_the_outline_a_failed_one_is_not(
    client, quiz_course, quiz, employee
):
    enrol_self(employee=employee, course=quiz_course)
    client.force_login(employee.user)
    take_quiz(client, quiz, right=False)
    outline = dict(client.get(quiz_course.url).context["outline"])
    assert outline[quiz] is False
    take_quiz(client, quiz)
    outline = client.get(quiz_course.url).context["outline"]
    assert [(page.pk, done) for page, done in outline] == [
        (quiz_course.lessons().first().pk, False),
        (quiz.pk, True),
    ]


def test_an_optional_quiz_passed_is_ticked_but_does_not_count(
    client, quiz_course, quiz, employee
):
    type(quiz).objects.filter(pk=quiz.pk).update(is_required=False)
    enrol_self(employee=employee, course=quiz_course)
    client.force_login(employee.user)
    take_quiz(client, quiz)
    outline = dict(client.get(quiz_course.url).context["outline"])
    assert outline[quiz] is True
    enrolment = Enrolment.objects.get()
    state = assessment_states(quiz_course, [enrolment])[enrolment.pk]
    assert (state.required, state.passed) == (0, 0)


def test_learn_next_offers_courses_opened_then_gaps_never_ones_taken(
    catalogue, quiz_course, follow_up, employee
):
    levels = make_levels()
    needed = CompetencyFactory(code="EG-01", name="ASAN İmza")
    PositionRequirement.objects.create(
        position=employee.position, competency=needed, level=levels[2]
    )
    too_low, closes, taken = (
        make_course(catalogue, title=title, lessons=1)
        for title in ("Giriş", "ASAN İmza praktikası", "ASAN İmza əsasları")
    )
    for course, level in [(too_low, 1), (closes, 2), (taken, 3)]:
        CourseCompetency.objects.create(
            course=course, competency=needed, level=levels[level]
        )
    enrol_self(employee=employee, course=taken)
    found = learn_next(employee, quiz_course)
    assert [(s.page.pk, s.opens, s.competency) for s in found] == [
        (follow_up.pk, True, ""),
        (closes.pk, False, "ASAN İmza"),
    ]
    Enrolment.objects.create(
        employee=employee, course=follow_up, course_key=follow_up.translation_key
    )
    assert [s.page.pk for s in learn_next(employee, quiz_course)] == [closes.pk]

"""What quizzes mean for a course: the assessment provider registered with courses,
and lesson completion when a lesson's quiz is passed."""

from dataclasses import dataclass

from django.db.models import F, OuterRef, Subquery

from courses.assessments import AssessmentState
from courses.models import LessonPage
from courses.routing import cached
from courses.services import complete_lessons

from .models import Attempt, QuizPage
from .scoring import grade, passed


def course_quizzes(course):
    """The live quizzes of the logical course, kept in the cache until the page tree
    changes (the outline's ticks ask for them on every lesson)."""
    canonical = course.canonical

    def build():
        quizzes = QuizPage.objects.live().child_of(canonical)
        return list(quizzes.filter(alias_of__isnull=True).defer_streamfields())

    return cached("quizzes", canonical.pk, build)


@dataclass(frozen=True)
class QuizRules:
    """What grading needs of a quiz page."""

    translation_key: object
    is_required: bool
    grading_method: str
    attempts_allowed: int
    pass_mark: int


def course_quiz_rules(course):
    """``QuizRules`` of the course's live quizzes, kept in the cache until the page
    tree changes (a quiz's settings change only when it is published)."""

    def build():
        return [
            QuizRules(
                q.translation_key,
                q.is_required,
                q.grading_method,
                q.attempts_allowed,
                q.pass_mark,
            )
            for q in course_quizzes(course)
        ]

    return cached("quiz-rules", course.pk, build)


def quiz_assessment_states(course, enrolments):
    """``{enrolment_id: AssessmentState}`` in two queries, whatever the numbers.
    Only required quizzes count towards passing; every passed quiz is named."""
    quizzes = course_quiz_rules(course)
    required = [quiz for quiz in quizzes if quiz.is_required]
    states = {e.pk: AssessmentState(required=len(required)) for e in enrolments}
    if not quizzes:
        return states
    attempts = attempts_by_employee_and_quiz(quizzes, enrolments)
    for enrolment in enrolments:
        outcomes = {
            quiz.translation_key: quiz_result(
                quiz, attempts.get((enrolment.employee_id, quiz.translation_key), [])
            )
            for quiz in quizzes
        }
        results = [outcomes[quiz.translation_key] for quiz in required]
        states[enrolment.pk] = AssessmentState(
            required=len(required),
            passed=sum(1 for passed, _grade, _out in results if passed),
            failed_for_good=any(out and not passed for passed, _grade, out in results),
            score=min(
                (g for _passed, g, _out in results if g is not None), default=None
            ),
            passed_keys=frozenset(
                key for key, (passed, _g, _out) in outcomes.items() if passed
            ),
        )
    return states


# The attempt whose percent is the result, by grading method (an average is not
# one attempt's: a course with such a quiz keeps the query of its own).
RESULT_ORDER = {
    "highest": (F("percent").desc(nulls_last=True), "number"),
    "first": ("number",),
    "last": ("-number",),
}


def outline_annotations(course, employee_field):
    """``{name: the employee's result in a quiz}`` for the course outline's ticks,
    as subqueries of the progress query, or None when a quiz is graded on the
    average of its attempts."""
    quizzes = course_quiz_rules(course)
    if any(quiz.grading_method not in RESULT_ORDER for quiz in quizzes):
        return None
    return {
        f"quiz_result_{index}": Subquery(
            Attempt.objects.graded()
            .filter(employee_id=OuterRef(employee_field), quiz_key=quiz.translation_key)
            .order_by(*RESULT_ORDER[quiz.grading_method])
            .values("percent")[:1]
        )
        for index, quiz in enumerate(quizzes)
    }


def outline_passed_keys(course, values):
    """The quizzes passed, from the results ``outline_annotations`` read."""
    return {
        quiz.translation_key
        for index, quiz in enumerate(course_quiz_rules(course))
        if passed(values.get(f"quiz_result_{index}"), quiz.pass_mark)
    }


def attempts_by_employee_and_quiz(quizzes, enrolments):
    rows = (
        Attempt.objects.graded()
        .filter(
            quiz_key__in=[q.translation_key for q in quizzes],
            employee_id__in=[e.employee_id for e in enrolments],
        )
        .order_by("number")
        .values_list("employee_id", "quiz_key", "percent")
    )
    grouped = {}
    for employee_id, quiz_key, value in rows:
        grouped.setdefault((employee_id, quiz_key), []).append(value)
    return grouped


def quiz_result(quiz, percents):
    """(passed, grade, attempts exhausted) under the quiz's grading method."""
    result = grade(quiz.grading_method, percents)
    exhausted = bool(quiz.attempts_allowed) and len(percents) >= quiz.attempts_allowed
    return passed(result, quiz.pass_mark), result, exhausted


def lessons_completed_by(quiz):
    """``[(lesson id, translation key)]`` of the live lessons of ``quiz``'s course
    that hold the quiz and are completed “when their activities are completed”,
    kept in the cache until the page tree changes."""

    def build():
        course = quiz.get_parent().specific
        lessons = (
            LessonPage.objects.live()
            .child_of(course)
            .filter(completion=LessonPage.Completion.ACTIVITIES)
        )
        found = []
        for lesson in lessons.specific():
            quiz_ids = {
                block.value.pk
                for block in lesson.body
                if block.block_type == "quiz" and block.value is not None
            }
            if quiz.pk in quiz_ids:
                found.append((lesson.pk, lesson.translation_key))
        return found

    return cached("quiz-lessons", quiz.pk, build)


def complete_lessons_with_quiz(attempt, enrolment):
    """Lessons completed “when their activities are completed” that hold this quiz,
    for ``enrolment`` (locked by the caller, recomputed by the caller with what this
    returns: see ``complete_lessons``)."""
    return complete_lessons(
        enrolment=enrolment, lessons=lessons_completed_by(attempt.quiz)
    )

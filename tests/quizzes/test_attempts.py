from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from courses.models import Enrolment
from courses.quizzes.models import Attempt, AttemptItem, QuestionOption, QuizPage
from courses.quizzes.responses import InvalidAnswer, read_answers
from courses.quizzes.services import (
    AttemptClosed,
    QuizRefused,
    StaleVersion,
    close_overdue_attempts,
    regrade_quiz,
    save_answers,
    start_attempt,
    submit_attempt,
)
from courses.services import complete_lesson
from tests.quizzes.conftest import as_querydict, make_quiz, right_answers


def start(quiz, employee):
    return start_attempt(employee=employee, quiz=quiz, language="az")


def answer_all(attempt, data=None):
    return read_answers(attempt.questions, as_querydict(data or right_answers(attempt)))


def test_quiz_needs_an_enrolment(quiz, employee):
    with pytest.raises(QuizRefused):
        start(quiz, employee)


def test_start_twice_resumes_the_open_attempt(quiz, employee, enrolled):
    first = start(quiz, employee)
    assert start(quiz, employee) == first
    assert Attempt.objects.count() == 1


def test_database_allows_one_open_attempt_per_employee_and_quiz(
    quiz, employee, enrolled
):
    attempt = start(quiz, employee)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(
            employee=employee,
            quiz=quiz,
            quiz_key=quiz.translation_key,
            number=2,
            language="az",
        )
    assert attempt.state == Attempt.State.IN_PROGRESS


def test_right_answers_earn_full_marks_and_pass_the_course(
    quiz, quiz_course, employee, enrolled, django_capture_on_commit_callbacks
):
    complete_lesson(enrolment=enrolled, lesson=quiz_course.lessons()[0])
    attempt = start(quiz, employee)
    with django_capture_on_commit_callbacks(execute=True):
        attempt, graded_now = submit_attempt(
            attempt_id=attempt.pk,
            employee=employee,
            version=attempt.version,
            answers=answer_all(attempt),
        )
    assert graded_now
    assert (attempt.state, attempt.percent, attempt.passed) == (
        Attempt.State.GRADED,
        Decimal("100.00"),
        True,
    )
    assert AttemptItem.objects.filter(attempt=attempt).count() == 7
    enrolled.refresh_from_db()
    assert enrolled.status == Enrolment.Status.PASSED
    assert enrolled.score == Decimal("100.00")


def test_lessons_alone_do_not_pass_a_course_that_requires_its_quiz(
    quiz, quiz_course, employee, enrolled
):
    enrolment = complete_lesson(enrolment=enrolled, lesson=quiz_course.lessons()[0])
    assert enrolment.status == Enrolment.Status.COMPLETED


def test_second_submit_gets_the_graded_attempt_not_a_second_result(
    quiz, employee, enrolled
):
    attempt = start(quiz, employee)
    submit_attempt(
        attempt_id=attempt.pk, employee=employee, answers=answer_all(attempt)
    )
    again, graded_now = submit_attempt(
        attempt_id=attempt.pk, employee=employee, answers={}
    )
    assert not graded_now and again.percent == Decimal("100.00")
    assert AttemptItem.objects.count() == 7
    assert ModelLogEntry.objects.filter(action="quizzes.graded").count() == 1


def test_stale_tab_cannot_overwrite_newer_answers(quiz, employee, enrolled):
    attempt = start(quiz, employee)
    fresh = answer_all(attempt)
    save_answers(attempt_id=attempt.pk, employee=employee, version=0, answers=fresh)
    with pytest.raises(StaleVersion):
        save_answers(
            attempt_id=attempt.pk, employee=employee, version=0, answers={"1": None}
        )
    attempt.refresh_from_db()
    assert attempt.answers == fresh and attempt.version == 1


def test_forged_answers_are_refused(quiz, employee, enrolled):
    attempt = start(quiz, employee)
    single = next(item for item in attempt.questions if item["type"] == "single")
    with pytest.raises(InvalidAnswer):
        read_answers(
            attempt.questions, as_querydict({f"q{single['slot']}": ["999999"]})
        )


def test_attempt_keeps_the_questions_it_was_started_with(
    quiz, questions, employee, enrolled
):
    attempt = start(quiz, employee)
    single = questions[0]
    single.text = "Dəyişdirilmiş sual"
    single.save()
    right = single.options.get(is_correct=True)
    right.is_correct = False
    right.save()
    QuestionOption.objects.filter(question=single, text="2015").update(is_correct=True)
    attempt.refresh_from_db()
    texts = [item["text"] for item in attempt.questions]
    assert "Agentlik nə vaxt yaradılıb?" in texts
    attempt, _ = submit_attempt(
        attempt_id=attempt.pk, employee=employee, answers=answer_all(attempt)
    )
    assert attempt.percent == Decimal("100.00")  # graded on what it showed


def test_regrade_after_fixing_a_question_is_audited_and_recomputes(
    quiz, questions, employee, enrolled, django_user_model
):
    attempt = start(quiz, employee)
    submit_attempt(
        attempt_id=attempt.pk, employee=employee, answers=answer_all(attempt)
    )
    single = questions[0]
    single.options.update(is_correct=False)
    single.options.filter(text="2008").update(is_correct=True)
    trainer = django_user_model.objects.create(username="trainer-x")
    assert regrade_quiz(quiz=quiz, by=trainer) == 1
    attempt.refresh_from_db()
    assert attempt.percent < 100
    entry = ModelLogEntry.objects.get(
        action="quizzes.regraded", object_id=str(attempt.pk)
    )
    assert entry.user == trainer and entry.data["before"] == "100.00"
    enrolled.refresh_from_db()
    assert enrolled.score == attempt.percent


def test_attempts_allowed_is_enforced(quiz_course, questions, employee, enrolled):
    quiz = make_quiz(quiz_course, questions[:1], attempts_allowed=1)
    attempt = start(quiz, employee)
    submit_attempt(attempt_id=attempt.pk, employee=employee, answers={})
    with pytest.raises(QuizRefused):
        start(quiz, employee)


def test_failing_every_allowed_attempt_fails_the_course(
    quiz_course, questions, employee, enrolled
):
    quiz = make_quiz(quiz_course, questions[:1], attempts_allowed=1)
    attempt = start(quiz, employee)
    submit_attempt(attempt_id=attempt.pk, employee=employee, answers={})
    enrolled.refresh_from_db()
    assert enrolled.status == Enrolment.Status.FAILED


class TestServerDeadline:
    @pytest.fixture
    def timed(self, quiz_course, questions, enrolled):
        return make_quiz(
            quiz_course, questions, time_limit_minutes=10, grace_seconds=30
        )

    def test_answers_inside_the_grace_period_are_graded(self, timed, employee):
        attempt = start(timed, employee)
        inside = attempt.deadline + timedelta(seconds=29)
        attempt, _ = submit_attempt(
            attempt_id=attempt.pk,
            employee=employee,
            answers=answer_all(attempt),
            now=inside,
        )
        assert attempt.percent == 100

    def test_answers_after_the_grace_period_are_not_accepted(self, timed, employee):
        attempt = start(timed, employee)
        outside = attempt.deadline + timedelta(seconds=31)
        with pytest.raises(AttemptClosed):
            save_answers(
                attempt_id=attempt.pk,
                employee=employee,
                version=0,
                answers=answer_all(attempt),
                now=outside,
            )
        attempt, _ = submit_attempt(
            attempt_id=attempt.pk,
            employee=employee,
            answers=answer_all(attempt),
            now=outside,
        )
        assert attempt.percent == 0  # graded on what was saved in time: nothing

    def test_sweep_closes_abandoned_attempts_once(self, timed, employee):
        attempt = start(timed, employee)
        early = answer_all(attempt)
        save_answers(attempt_id=attempt.pk, employee=employee, version=0, answers=early)
        assert close_overdue_attempts(now=attempt.deadline) == 0  # still in grace
        later = attempt.deadline + timedelta(minutes=5)
        assert close_overdue_attempts(now=later) == 1
        attempt.refresh_from_db()
        state = (
            attempt.state,
            attempt.percent,
            attempt.closed_by_sweep,
            attempt.graded_at,
        )
        assert state[:3] == (Attempt.State.GRADED, Decimal("100.00"), True)
        assert close_overdue_attempts(now=later + timedelta(minutes=5)) == 0
        attempt.refresh_from_db()
        assert attempt.graded_at == state[3]

    def test_deadline_never_passes_the_quiz_closing_time(
        self, quiz_course, questions, employee, enrolled
    ):
        closes = timezone.now() + timedelta(minutes=3)
        quiz = make_quiz(
            quiz_course, questions, time_limit_minutes=30, closes_at=closes
        )
        assert start(quiz, employee).deadline == closes


class TestClosingTime:
    """The quiz's closing time caps every attempt, with or without a time limit."""

    @pytest.fixture
    def closing(self, quiz_course, questions, enrolled):
        closes = timezone.now() + timedelta(minutes=5)
        return make_quiz(quiz_course, questions, closes_at=closes, grace_seconds=60)

    def test_an_untimed_attempt_cannot_save_or_submit_after_closing(
        self, closing, employee
    ):
        attempt = start(closing, employee)
        assert attempt.deadline == closing.closes_at and attempt.grace_seconds == 0
        at_close = closing.closes_at
        save_answers(
            attempt_id=attempt.pk,
            employee=employee,
            version=0,
            answers={},
            now=at_close,
        )  # exactly at closing: still accepted
        after = at_close + timedelta(seconds=1)
        with pytest.raises(AttemptClosed):
            save_answers(
                attempt_id=attempt.pk,
                employee=employee,
                version=1,
                answers=answer_all(attempt),
                now=after,
            )
        attempt, _ = submit_attempt(
            attempt_id=attempt.pk,
            employee=employee,
            answers=answer_all(attempt),
            now=after,
        )
        assert attempt.percent == 0  # nothing was saved before closing

    def test_the_grace_period_never_runs_past_closing(
        self, quiz_course, questions, employee, enrolled
    ):
        closes = timezone.now() + timedelta(minutes=10, seconds=20)
        quiz = make_quiz(
            quiz_course,
            questions,
            closes_at=closes,
            time_limit_minutes=10,
            grace_seconds=60,
        )
        attempt = start(quiz, employee)
        assert attempt.deadline < closes
        assert attempt.hard_deadline <= closes

    def test_closing_time_moved_earlier_after_the_start_still_counts(
        self, closing, employee
    ):
        attempt = start(closing, employee)
        earlier = timezone.now() + timedelta(minutes=1)
        QuizPage.objects.filter(pk=closing.pk).update(closes_at=earlier)
        with pytest.raises(AttemptClosed):
            save_answers(
                attempt_id=attempt.pk,
                employee=employee,
                version=0,
                answers=answer_all(attempt),
                now=earlier + timedelta(seconds=1),
            )

    def test_the_sweep_grades_attempts_left_open_at_closing(
        self, quiz_course, questions, employee, enrolled
    ):
        quiz = make_quiz(quiz_course, questions)
        attempt = start(quiz, employee)
        assert attempt.deadline is None
        closes = timezone.now() + timedelta(minutes=1)
        QuizPage.objects.filter(pk=quiz.pk).update(closes_at=closes)
        assert close_overdue_attempts(now=closes) == 0
        assert close_overdue_attempts(now=closes + timedelta(seconds=1)) == 1
        attempt.refresh_from_db()
        assert attempt.state == Attempt.State.GRADED
        assert attempt.submitted_at == closes

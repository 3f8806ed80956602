"""The attempt state machine: start → in progress → (submitted) → graded.

Every rule is enforced here on the server, inside one transaction, with the
database constraints in models.py as the last guard."""

import random

from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Page

from courses import audit
from courses.models import Enrolment
from courses.services import lock_enrolment, recompute
from people.models import EmployeeProfile

from .models import Attempt, AttemptItem, Question, QuizPage
from .qtypes import question_type
from .scoring import passed, percent, score_attempt
from .signals import attempt_graded
from .snapshot import build_item
from .structure import quiz_structure


class QuizRefused(Exception):
    """The quiz cannot be started now; the message says why."""


class AttemptClosed(Exception):
    """The attempt no longer accepts answers (submitted, or past its deadline)."""


class StaleVersion(Exception):
    """A newer save of this attempt exists (another tab); nothing was stored."""


def current_enrolment(employee, quiz):
    course = quiz.get_parent()  # its translation key is all that is needed
    return (
        Enrolment.objects.current().for_course(course).filter(employee=employee).first()
    )


def attempts_used(employee, quiz):
    return Attempt.objects.filter(employee=employee, quiz_key=quiz.translation_key)


def start_refusal(employee, quiz, now=None):
    """Why ``employee`` may not start ``quiz`` now, or None."""
    now = now or timezone.now()
    if current_enrolment(employee, quiz) is None:
        return _("Enrol in the course first.")
    if not quiz.is_open(now):
        return _("The quiz is not open now.")
    used = attempts_used(employee, quiz).exclude(state=Attempt.State.IN_PROGRESS)
    if quiz.attempts_allowed and used.count() >= quiz.attempts_allowed:
        return _("You have used all your attempts.")
    return None


class NotEnrolled(QuizRefused):
    """The employee has no current enrolment in the quiz's course."""


def start_facts(who, quiz, course):
    """The current enrolment of the employee ``who`` names (``{"employee": …}`` or
    ``{"employee__user_id": …}``) in the course (a page, or the tree path of one)
    with, in the same query, their open attempt of ``quiz`` (``open_attempt_id``),
    how many of their attempts are closed (``closed_attempts``) and how many there
    are in all (``all_attempts``); None without an enrolment.

    Written in SQL: the same query through the ORM, with its three subqueries,
    takes longer to compile than the database takes to answer it."""
    q = connection.ops.quote_name
    attempt, enrolment = q(Attempt._meta.db_table), q(Enrolment._meta.db_table)
    key = db_value(Attempt, "quiz_key", quiz.translation_key)
    params = [key, Attempt.State.IN_PROGRESS.value] * 2 + [key, True]
    if isinstance(course, str):  # the course's tree path
        course_sql = (
            f"(SELECT p.translation_key FROM {q(Page._meta.db_table)} p "
            "WHERE p.path = %s)"
        )
        params.append(course)
    else:
        course_sql = "%s"
        params.append(db_value(Enrolment, "course_key", course.translation_key))
    if "employee" in who:
        join, employee_sql = "", "e.employee_id = %s"
        params.append(getattr(who["employee"], "pk", who["employee"]))
    else:
        profiles = q(EmployeeProfile._meta.db_table)
        join = f"JOIN {profiles} ep ON ep.id = e.employee_id"
        employee_sql = "ep.user_id = %s"
        params.append(who["employee__user_id"])
    same = "a.employee_id = e.employee_id AND a.quiz_key = %s"
    sql = (
        f"SELECT e.*, "
        f"(SELECT a.id FROM {attempt} a WHERE {same} AND a.state = %s LIMIT 1) "
        "AS open_attempt_id, "
        f"(SELECT COUNT(*) FROM {attempt} a WHERE {same} AND a.state <> %s) "
        "AS closed_attempts, "
        f"(SELECT COUNT(*) FROM {attempt} a WHERE {same}) AS all_attempts "
        f"FROM {enrolment} e {join} "
        f"WHERE e.is_current = %s AND e.course_key = {course_sql} AND {employee_sql}"
    )
    return next(iter(Enrolment.objects.raw(sql, params)), None)


def db_value(model, name, value):
    return model._meta.get_field(name).get_db_prep_value(value, connection)


def start_attempt(*, employee=None, quiz, language, user=None):
    """Resume the open attempt, or start a new one with its own copy of questions,
    for ``employee`` (or the employee whose account ``user`` is).

    One query reads the enrolment and the attempts so far; the questions come from
    the quiz's cached structure; one INSERT stores the attempt. The database's
    constraints (one open attempt, each number once) settle concurrent starts."""
    who = {"employee": employee} if user is None else {"employee__user_id": user.pk}
    if not isinstance(quiz, QuizPage):
        quiz = QuizPage.objects.get(pk=quiz.pk)
    course_key = course_key_of(quiz)
    quiz = canonical_page(quiz)
    facts = start_facts(who, quiz, course_key)
    if facts is None:  # an editor trying the quiz may still have an open attempt
        found = open_attempts(who, quiz).first()
        if found:
            return found
        raise NotEnrolled(_("Enrol in the course first."))
    if facts.open_attempt_id:
        return Attempt.objects.get(pk=facts.open_attempt_id)
    now = timezone.now()
    if not quiz.is_open(now):
        raise QuizRefused(_("The quiz is not open now."))
    if quiz.attempts_allowed and facts.closed_attempts >= quiz.attempts_allowed:
        raise QuizRefused(_("You have used all your attempts."))
    shown, keys = build_questions(quiz, language)
    deadline, grace = attempt_deadline(quiz, now)
    attempt = Attempt(
        employee_id=facts.employee_id,
        quiz=quiz,
        quiz_key=quiz.translation_key,
        enrolment=facts,
        number=facts.all_attempts + 1,
        language=language,
        started_at=now,
        deadline=deadline,
        grace_seconds=grace,
        questions=shown,
        key=keys,
    )
    if inserted(attempt):
        return attempt
    return open_attempts(who, quiz).get()  # a concurrent start won; use its


def course_key_of(quiz):
    """The quiz's course as ``start_facts`` takes it: the parent routing loaded,
    else the parent's tree path (its translation key, the same in every language,
    is then read in the same query)."""
    parent = getattr(quiz, "_cached_parent_obj", None)
    if parent is not None:
        return parent
    return quiz.path[: -quiz.steplen]


def open_attempts(who, quiz):
    return Attempt.objects.filter(
        quiz_key=quiz.translation_key, state=Attempt.State.IN_PROGRESS, **who
    )


def inserted(instance):
    """Save a new row; False if a constraint refused it. A savepoint only inside a
    transaction (alone, the INSERT is its own transaction)."""
    try:
        if transaction.get_connection().in_atomic_block:
            with transaction.atomic():
                instance.save(force_insert=True)
        else:
            instance.save(force_insert=True)
    except IntegrityError:
        return False
    return True


def attempt_deadline(quiz, now):
    """``(deadline, grace seconds)`` of an attempt started at ``now``: the time
    limit, capped by the quiz's closing time; the grace never runs past closing."""
    deadline = None
    if quiz.time_limit_minutes:
        deadline = now + timezone.timedelta(minutes=quiz.time_limit_minutes)
    if quiz.closes_at and (deadline is None or quiz.closes_at < deadline):
        return quiz.closes_at, 0
    if deadline is None:
        return None, 0
    grace = quiz.grace_seconds
    if quiz.closes_at:
        room = (quiz.closes_at - deadline).total_seconds()
        grace = max(0, min(grace, int(room)))
    return deadline, grace


def canonical_page(quiz):
    from courses.models.pages import canonical_page as canonical

    return canonical(quiz)


def build_questions(quiz, language):
    rng = random.SystemRandom()
    source = canonical_page(quiz)
    structure = quiz_structure(source, language)
    picked = []
    used = set()
    for slot in structure.slots:
        if slot.question is not None:
            chosen = [slot.question]
        else:
            pool = [question for question in slot.pool if question.pk not in used]
            chosen = rng.sample(pool, min(slot.count, len(pool)))
        used.update(question.pk for question in chosen)
        picked.extend(chosen)
    questions = [structure.translated.get(q.translation_key, q) for q in picked]
    if source.shuffle_questions:
        rng.shuffle(questions)
    shown, keys = [], []
    for number, question in enumerate(questions, start=1):
        item, key = build_item(question, number, rng, source.shuffle_options)
        shown.append(item)
        keys.append(key)
    return shown, keys


def lock_open_attempt(attempt_id, employee):
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "employee")
        .filter(pk=attempt_id, employee=employee)
        .get()
    )
    return attempt


def save_answers(*, attempt_id, employee, version, answers, now=None, attempt=None):
    """Store answers if the attempt is open, in time, and ``version`` is current.

    One conditional UPDATE (on the version read with the attempt), no lock: a save
    or submit that got in first changes the version or the state, and this one
    then stores nothing. ``attempt`` may be passed when the caller has read it
    (with its quiz) already."""
    now = now or timezone.now()
    if attempt is None:
        attempt = Attempt.objects.select_related("quiz").get(
            pk=attempt_id, employee=employee
        )
    if not attempt.is_open or past_hard_deadline(attempt, now):
        raise AttemptClosed
    if version != attempt.version:
        raise StaleVersion
    merged = {**attempt.answers, **answers}
    stored = Attempt.objects.filter(
        pk=attempt.pk, state=Attempt.State.IN_PROGRESS, version=version
    ).update(answers=merged, version=version + 1, saved_at=now)
    if not stored:
        state = Attempt.objects.filter(pk=attempt.pk).values_list("state", flat=True)
        if state.first() != Attempt.State.IN_PROGRESS:
            raise AttemptClosed
        raise StaleVersion
    attempt.answers, attempt.version, attempt.saved_at = merged, version + 1, now
    return attempt


def past_hard_deadline(attempt, now):
    """Past the attempt's deadline and grace, or past the quiz's closing time (which
    a trainer may have moved after the attempt started)."""
    last = attempt.answers_close_at
    return last is not None and now > last


@transaction.atomic
def submit_attempt(
    *, attempt_id, employee, version=None, answers=None, now=None, locked=None
):
    """Grade the attempt once. Returns ``(attempt, graded_now)``; a second submit
    (double click, two tabs, a retried request) gets the graded attempt and False.
    Answers that arrive past the deadline and grace are not accepted: the attempt is
    graded on what was saved in time. ``locked``: the attempt (with its quiz and
    employee) as the caller read it with ``select_for_update`` in this transaction."""
    now = now or timezone.now()
    attempt = locked if locked is not None else lock_open_attempt(attempt_id, employee)
    if not attempt.is_open:
        return attempt, False
    if answers is not None and not past_hard_deadline(attempt, now):
        if version is not None and version != attempt.version:
            raise StaleVersion
        attempt.answers = {**attempt.answers, **answers}
        attempt.version += 1
        attempt.saved_at = now
    return grade_attempt(attempt, now), True


GRADED_FIELDS = (
    "answers", "version", "saved_at", "score", "max_score", "percent", "passed",
    "state", "submitted_at", "graded_at", "closed_by_sweep",
)  # fmt: skip


def grade_attempt(attempt, now, by_sweep=False):
    earned, possible, items = score_attempt(attempt.key, attempt.answers)
    attempt.score, attempt.max_score = earned, possible
    attempt.percent = percent(earned, possible)
    quiz = attempt.quiz
    attempt.passed = passed(attempt.percent, quiz.pass_mark)
    attempt.state = Attempt.State.GRADED
    attempt.submitted_at = now if not by_sweep else (attempt.answers_close_at or now)
    attempt.graded_at = now
    attempt.closed_by_sweep = by_sweep
    # One UPDATE of the graded fields (no model save: nothing listens to it, and
    # it would also run the reference index's lookups).
    Attempt.objects.filter(pk=attempt.pk).update(
        **{field: getattr(attempt, field) for field in GRADED_FIELDS}
    )
    write_items(attempt, items, replace=False)  # an open attempt has no items
    with audit.together():  # this entry and the course's, in one INSERT
        audit.log(attempt, "quizzes.graded", data={"percent": str(attempt.percent)})
        attempt_graded.send(sender=Attempt, attempt=attempt)
        after_grading(attempt)
    return attempt


def write_items(attempt, items, replace=True):
    by_slot = {entry["slot"]: entry for entry in attempt.questions}
    if replace:  # a regrade replaces them
        AttemptItem.objects.filter(attempt=attempt).delete()
    AttemptItem.objects.bulk_create(
        AttemptItem(
            attempt=attempt,
            slot=slot,
            question_id=by_slot[slot]["question_id"],
            question_key=by_slot[slot]["question_key"],
            response=attempt.answers.get(str(slot)),
            score=earned,
            max_score=possible,
        )
        for slot, (earned, possible) in items.items()
    )


def after_grading(attempt):
    """Tell the course: lessons with this quiz may be complete, results may change.
    The enrolment is locked once and recomputed once, whatever was completed, its
    row written once."""
    if attempt.enrolment_id is None:
        return
    from .results import complete_lessons_with_quiz

    enrolment = lock_enrolment(attempt.enrolment_id)
    loaded = Attempt.employee.is_cached(attempt)
    if loaded and enrolment.employee_id == attempt.employee_id:
        enrolment.employee = attempt.employee  # the audit log's label names them
    changes, completed = {}, None
    if attempt.passed:
        changes, completed = complete_lessons_with_quiz(attempt, enrolment)
    recompute(enrolment, locked=True, changes=changes, completed=completed)


def close_overdue_attempts(now=None):
    """Scheduled sweep: grade attempts whose deadline and grace have passed, on the
    answers saved in time. Safe to run twice, and beside other workers."""
    now = now or timezone.now()
    closed = 0
    overdue = Attempt.objects.filter(state=Attempt.State.IN_PROGRESS).filter(
        Q(deadline__isnull=False) | Q(quiz__closes_at__lt=now)
    )
    for attempt_id in overdue.values_list("pk", flat=True):
        with transaction.atomic():
            attempt = (
                Attempt.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("quiz")
                .filter(pk=attempt_id, state=Attempt.State.IN_PROGRESS)
                .first()
            )
            if attempt and past_hard_deadline(attempt, now):
                grade_attempt(attempt, now, by_sweep=True)
                closed += 1
    return closed


@transaction.atomic
def regrade_quiz(*, quiz, by):
    """After a trainer fixes a question: re-mark every graded attempt of ``quiz`` on
    the current answer keys (same questions and options as each attempt showed),
    record it in the audit log and recompute the employees' course results."""
    from .snapshot import build_item

    quiz = canonical_page(quiz)
    attempts = Attempt.objects.select_for_update().filter(
        quiz_key=quiz.translation_key, state=Attempt.State.GRADED
    )
    questions = {}
    changed = 0
    for attempt in attempts:
        keys = [refreshed_key(key, questions, build_item) for key in attempt.key]
        if keys == attempt.key:
            continue
        before = attempt.percent
        attempt.key = keys
        earned, possible, items = score_attempt(keys, attempt.answers)
        attempt.score, attempt.max_score = earned, possible
        attempt.percent = percent(earned, possible)
        attempt.passed = passed(attempt.percent, quiz.pass_mark)
        attempt.save(update_fields=["key", "score", "max_score", "percent", "passed"])
        write_items(attempt, items)
        log(
            attempt,
            "quizzes.regraded",
            user=by,
            data={"before": str(before), "after": str(attempt.percent)},
        )
        if attempt.enrolment_id:
            recompute(attempt.enrolment)
        changed += 1
    log(quiz, "quizzes.regraded", user=by, data={"attempts_changed": changed})
    return changed


def refreshed_key(key, cache, build_item):
    if not question_type(key["type"]).regradable:
        return key
    question = cache.get(key["question_id"])
    if question is None:
        question = Question.objects.filter(pk=key["question_id"]).first()
        cache[key["question_id"]] = question
    if question is None or question.type != key["type"]:
        return key
    tokens = {pk: token for token, pk in key.get("options", {}).items()}
    _shown, fresh = build_item(
        question, key["slot"], random.Random(0), False, tokens=tokens
    )
    return fresh

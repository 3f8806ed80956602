"""The attempt state machine: start → in progress → (submitted) → graded.

Every rule is enforced here on the server, inside one transaction, with the
database constraints in models.py as the last guard."""

import random

from django.db import IntegrityError, transaction
from django.db.models import Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale

from courses.models import Enrolment
from courses.services import recompute

from .models import Attempt, AttemptItem, Question, QuizPage
from .qtypes import question_type
from .scoring import passed, percent, score_attempt
from .signals import attempt_graded
from .snapshot import build_item


class QuizRefused(Exception):
    """The quiz cannot be started now; the message says why."""


class AttemptClosed(Exception):
    """The attempt no longer accepts answers (submitted, or past its deadline)."""


class StaleVersion(Exception):
    """A newer save of this attempt exists (another tab); nothing was stored."""


def current_enrolment(employee, quiz):
    course = quiz.get_parent().specific
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


@transaction.atomic
def start_attempt(*, employee, quiz, language):
    """Resume the open attempt, or start a new one with its own copy of questions."""
    quiz = canonical_page(QuizPage.objects.get(pk=quiz.pk))
    open_attempt = attempts_used(employee, quiz).filter(state=Attempt.State.IN_PROGRESS)
    found = open_attempt.first()
    if found:
        return found
    refusal = start_refusal(employee, quiz)
    if refusal:
        raise QuizRefused(refusal)
    shown, keys = build_questions(quiz, language)
    now = timezone.now()
    deadline, grace = attempt_deadline(quiz, now)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                employee=employee,
                quiz=quiz,
                quiz_key=quiz.translation_key,
                enrolment=current_enrolment(employee, quiz),
                number=attempts_used(employee, quiz).count() + 1,
                language=language,
                started_at=now,
                deadline=deadline,
                grace_seconds=grace,
                questions=shown,
                key=keys,
            )
    except IntegrityError:  # a concurrent start won; use its attempt
        return open_attempt.get()


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
    locale = Locale.objects.filter(language_code=language).first()
    default = Locale.get_default()
    picked = []
    used = set()
    for slot in source.slots.select_related("question", "category").all():
        if slot.question_id:
            chosen = [slot.question]
        else:
            pool = Question.objects.filter(category=slot.category, locale=default)
            pool = list(pool.exclude(pk__in=used))
            chosen = rng.sample(pool, min(slot.random_count, len(pool)))
        used.update(question.pk for question in chosen)
        picked.extend(chosen)
    questions = localized_questions(picked, locale)
    if source.shuffle_questions:
        rng.shuffle(questions)
    shown, keys = [], []
    for number, question in enumerate(questions, start=1):
        item, key = build_item(question, number, rng, source.shuffle_options)
        shown.append(item)
        keys.append(key)
    return shown, keys


def localized_questions(questions, locale):
    """Each question in ``locale`` where translated, with its options, in 2 queries."""
    keys = [q.translation_key for q in questions]
    translated = {}
    if locale is not None:
        translated = {
            q.translation_key: q
            for q in Question.objects.filter(translation_key__in=keys, locale=locale)
        }
    chosen = [translated.get(q.translation_key, q) for q in questions]
    prefetch_related_objects(chosen, "options")
    return chosen


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
def submit_attempt(*, attempt_id, employee, version=None, answers=None, now=None):
    """Grade the attempt once. Returns ``(attempt, graded_now)``; a second submit
    (double click, two tabs, a retried request) gets the graded attempt and False.
    Answers that arrive past the deadline and grace are not accepted: the attempt is
    graded on what was saved in time."""
    now = now or timezone.now()
    attempt = lock_open_attempt(attempt_id, employee)
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
    write_items(attempt, items)
    log(attempt, "quizzes.graded", data={"percent": str(attempt.percent)})
    attempt_graded.send(sender=Attempt, attempt=attempt)
    after_grading(attempt)
    return attempt


def write_items(attempt, items):
    by_slot = {entry["slot"]: entry for entry in attempt.questions}
    AttemptItem.objects.filter(attempt=attempt).delete()  # a regrade replaces them
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
    """Tell the course: lessons with this quiz may be complete, results may change."""
    if attempt.enrolment_id is None:
        return
    from .results import complete_lessons_with_quiz

    if attempt.passed:
        complete_lessons_with_quiz(attempt)
    recompute(attempt.enrolment)


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

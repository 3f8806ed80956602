"""What H5P results mean for an employee and a course.

H5P scores are reported by the browser. By the course policy they count towards
completing the lessons that play them, never towards passing a course: passing
needs the course's server-graded quizzes, so this wing registers no assessment
provider with ``courses.assessments``."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import prepared
from courses.models import LessonPage
from courses.services import complete_lesson

from . import conf
from .activities import lesson_rules, playing_enrolments
from .completion import can_complete, rule_for
from .models import (
    H5PPackage,
    H5PResult,
    XAPIStatement,
)
from .signals import statement_recorded
from .user_data import QuotaExceeded, lock_employee

ACTIVITIES = LessonPage.Completion.ACTIVITIES


class StatementConflict(Exception):
    """The statement id is already stored for another employee or package."""


def server_actor(employee):
    return {
        "objectType": "Agent",
        "name": employee.full_name,
        "account": {
            "homePage": settings.WAGTAILADMIN_BASE_URL,
            "name": employee.employee_number,
        },
    }


def stored_form(statement, employee, now):
    """The statement as kept: the actor is the session's employee, whoever the
    browser named; the id is the one checked for uniqueness."""
    data = dict(statement.data)
    data["id"] = str(statement.id)
    data["actor"] = server_actor(employee)
    data["stored"] = now.isoformat()
    return data


def record_statement(*, employee, package, statement, size=0, enrolments=None):
    """Store ``statement`` once (by its id) and let it complete lessons; ``size``
    (bytes as received) counts towards the employee's daily quota; ``enrolments``:
    the employee's enrolments in courses playing the package, if known.

    Returns ``(row, created)``; the same statement twice is stored once. A new row
    carries ``rule_met``: whether a block playing the package has its rule met."""
    try:
        return store_statement(
            employee=employee,
            package=package,
            statement=statement,
            size=size,
            enrolments=enrolments,
        )
    except IntegrityError:  # the same id, stored before (or meanwhile): kept as it is
        existing = XAPIStatement.objects.filter(statement_id=statement.id).first()
        if existing is None:
            raise
        return same_owner(existing, employee, package), False


@transaction.atomic
def store_statement(*, employee, package, statement, size, enrolments):
    # The lock serialises the employee's statements, so the quota holds; the unique
    # statement id refuses a statement stored before (``record_statement``).
    lock_employee(employee)
    now = timezone.now()
    if sent_today(employee, now) + size > conf.statement_quota():
        raise QuotaExceeded(
            _(
                "You have sent more activity data today than one person needs, so this "
                "result was not saved. Try again tomorrow or ask your trainer."
            )
        )
    score = statement.score
    row = XAPIStatement.objects.create(
        statement_id=statement.id,
        package=package,
        employee=employee,
        verb=statement.verb[:255],
        object_id=statement.object_id,
        sub_content_id=statement.sub_content_id,
        parent_id=statement.parent_id,
        is_top_level=statement.is_top_level,
        is_attempt=statement.is_top_level and score is not None,
        score_raw=score.raw if score else None,
        score_max=score.max if score else None,
        score_scaled=score.scaled if score else None,
        percent=score.percent if score else None,
        completion=statement.completion,
        success=statement.success,
        statement=stored_form(statement, employee, now),
        claimed_actor=statement.data.get("actor"),
        size=size,
        stored_at=now,
    )
    statement_recorded.send(sender=XAPIStatement, statement=row)
    row.rule_met = complete_lessons_with_package(
        employee=employee, package=package, enrolments=enrolments, statement=row
    )
    return row, True


def sent_today(employee, now):
    since = now - timedelta(hours=24)
    sent = XAPIStatement.objects.filter(employee=employee, stored_at__gte=since)
    return sent.aggregate(total=Sum("size"))["total"] or 0


def same_owner(existing, employee, package):
    if existing.employee_id != employee.pk or existing.package_id != package.pk:
        raise StatementConflict
    return existing


def lesson_state(employee, package, enrolments=None, statement=None):
    """The H5P blocks of the live lessons playing ``package`` in the employee's
    courses (``LessonActivity`` rows), and the employee's results for their
    packages (``{package id: H5PResult}``): one query, whatever the number of
    lessons, courses and attempts. ``statement``, just stored, is added to the
    result in ``package`` and kept (one more query)."""
    if enrolments is None:
        enrolments = list(playing_enrolments(package.pk, employee=employee))
    blocks = lesson_rules(package.pk, enrolments, employee) if enrolments else []
    results = {b.package_id: b.own_result for b in blocks if b.own_result}
    if statement is not None and package.pk not in {b.package_id for b in blocks}:
        results.update(results_by_package(employee, [package.pk]))
    if statement is not None:
        results[package.pk] = keep_result(
            results.get(package.pk), employee, package, statement
        )
    return blocks, results


def complete_lessons_with_package(
    *, employee, package, enrolments=None, statement=None
):
    """Lessons completed “when their activities are completed” that play this
    package complete once the rule of every H5P block in them is met (a block whose
    content type never reports completion leaves the lesson to “Mark as done”).
    ``statement``: the one just stored, added to the employee's result first.

    Returns whether a block playing the package has its rule met."""
    if enrolments is None:
        enrolments = list(playing_enrolments(package.pk, employee=employee))
    blocks, results = lesson_state(employee, package, enrolments, statement)
    enrolment_of = {e.course_key: e for e in enrolments}
    completed = set()  # language copies of a lesson share its key: complete it once
    for lesson_blocks in by_lesson(blocks):
        first = lesson_blocks[0]
        if first.lesson_done or first.lesson_completion != ACTIVITIES:
            continue
        if first.lesson_key in completed:
            continue
        if blocks_met(lesson_blocks, results):
            complete_lesson(
                enrolment=enrolment_of[first.course_key],
                lesson=LessonPage.objects.get(pk=first.lesson_id),
            )
            completed.add(first.lesson_key)
    return package_rule_met(package, blocks, results)


def by_lesson(blocks):
    grouped = {}
    for block in blocks:
        grouped.setdefault(block.lesson_id, []).append(block)
    return list(grouped.values())


def rule_met(employee, package):
    """Whether the employee has met the rule of a block playing ``package`` (what
    the lesson page tells them after an answer)."""
    blocks, results = lesson_state(employee, package)
    return package_rule_met(package, blocks, results)


def package_rule_met(package, blocks, results):
    return any(blocks_met([b], results) for b in blocks if b.package_id == package.pk)


def blocks_met(blocks, results):
    """``results``: ``{package id: H5PResult or ActivityResult}``."""
    return all(
        can_complete(block.package, block.rule)
        and rule_for(block.rule).is_met_by(results.get(block.package_id) or NO_RESULT)
        for block in blocks
    )


def grade(method, percents):
    """The activity's result from its attempts in order, under ``method``."""
    if not percents:
        return None
    if method == H5PPackage.Grading.FIRST:
        return percents[0]
    if method == H5PPackage.Grading.LAST:
        return percents[-1]
    return max(percents)


@dataclass
class ActivityResult:
    attempts: int = 0
    result: Decimal | None = None
    best: Decimal | None = None
    last: Decimal | None = None
    completed: bool = False
    last_at: object = None


NO_RESULT = ActivityResult()


def summarise(package, statements):
    """An employee's result from their top-level statements, oldest first."""
    attempts = [s for s in statements if s.is_attempt]
    percents = [s.percent for s in attempts]
    return ActivityResult(
        attempts=len(attempts),
        result=grade(package.grading_method, percents),
        best=max(percents, default=None),
        last=percents[-1] if percents else None,
        completed=any(s.counts_as_completed for s in statements),
        last_at=statements[-1].stored_at if statements else None,
    )


def add_statement(result, statement):
    """``result`` (an ``H5PResult``) with ``statement`` (a top-level statement
    stored after every statement it counts) counted, as ``summarise`` would."""
    if not statement.is_top_level:
        return result
    if statement.is_attempt:
        percent = statement.percent
        result.attempts += 1
        if result.attempts == 1:
            result.first = percent
        result.last = percent
        result.best = percent if result.best is None else max(result.best, percent)
    result.completed = result.completed or statement.counts_as_completed
    result.last_at = statement.stored_at
    return result


def keep_result(found, employee, package, statement):
    """The employee's ``H5PResult`` in ``package`` (``found``, or a new one) with
    ``statement`` counted, saved: one query. Callers hold the employee's lock."""
    if not statement.is_top_level:
        return found
    if found is None:
        result = add_statement(H5PResult(employee=employee, package=package), statement)
        result.save(force_insert=True)
        return result
    add_statement(found, statement)
    H5PResult.objects.filter(pk=found.pk).update(
        **{name: getattr(found, name) for name in RESULT_FIELDS}
    )
    return found


RESULT_FIELDS = ("attempts", "first", "last", "best", "completed", "last_at")


def results_by_package(employee, package_ids):
    """``{package id: H5PResult}`` of the employee in one query (one row each),
    its SQL built once for each set of packages."""
    ids = tuple(sorted({int(pk) for pk in package_ids}))
    if not ids or employee is None:
        return {}
    rows = prepared.instances(
        ("h5p-results", ids),
        lambda employee_id: H5PResult.objects.filter(
            employee_id=employee_id, package__in=ids
        ),
        [employee.pk],
    )
    return {row.package_id: row for row in rows}


def result_from(package, row):
    """What the lesson shows of an ``H5PResult`` (or None: no statement yet)."""
    if row is None:
        return ActivityResult()
    by_method = {
        H5PPackage.Grading.FIRST: row.first,
        H5PPackage.Grading.LAST: row.last,
    }
    return ActivityResult(
        attempts=row.attempts,
        result=by_method.get(package.grading_method, row.best),
        best=row.best,
        last=row.last,
        completed=row.completed,
        last_at=row.last_at,
    )


def own_result(employee, package):
    return result_from(
        package, results_by_package(employee, [package.pk]).get(package.pk)
    )

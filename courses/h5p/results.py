"""What H5P results mean for an employee and a course.

H5P scores are reported by the browser. By the course policy they count towards
completing the lessons that play them, never towards passing a course: passing
needs the course's server-graded quizzes, so this wing registers no assessment
provider with ``courses.assessments``."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import NamedTuple

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import LessonPage
from courses.services import complete_lesson

from . import conf
from .activities import lesson_rules, playing_enrolments
from .completion import can_complete, rule_for
from .models import H5PPackage, XAPIStatement, counts_as_completed, verb_name
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
        employee=employee, package=package, enrolments=enrolments
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


def lesson_state(employee, package, enrolments=None):
    """The H5P blocks of the live lessons playing ``package`` in the employee's
    courses (``LessonActivity`` rows), and the employee's top-level statements for
    their packages: two queries, whatever the number of lessons and courses."""
    if enrolments is None:
        enrolments = list(playing_enrolments(package.pk, employee=employee))
    if not enrolments:
        return [], {}
    blocks = list(lesson_rules(package.pk, enrolments))
    return blocks, statements_by_package(employee, {b.package_id for b in blocks})


def complete_lessons_with_package(*, employee, package, enrolments=None):
    """Lessons completed “when their activities are completed” that play this
    package complete once the rule of every H5P block in them is met (a block whose
    content type never reports completion leaves the lesson to “Mark as done”).

    Returns whether a block playing the package has its rule met."""
    if enrolments is None:
        enrolments = list(playing_enrolments(package.pk, employee=employee))
    blocks, statements = lesson_state(employee, package, enrolments)
    enrolment_of = {e.course_key: e for e in enrolments}
    completed = set()  # language copies of a lesson share its key: complete it once
    for lesson_blocks in by_lesson(blocks):
        first = lesson_blocks[0]
        if first.lesson_done or first.lesson_completion != ACTIVITIES:
            continue
        if first.lesson_key in completed:
            continue
        if blocks_met(lesson_blocks, statements):
            complete_lesson(
                enrolment=enrolment_of[first.course_key],
                lesson=LessonPage.objects.get(pk=first.lesson_id),
            )
            completed.add(first.lesson_key)
    return package_rule_met(package, blocks, statements)


def by_lesson(blocks):
    grouped = {}
    for block in blocks:
        grouped.setdefault(block.lesson_id, []).append(block)
    return list(grouped.values())


def rule_met(employee, package):
    """Whether the employee has met the rule of a block playing ``package`` (what
    the lesson page tells them after an answer)."""
    blocks, statements = lesson_state(employee, package)
    return package_rule_met(package, blocks, statements)


def package_rule_met(package, blocks, statements):
    return any(
        blocks_met([b], statements) for b in blocks if b.package_id == package.pk
    )


def blocks_met(blocks, statements):
    return all(
        can_complete(block.package, block.rule)
        and rule_for(block.rule).is_met(statements.get(block.package_id, []))
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


class StatementResult(NamedTuple):
    """What results and rules read of a stored statement: its columns read as a
    tuple, no model instance (an employee's retries add up on every lesson view)."""

    package_id: int
    verb: str
    is_top_level: bool
    is_attempt: bool
    percent: Decimal | None
    completion: bool | None
    success: bool | None
    stored_at: object

    @property
    def verb_name(self):
        return verb_name(self.verb)

    @property
    def counts_as_completed(self):
        return counts_as_completed(self)


def statement_results(statements):
    """``StatementResult``s of a queryset of statements, oldest first."""
    rows = statements.order_by("stored_at", "pk").values_list(*StatementResult._fields)
    return [StatementResult._make(row) for row in rows]


def statements_by_package(employee, package_ids):
    """``{package id: [top-level statements, oldest first]}`` in one query."""
    found = {}
    statements = XAPIStatement.objects.filter(
        employee=employee, package__in=package_ids, is_top_level=True
    )
    for row in statement_results(statements):
        found.setdefault(row.package_id, []).append(row)
    return found


def own_statements(employee, package):
    return statement_results(
        XAPIStatement.objects.filter(
            employee=employee, package=package, is_top_level=True
        )
    )


def own_result(employee, package):
    return summarise(package, own_statements(employee, package))

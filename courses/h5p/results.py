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

from courses.models import LessonPage
from courses.services import complete_lesson

from . import conf
from .access import h5p_blocks, lessons_using
from .completion import can_complete, rule_for
from .models import H5PPackage, XAPIStatement
from .signals import statement_recorded
from .user_data import QuotaExceeded, lock_employee


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


@transaction.atomic
def record_statement(*, employee, package, statement, size=0):
    """Store ``statement`` once (by its id) and let it complete lessons; ``size``
    (bytes as received) counts towards the employee's daily quota.

    Returns ``(row, created)``; the same statement twice is stored once."""
    existing = XAPIStatement.objects.filter(statement_id=statement.id).first()
    if existing:
        return same_owner(existing, employee, package), False
    now = timezone.now()
    lock_employee(employee)
    if sent_today(employee, now) + size > conf.statement_quota():
        raise QuotaExceeded(
            _(
                "You have sent more activity data today than one person needs, so this "
                "result was not saved. Try again tomorrow or ask your trainer."
            )
        )
    score = statement.score
    try:
        with transaction.atomic():
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
    except IntegrityError:  # the same statement, posted twice at once
        existing = XAPIStatement.objects.get(statement_id=statement.id)
        return same_owner(existing, employee, package), False
    statement_recorded.send(sender=XAPIStatement, statement=row)
    if row.counts_as_completed or row.is_attempt:
        complete_lessons_with_package(employee=employee, package=package)
    return row, True


def sent_today(employee, now):
    since = now - timedelta(hours=24)
    sent = XAPIStatement.objects.filter(employee=employee, stored_at__gte=since)
    return sent.aggregate(total=Sum("size"))["total"] or 0


def same_owner(existing, employee, package):
    if existing.employee_id != employee.pk or existing.package_id != package.pk:
        raise StatementConflict
    return existing


def complete_lessons_with_package(*, employee, package):
    """Lessons completed “when their activities are completed” that play this
    package complete once the rule of every H5P block in them is met (a block whose
    content type never reports completion leaves the lesson to “Mark as done”)."""
    for lesson, enrolment in lessons_using(package, employee):
        if lesson.completion != LessonPage.Completion.ACTIVITIES:
            continue
        blocks = h5p_blocks(lesson)
        if blocks_met(employee, blocks):
            complete_lesson(enrolment=enrolment, lesson=lesson)


def rule_met(employee, package):
    """Whether the employee has met the rule of a block playing ``package`` (what
    the lesson page tells them after an answer)."""
    blocks = [
        (package_id, value)
        for lesson, _enrolment in lessons_using(package, employee)
        for package_id, value in h5p_blocks(lesson)
        if package_id == package.pk
    ]
    return any(blocks_met(employee, [block]) for block in blocks)


def blocks_met(employee, blocks):
    packages = {
        p.pk: p for p in H5PPackage.objects.filter(pk__in={pk for pk, _v in blocks})
    }
    if len(packages) < len({pk for pk, _v in blocks}):
        return False
    if not all(can_complete(packages[pk], value) for pk, value in blocks):
        return False
    statements = {}
    for row in XAPIStatement.objects.filter(
        employee=employee, package__in=packages.values(), is_top_level=True
    ):
        statements.setdefault(row.package_id, []).append(row)
    return all(
        rule_for(value).is_met(statements.get(package_id, []))
        for package_id, value in blocks
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


def own_statements(employee, package):
    statements = XAPIStatement.objects.filter(
        employee=employee, package=package, is_top_level=True
    ).order_by("stored_at", "pk")
    return list(statements)


def own_result(employee, package):
    return summarise(package, own_statements(employee, package))

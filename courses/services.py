"""Enrolment, assignment and progress: the one place for each rule of a course."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from people.models import EmployeeProfile

from . import audit
from .assessments import assessment_states
from .models import Enrolment, LessonPage, LessonProgress
from .routing import cached
from .signals import course_passed, enrolment_passed, lesson_completed

Status = Enrolment.Status


class EnrolmentRefused(Exception):
    """A rule stops the enrolment; the message says which, in the user's language."""


def required_lesson_keys(course):
    """Translation keys of the live required lessons of the logical course (kept in
    the cache until the page tree changes)."""

    def build():
        lessons = LessonPage.objects.live().child_of(course.canonical)
        return set(
            lessons.filter(is_required=True).values_list("translation_key", flat=True)
        )

    return cached("required-lessons", course.pk, build)


def missing_prerequisites(employee, course):
    """Prerequisite courses the employee has not passed, in any language copy."""
    prerequisites = list(course.canonical.prerequisites.all())
    if not prerequisites:
        return []
    passed = set(
        Enrolment.objects.filter(
            employee=employee,
            course_key__in=[p.translation_key for p in prerequisites],
            status=Status.PASSED,
        ).values_list("course_key", flat=True)
    )
    return [p for p in prerequisites if p.translation_key not in passed]


@transaction.atomic
def enrol_self(*, employee, course):
    if not course.self_enrolment:
        raise EnrolmentRefused(_("This course is open by assignment only."))
    missing = missing_prerequisites(employee, course)
    if missing:
        raise EnrolmentRefused(
            _("First pass: %s.") % ", ".join(p.localized.title for p in missing)
        )
    enrolment, created = get_or_create_current(
        employee=employee, course=course, source=Enrolment.Source.SELF
    )
    if created:
        log(enrolment, "courses.enrolled")
    return enrolment


def get_or_create_current(*, employee, course, **values):
    course = course.canonical
    existing = Enrolment.objects.current().for_course(course).filter(employee=employee)
    found = existing.first()
    if found:
        return found, False
    try:
        with transaction.atomic():
            return Enrolment.objects.create(
                employee=employee,
                course=course,
                course_key=course.translation_key,
                **values,
            ), True
    except IntegrityError:  # a concurrent request enrolled them first
        return existing.get(), False


@transaction.atomic
def assign(*, course, employees, due_date, assigned_by, rule=None):
    """Enrol many employees at once; the queue, not the request, sends the emails.

    ``employees`` is narrowed to what ``assigned_by`` may see, so a manager can only
    assign within their scope. Returns the number of new enrolments.
    """
    course = course.canonical
    employees = assignable(employees, assigned_by)
    already = Enrolment.objects.current().for_course(course).values("employee_id")
    wanted = employees.exclude(pk__in=already).values_list("pk", flat=True)
    now = timezone.now()
    source = Enrolment.Source.RULE if rule else Enrolment.Source.ASSIGNED
    new = [
        Enrolment(
            employee_id=pk,
            course=course,
            course_key=course.translation_key,
            source=source,
            assigned_by=assigned_by,
            rule=rule,
            due_date=due_date,
            enrolled_at=now,
        )
        for pk in wanted.iterator(chunk_size=2000)
    ]
    Enrolment.objects.bulk_create(new, batch_size=1000, ignore_conflicts=True)
    if new:
        log(
            course,
            "courses.assigned",
            user=assigned_by,
            data={"count": len(new), "due_date": str(due_date or "")},
        )
        queue_assignment_notices(course, now)
    return len(new)


def assignable(employees, assigned_by):
    """The active ``employees`` that ``assigned_by`` may assign (everyone for a rule)."""
    if assigned_by is not None:
        employees = employees & EmployeeProfile.objects.visible_to(assigned_by)
    return employees.active()


def already_enrolled(*, course, employees, assigned_by):
    """How many of the people an assignment names are enrolled in ``course`` now:
    they keep their enrolment, so the assigner is told rather than left guessing."""
    current = Enrolment.objects.current().for_course(course.canonical)
    people = assignable(employees, assigned_by)
    return people.filter(pk__in=current.values("employee_id")).count()


def queue_assignment_notices(course, enrolled_at):
    from django_q.tasks import async_task

    def queue():
        async_task(
            "courses.tasks.send_assignment_notices",
            str(course.translation_key),
            enrolled_at.isoformat(),
        )

    transaction.on_commit(queue)


def apply_rule(rule):
    """Enrol everyone the rule covers who is not enrolled yet (safe to repeat)."""
    due = timezone.localdate() + timedelta(days=rule.due_in_days)
    return assign(
        course=rule.course,
        employees=rule.employees(),
        due_date=due,
        assigned_by=None,
        rule=rule,
    )


@transaction.atomic
def withdraw(*, enrolment, by):
    """Unassign: the enrolment and its progress stay as history."""
    if not enrolment.is_current:
        return enrolment
    enrolment.status = Status.WITHDRAWN
    enrolment.is_current = False
    enrolment.withdrawn_at = timezone.now()
    enrolment.withdrawn_by = by
    enrolment.save(
        update_fields=["status", "is_current", "withdrawn_at", "withdrawn_by"]
    )
    log(enrolment, "courses.withdrawn", user=by)
    return enrolment


@transaction.atomic
def close_for_recertification(*, enrolment_id):
    """When what a pass earned expires, the passed enrolment becomes history and the
    employee may be enrolled or assigned again (standing rules do it daily)."""
    closed = Enrolment.objects.filter(
        pk=enrolment_id, is_current=True, status=Status.PASSED
    ).update(is_current=False)
    if closed:
        log(Enrolment.objects.get(pk=enrolment_id), "courses.recertification_due")
    return bool(closed)


def visit_recorded(enrolment, lesson, rows):
    """Whether visiting ``lesson`` again would change nothing: it has its progress
    row (among ``rows``, the enrolment's), it is the last lesson visited and the
    course has started."""
    return (
        enrolment.status != Status.ASSIGNED
        and enrolment.last_lesson_id == lesson.canonical.pk
        and any(row.lesson_key == lesson.translation_key for row in rows)
    )


@transaction.atomic
def visit_lesson(*, enrolment, lesson):
    """Remember where the employee is, and start the course on the first visit."""
    canonical = lesson.canonical
    visit(enrolment, canonical.pk, lesson.translation_key)
    if enrolment.last_lesson_id == canonical.pk:
        enrolment.last_lesson = canonical


def visit(enrolment, lesson_id, lesson_key):
    """visit_lesson for the lesson ``lesson_id`` (the default-language copy) whose
    translation key is ``lesson_key``."""
    LessonProgress.objects.get_or_create(
        enrolment=enrolment, lesson_key=lesson_key, defaults={"lesson_id": lesson_id}
    )
    if enrolment.last_lesson_id != lesson_id:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson_id=lesson_id)
        enrolment.last_lesson_id = lesson_id
    if enrolment.status == Status.ASSIGNED:
        now = timezone.now()
        started = Enrolment.objects.filter(pk=enrolment.pk, status=Status.ASSIGNED)
        if started.update(status=Status.IN_PROGRESS, started_at=now):
            enrolment.status, enrolment.started_at = Status.IN_PROGRESS, now


@transaction.atomic
def complete_lesson(*, enrolment, lesson):
    visit_lesson(enrolment=enrolment, lesson=lesson)
    record_completion(enrolment, lesson.translation_key)
    return recompute(enrolment)


def complete_lessons(*, enrolment, lessons):
    """Complete ``lessons`` (``(lesson id, translation key)`` of default-language
    lessons) for ``enrolment``, a row the caller has locked (``lock_enrolment``),
    inside the caller's transaction, without recomputing it. Returns what the
    caller's ``recompute`` takes to finish without reading them again:
    ``(changes for the enrolment's row, keys of its completed lessons)``.

    The enrolment's progress is read once; a lesson without its row gets one
    already complete; the conditional UPDATE or the unique row is the guard, as in
    ``visit`` and ``record_completion``."""
    now = timezone.now()
    rows = {
        row.lesson_key: row.completed_at
        for row in LessonProgress.objects.filter(enrolment=enrolment).only(
            "lesson_key", "completed_at"
        )
    }
    changes = {}
    for lesson_id, lesson_key in lessons:
        if lesson_key not in rows:
            if progress_created(enrolment, lesson_id, lesson_key, now):
                announce_completion(enrolment, lesson_key, now)
            else:  # a visit created the row meanwhile
                record_completion(enrolment, lesson_key, now)
        elif rows[lesson_key] is None:
            record_completion(enrolment, lesson_key, now)
        rows[lesson_key] = rows.get(lesson_key) or now
        if enrolment.last_lesson_id != lesson_id:
            changes["last_lesson_id"] = enrolment.last_lesson_id = lesson_id
    if lessons and enrolment.status == Status.ASSIGNED:  # locked: no race to guard
        changes.update(status=Status.IN_PROGRESS, started_at=now)
        enrolment.status, enrolment.started_at = Status.IN_PROGRESS, now
    return changes, {key for key, completed in rows.items() if completed}


def progress_created(enrolment, lesson_id, lesson_key, now):
    """A progress row for the lesson, visited and completed ``now``; False if the
    lesson has one already."""
    try:
        with transaction.atomic():
            LessonProgress.objects.create(
                enrolment=enrolment,
                lesson_id=lesson_id,
                lesson_key=lesson_key,
                first_visited_at=now,
                completed_at=now,
            )
    except IntegrityError:
        return False
    return True


def record_completion(enrolment, lesson_key, now=None):
    """Mark the visited lesson complete once (the UPDATE is the guard) and tell the
    receivers the first time."""
    now = now or timezone.now()
    completed = LessonProgress.objects.filter(
        enrolment=enrolment, lesson_key=lesson_key, completed_at=None
    ).update(completed_at=now)
    if completed:
        announce_completion(enrolment, lesson_key, now)


def announce_completion(enrolment, lesson_key, now):
    lesson_completed.send(
        sender=LessonProgress,
        enrolment=enrolment,
        lesson_key=lesson_key,
        completed_at=now,
    )


def lock_enrolment(enrolment_id):
    """The enrolment, locked until the transaction ends, with its course."""
    return (
        Enrolment.objects.select_for_update(of=("self",))
        .select_related("course")
        .get(pk=enrolment_id)
    )


@transaction.atomic
def recompute(enrolment, locked=False, changes=None, completed=None):
    """Derive the enrolment's status from its lessons and assessments.

    Passing is recorded by a conditional update, so two concurrent recomputes pass
    the enrolment once and send ``course_passed`` once, after commit. ``locked``:
    the caller holds ``enrolment`` from ``lock_enrolment`` in this transaction, and
    may pass ``changes`` to its row, written with the recompute's own, and the
    keys of its ``completed`` lessons (``complete_lessons`` gives both).
    """
    if not locked:
        enrolment = lock_enrolment(enrolment.pk)
    changes = dict(changes or {})
    if not enrolment.is_current or enrolment.status == Status.PASSED:
        return write_changes(enrolment, changes)
    course = enrolment.course
    done = completed if completed is not None else completed_lesson_keys(enrolment)
    lessons_done = required_lesson_keys(course) <= done
    state = assessment_states(course, [enrolment])[enrolment.pk]
    assessments_done = state.passed >= state.required
    now = timezone.now()
    if lessons_done and enrolment.completed_at is None:
        changes["completed_at"] = now
    if state.score is not None and state.score != enrolment.score:
        changes["score"] = state.score
    if lessons_done and assessments_done:
        mark_passed(enrolment, now, changes)
        return enrolment
    if state.failed_for_good:
        changes["status"] = Status.FAILED
    elif lessons_done:
        changes["status"] = Status.COMPLETED
    return write_changes(enrolment, changes)


def write_changes(enrolment, changes):
    """One UPDATE of the locked row: what was written is what it holds now."""
    if changes:
        Enrolment.objects.filter(pk=enrolment.pk).update(**changes)
        for name, value in changes.items():
            setattr(enrolment, name, value)
    return enrolment


def mark_passed(enrolment, now, changes=None):
    """Pass the enrolment once; ``changes`` to other fields go in the same
    conditional UPDATE (the caller holds the row locked, so the pass is its)."""
    changes = {**(changes or {}), "status": Status.PASSED, "passed_at": now}
    passed = (
        Enrolment.objects.filter(pk=enrolment.pk, is_current=True)
        .exclude(status=Status.PASSED)
        .update(**changes)
    )
    if passed:
        for name, value in changes.items():
            setattr(enrolment, name, value)
        audit.log(enrolment, "courses.passed")
        enrolment_passed.send(sender=Enrolment, enrolment=enrolment, passed_at=now)
        enrolment_id = enrolment.pk
        transaction.on_commit(
            lambda: course_passed.send(sender=Enrolment, enrolment_id=enrolment_id)
        )


def completed_lesson_keys(enrolment):
    return set(
        LessonProgress.objects.filter(
            enrolment=enrolment, completed_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )

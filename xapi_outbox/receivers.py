"""What the outbox listens to: signals each app sends inside the transaction of its
event (so the statement commits or rolls back with the event)."""

import functools

from django.dispatch import receiver

from certificates.signals import certificate_issued, certificate_revoked
from courses.h5p.signals import statement_recorded
from courses.quizzes.signals import attempt_graded
from courses.signals import enrolment_passed, lesson_completed

from . import conf, statements
from .outbox import record


def when_enabled(receiver_function):
    """Build the statement only when an LRS is configured (``record`` would drop
    it anyway, after the queries that building it costs)."""

    @functools.wraps(receiver_function)
    def receive(*args, **kwargs):
        if conf.is_enabled():
            return receiver_function(*args, **kwargs)
        return None

    return receive


@receiver(lesson_completed, dispatch_uid="xapi_outbox.lesson_completed")
@when_enabled
def on_lesson_completed(sender, enrolment, lesson_key, completed_at, **kwargs):
    record(
        "lesson_completed",
        statements.lesson_completed(enrolment, lesson_key, completed_at),
    )


@receiver(enrolment_passed, dispatch_uid="xapi_outbox.course_passed")
@when_enabled
def on_course_passed(sender, enrolment, passed_at, **kwargs):
    enrolment.refresh_from_db()
    record("course_passed", statements.course_passed(enrolment, passed_at))


@receiver(attempt_graded, dispatch_uid="xapi_outbox.attempt_graded")
@when_enabled
def on_attempt_graded(sender, attempt, **kwargs):
    record("attempt_graded", statements.attempt_graded(attempt))


@receiver(statement_recorded, dispatch_uid="xapi_outbox.h5p_statement")
@when_enabled
def on_h5p_statement(sender, statement, **kwargs):
    record("h5p_statement", statements.h5p_statement(statement))


@receiver(certificate_issued, dispatch_uid="xapi_outbox.certificate_issued")
@when_enabled
def on_certificate_issued(sender, certificate, **kwargs):
    record("certificate_issued", statements.certificate_earned(certificate))


@receiver(certificate_revoked, dispatch_uid="xapi_outbox.certificate_revoked")
@when_enabled
def on_certificate_revoked(sender, certificate, **kwargs):
    record("certificate_revoked", statements.certificate_revoked(certificate))

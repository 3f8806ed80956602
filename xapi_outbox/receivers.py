"""What the outbox listens to: signals each app sends inside the transaction of its
event (so the statement commits or rolls back with the event)."""

from django.dispatch import receiver

from certificates.signals import certificate_issued, certificate_revoked
from courses.h5p.signals import statement_recorded
from courses.quizzes.signals import attempt_graded
from courses.signals import enrolment_passed, lesson_completed

from . import statements
from .outbox import record


@receiver(lesson_completed, dispatch_uid="xapi_outbox.lesson_completed")
def on_lesson_completed(sender, enrolment, lesson_key, completed_at, **kwargs):
    record(
        "lesson_completed",
        statements.lesson_completed(enrolment, lesson_key, completed_at),
    )


@receiver(enrolment_passed, dispatch_uid="xapi_outbox.course_passed")
def on_course_passed(sender, enrolment, passed_at, **kwargs):
    enrolment.refresh_from_db()
    record("course_passed", statements.course_passed(enrolment, passed_at))


@receiver(attempt_graded, dispatch_uid="xapi_outbox.attempt_graded")
def on_attempt_graded(sender, attempt, **kwargs):
    record("attempt_graded", statements.attempt_graded(attempt))


@receiver(statement_recorded, dispatch_uid="xapi_outbox.h5p_statement")
def on_h5p_statement(sender, statement, **kwargs):
    record("h5p_statement", statements.h5p_statement(statement))


@receiver(certificate_issued, dispatch_uid="xapi_outbox.certificate_issued")
def on_certificate_issued(sender, certificate, **kwargs):
    record("certificate_issued", statements.certificate_earned(certificate))


@receiver(certificate_revoked, dispatch_uid="xapi_outbox.certificate_revoked")
def on_certificate_revoked(sender, certificate, **kwargs):
    record("certificate_revoked", statements.certificate_revoked(certificate))

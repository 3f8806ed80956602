"""A passed enrolment earns its certificate (queued: the worker issues it)."""

from django.dispatch import receiver

from courses.signals import course_passed

from .background import enqueue


@receiver(course_passed, dispatch_uid="certificates.issue_on_pass")
def issue_on_pass(sender, enrolment_id, **kwargs):
    # course_passed is sent after the pass commits, so the task sees the pass.
    enqueue("certificates.tasks.issue_certificate", enrolment_id)
